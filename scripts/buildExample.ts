/**
 * Builds examples/民政局2022部门整体支出绩效自评表.xlsx (npm run examples). The workbook is
 * committed; rebuilding it must give the same scores (the golden test checks the committed file).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildForm } from './formBuilder';
import { EXAMPLE_FORM } from './exampleForm';
import { stableZip } from './stableZip';

/** Path of the example workbook. */
export const EXAMPLE_PATH = path.join(
  __dirname,
  '..',
  '..',
  'examples',
  '民政局2022部门整体支出绩效自评表.xlsx',
);

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'selfeval';
  // A fixed date keeps the committed file byte-stable across rebuilds.
  wb.created = new Date('2023-03-01T00:00:00Z');
  wb.modified = wb.created;
  const cover = wb.addWorksheet('填报说明');
  cover.getCell('A1').value = '2022年度部门整体支出绩效自评材料（荆门市民政局）';
  cover.getCell('A3').value =
    '本工作簿包含部门整体支出绩效自评表。请在“实际完成值”列填写全年实际完成情况，得分由绩效自评助手计算。';
  cover.getColumn(1).width = 100;
  buildForm(wb, EXAMPLE_FORM);
  const data = await wb.xlsx.writeBuffer();
  await fs.writeFile(EXAMPLE_PATH, stableZip(new Uint8Array(data)));
  process.stdout.write(`wrote ${EXAMPLE_PATH}\n`);
}

void main();

/**
 * Builds the example workbooks (npm run examples): examples/民政局2022部门整体支出绩效自评表.xlsx,
 * the form alone, whose 自评报告 leaves the parts no form holds as marked fill-ins (待补充); and
 * examples/民政局2022部门整体支出绩效自评表（含报告素材）.xlsx, the same form with a 报告素材 sheet
 * (the seed report's own texts) that fills them. Both are committed; rebuilding them must give the
 * same scores and reports (the golden tests check the committed files).
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

/** Path of the example with a 报告素材 sheet. */
export const EXAMPLE_WITH_MATERIALS_PATH = path.join(
  __dirname,
  '..',
  '..',
  'examples',
  '民政局2022部门整体支出绩效自评表（含报告素材）.xlsx',
);

/**
 * The 报告素材 of the example: the seed report's (shared/seed/) own 基本情况, 自评工作开展情况 and
 * 上年度自评结果应用情况, shortened to their leading paragraphs; one label and one text per row, a
 * second row of one label continuing it.
 */
const MATERIALS: readonly (readonly [string, string])[] = [
  [
    '基本情况',
    '2022年以来，荆门市民政局认真贯彻落实市委、市政府安排部署，始终围绕中心、服务大局，突出重点、狠抓落实，民政工作取得了较大成效。\n' +
      '1、聚焦基本民生，筑牢乡村振兴“兜底网”。落实城乡低保、临时救助、特困供养政策，兜牢困难群众基本生活保障网。\n' +
      '2、聚焦智慧养老，构建养老服务“新体系”。建成荆门市颐养院，建设覆盖市、县（市、区）、街道、社区四级的智慧养老服务平台。',
  ],
  ['', '3、聚焦基层治理，培育文明城市“基因源”。完善社区服务设施，规范社会组织管理和区划地名管理。'],
  [
    '自评工作开展情况',
    '根据市财政局绩效评价工作相关要求，市民政局成立了绩效评价工作领导小组，对照自评方案进行研究和部署，对照各实施项目的内容逐条逐项自评。通过查看现场、收集整理资料档案、核对台账明细等方式核对工作落实情况，对各项任务完成的质量和进度进行综合测评，形成绩效评价自评报告。',
  ],
  [
    '上年度自评结果应用情况',
    '市民政局高度重视上年度绩效评价中存在的问题，制定了《全国居家和社区养老服务改革试点资金管理办法》和《养老服务驿站建设标准》，组建督查工作专班，对县（市、区）资金执行情况进行督查。\n' +
      '将上年度荆门市民政局整体绩效评价情况在市民政局网站进行公示，接受社会各界的监督、批评。',
  ],
];

/** Writes a workbook byte-stably. */
async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  await fs.writeFile(file, stableZip(new Uint8Array(data)));
  process.stdout.write(`wrote ${file}\n`);
}

function exampleWorkbook(): ExcelJS.Workbook {
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
  return wb;
}

async function main(): Promise<void> {
  await save(exampleWorkbook(), EXAMPLE_PATH);
  const withMaterials = exampleWorkbook();
  const sheet = withMaterials.addWorksheet('报告素材');
  sheet.addRow(['栏目', '内容（按原文写入自评报告，每行一段）']);
  sheet.getRow(1).font = { bold: true };
  for (const row of MATERIALS) sheet.addRow([...row]);
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  await save(withMaterials, EXAMPLE_WITH_MATERIALS_PATH);
}

void main();

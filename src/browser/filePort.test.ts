/**
 * The browser file port over the real example: read gives the engine's snapshot, apply writes the
 * run patch through the exceljs adapter, and exportXlsx gives a workbook that reopens with the scores.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { buildRunPatch, scoreWorkbook } from '../engine';
import { PortError } from '../port/workbookPort';
import { EXAMPLE } from '../../test/helpers/workbooks';
import { openFilePort } from './filePort';

const SHEET = '部门整体支出绩效自评表';

async function exampleBytes(): Promise<ArrayBuffer> {
  const buf = await fs.readFile(EXAMPLE);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

describe('filePort', () => {
  it('scores, writes and exports the example workbook', async () => {
    const selected: string[] = [];
    let changes = 0;
    const port = await openFilePort(await exampleBytes(), '示例.xlsx', {
      onSelect: (sheet, cell) => selected.push(`${sheet}!${cell ?? ''}`),
      onChange: () => changes++,
    });
    expect(port.kind).toBe('file');
    const snapshot = await port.read();
    const result = scoreWorkbook(snapshot);
    expect(result.forms[0]?.total).toBe(99.62);
    const patch = buildRunPatch(result, snapshot, { now: '2024-03-01T08:00:00.000Z' });
    await port.apply(patch);
    expect(changes).toBe(1);
    await port.select(SHEET, 'E5');
    expect(selected).toEqual([`${SHEET}!E5`]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.exportXlsx()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET)!;
    const total = result.forms[0]!.model.totalCell!.address;
    expect(ws.getCell(total).value).toBe(99.62);
    expect((await port.read()).record?.profile).toBe('mof2020');
  });

  it('refuses bytes that are not a workbook with an unreadable PortError', async () => {
    const bytes = new TextEncoder().encode('not a zip').buffer;
    await expect(openFilePort(bytes, 'bad.xlsx')).rejects.toMatchObject({ reason: 'unreadable' });
    await expect(openFilePort(bytes, 'bad.xlsx')).rejects.toBeInstanceOf(PortError);
  });

  it('refuses a package with no sheet at all (a zip, but no workbook)', async () => {
    const empty = await new ExcelJS.Workbook().xlsx.writeBuffer();
    await expect(openFilePort(empty, 'empty.xlsx')).rejects.toMatchObject({
      reason: 'unreadable',
      message: expect.stringContaining('没有任何工作表'),
    });
  });

  it('rejects a selection of a sheet the workbook lacks', async () => {
    const port = await openFilePort(await exampleBytes(), '示例.xlsx');
    await expect(port.select('没有这张表', 'A1')).rejects.toBeInstanceOf(PortError);
  });
});

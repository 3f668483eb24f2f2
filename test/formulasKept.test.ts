/**
 * Formulas a person typed into 得分 / 执行率 / 总分 (issue #9 item 3): one that already gives the
 * computed value is left in place, live; one that does not is replaced, and 评分记录 keeps its
 * text (old → new). The workbook is built here from a fixture whose figures are known:
 * error.actual_missing.xlsx, row 5: 全年预算数 D5 = 100, 全年执行数 E5 = 100, 分值 F5 = 10, so
 * 执行率 G5 = 100/100 = 1 and 预算执行得分 H5 = 10 (full marks at 100%); the indicators G11 = 15,
 * G12 = 15 (full marks), G10 = 0 (actual missing), 总分 G15 = 10 + 0 + 15 + 15 + 30 + 10 = 80.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { AUDIT_HEADERS, AUDIT_SHEET } from '../src/engine';
import { snapshotOfFile, FIXTURES } from './helpers/workbooks';
import { runCli } from './helpers/cli';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-formulas-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

it('keeps equal formulas live and records the text of those it replaces', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, 'error.actual_missing.xlsx'));
  const ws = wb.worksheets[0]!;
  // Equal to the computed values: 100/100 = 1, and G11's 15.
  ws.getCell('G5').value = { formula: 'E5/D5', result: 1 };
  ws.getCell('G12').value = { formula: 'G11', result: 15 };
  // Different: 10 × 0.9 = 9 against the computed 10; a stale cached total against 80.
  ws.getCell('H5').value = { formula: 'F5*0.9', result: 9 };
  ws.getCell('G15').value = { formula: 'SUM(G10:G14)+H5', result: 79 };
  const input = path.join(dir, 'formulas.xlsx');
  await wb.xlsx.writeFile(input);

  const snapshot = await snapshotOfFile(input);
  expect(snapshot.sheets[0]!.formulas).toEqual({
    G5: 'E5/D5',
    G12: 'G11',
    H5: 'F5*0.9',
    G15: 'SUM(G10:G14)+H5',
  });

  const out = path.join(dir, 'formulas.scored.xlsx');
  const r = await runCli(input, '--out', out);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const scored = new ExcelJS.Workbook();
  await scored.xlsx.readFile(out);
  const form = scored.worksheets[0]!;
  expect(form.getCell('G5').formula).toBe('E5/D5');
  expect(form.getCell('G12').formula).toBe('G11');
  expect(form.getCell('H5').value).toBe(10);
  expect(form.getCell('G15').value).toBe(80);

  const audit = scored.getWorksheet(AUDIT_SHEET)!;
  const col = (h: string): number => AUDIT_HEADERS.indexOf(h) + 1;
  const rows = new Map<string, ExcelJS.Row>();
  audit.eachRow((row, n) => {
    if (n > 1) rows.set(row.getCell(col('单元格')).text, row);
  });
  expect(rows.has('G5')).toBe(false);
  expect(rows.has('G12')).toBe(false);
  const h5 = rows.get('H5')!;
  expect([h5.getCell(col('原值')).value, h5.getCell(col('新值')).value]).toEqual([9, 10]);
  expect(h5.getCell(col('原公式')).value).toBe('=F5*0.9');
  expect(rows.get('G15')!.getCell(col('原公式')).value).toBe('=SUM(G10:G14)+H5');
  // Written as text, never as a live formula in the audit.
  expect(audit.getRow(h5.number).getCell(col('原公式')).type).toBe(ExcelJS.ValueType.String);
});

it('leaves a constant formula that gives the computed value (7.5 × 2 = 15) live', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, 'error.actual_missing.xlsx'));
  wb.worksheets[0]!.getCell('G11').value = { formula: '7.5*2', result: 15 };
  const input = path.join(dir, 'same.xlsx');
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, 'same.scored.xlsx');
  expect((await runCli(input, '--out', out)).code).toBe(0);
  const scored = new ExcelJS.Workbook();
  await scored.xlsx.readFile(out);
  expect(scored.worksheets[0]!.getCell('G11').formula).toBe('7.5*2');
});

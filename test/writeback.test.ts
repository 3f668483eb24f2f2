/**
 * Writing scores back (the CLI's --out path): open → snapshot → scoreWorkbook → buildRunPatch →
 * applyPatch → save. The input file is never touched, and the form is unchanged outside the cells
 * the patch names: every other cell's value and style, every merge and every column width stay.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import {
  type Patch,
  buildRunPatch,
  checkDifferences,
  scoreWorkbook,
  toJsonReport,
} from '../src/engine';
import { applyPatch, openWorkbook, saveWorkbook, workbookSnapshot } from '../src/xlsx/node';
import { profileForFixture } from '../scripts/goldenReport';
import { EXAMPLE, FIXTURES } from './helpers/workbooks';

const CASES = [
  EXAMPLE,
  ...[
    'layout.multi',
    'layout.anhui',
    'layout.sichuan',
    'layout.offset',
    'layout.valueTypes',
    'layout.mof2021',
    'layout.budgetHeaders',
    'error.manual_score_out_of_band',
    'error.score_changed',
    'error.cell_error',
  ].map((n) => path.join(FIXTURES, `${n}.xlsx`)),
];

const sha256 = (file: string): string =>
  createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-writeback-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Scores a file and writes the patched copy, exactly as `selfeval <file> --out <copy>` does. */
async function scoreInto(
  file: string,
  out: string,
): Promise<{ patch: Patch; report: ReturnType<typeof toJsonReport> }> {
  const wb = await openWorkbook(file);
  const snapshot = workbookSnapshot(wb);
  const result = scoreWorkbook(snapshot, profileForFixture(file));
  const patch = buildRunPatch(result, snapshot, { now: '2023-03-01T00:00:00.000Z' });
  applyPatch(wb, patch);
  await saveWorkbook(wb, out);
  return { patch, report: toJsonReport(path.basename(file), result) };
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...ws.model.merges].sort();
}

/**
 * Every difference between the input and the output on the input's sheets, as readable lines:
 * any change outside the patched cells, and patched cells that do not hold the patch's value.
 */
function differences(input: ExcelJS.Workbook, output: ExcelJS.Workbook, patch: Patch): string[] {
  const out: string[] = [];
  const patched = new Map(patch.cells.map((c) => [`${c.sheet}!${c.address}`, c]));
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
  for (const ws of input.worksheets) {
    const copy = output.getWorksheet(ws.name);
    if (!copy) {
      out.push(`${ws.name}: sheet missing`);
      continue;
    }
    if (!same(mergesOf(copy), mergesOf(ws)))
      out.push(`${ws.name}: merges ${mergesOf(copy).join(',')}`);
    const cols = Math.max(ws.columnCount, copy.columnCount);
    const rows = Math.max(ws.rowCount, copy.rowCount);
    for (let c = 1; c <= cols; c++) {
      if (copy.getColumn(c).width !== ws.getColumn(c).width)
        out.push(`${ws.name}: width of column ${c}`);
    }
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const a = ws.getCell(r, c);
        const b = copy.getCell(r, c);
        const at = `${ws.name}!${a.address}`;
        const write = patched.get(at);
        if (!write) {
          if (!same(b.value, a.value))
            out.push(`${at}: value ${JSON.stringify(a.value)} → ${JSON.stringify(b.value)}`);
          if (!same(b.style, a.style)) out.push(`${at}: style`);
          continue;
        }
        if (!same(b.value, write.value))
          out.push(`${at}: ${JSON.stringify(b.value)} instead of ${JSON.stringify(write.value)}`);
        if (write.numberFormat) {
          if (b.numFmt !== '0.00%') out.push(`${at}: number format ${b.numFmt}`);
          // Only the number format changes: font, border and alignment stay the form's.
          if (!same({ ...b.style, numFmt: undefined }, { ...a.style, numFmt: undefined }))
            out.push(`${at}: style`);
        } else if (!same(b.style, a.style)) {
          out.push(`${at}: style`);
        }
      }
    }
  }
  return out;
}

describe.each(CASES.map((f) => [path.basename(f), f]))('write-back of %s', (_name, file) => {
  it('changes only the patched cells, keeps the input file, and re-scores the same', async () => {
    const before = sha256(file);
    const out = path.join(tmp, path.basename(file));
    const { patch, report } = await scoreInto(file, out);
    expect(sha256(file)).toBe(before);

    const input = await openWorkbook(file);
    const output = await openWorkbook(out);
    expect(patch.cells.length).toBeGreaterThan(0);
    expect(differences(input, output, patch)).toEqual([]);
    // Every patched cell exists on a sheet of the input.
    for (const c of patch.cells) expect(input.getWorksheet(c.sheet)).toBeDefined();

    // The record makes selfeval's own values not manual: re-scoring finds the same scores and no
    // score_changed / manual_score_out_of_band.
    const again = scoreWorkbook(workbookSnapshot(output), profileForFixture(file));
    expect(toJsonReport(path.basename(file), again).forms).toEqual(report.forms);
    expect(
      again.findings.filter(
        (f) => f.code === 'score_changed' || f.code === 'manual_score_out_of_band',
      ),
    ).toEqual([]);
  });
});

describe('the write-back comparison', () => {
  it('notices a change outside the patch (negative control)', async () => {
    const file = path.join(FIXTURES, 'layout.baseline.xlsx');
    const out = path.join(tmp, 'control.xlsx');
    const { patch } = await scoreInto(file, out);
    const output = await openWorkbook(out);
    const ws = output.getWorksheet('部门整体支出绩效自评表')!;
    ws.getCell('E10').value = '111人次';
    ws.getCell('A1').font = { bold: false };
    ws.unMergeCells('A2:H2');
    ws.getColumn(3).width = 5;
    const lines = differences(await openWorkbook(file), output, patch);
    expect(lines.slice(0, 2)).toEqual([
      `部门整体支出绩效自评表: merges ${mergesOf(ws).join(',')}`,
      '部门整体支出绩效自评表: width of column 3',
    ]);
    expect(lines).toContain('部门整体支出绩效自评表!A1: style');
    expect(lines).toContain('部门整体支出绩效自评表!B2: value "（2022年度）" → null');
    expect(lines).toContain('部门整体支出绩效自评表!E10: value "110人次" → "111人次"');
    // The patched cells themselves are not differences.
    expect(lines.filter((l) => /!G1[0-4]:|!H5:|!G5:/.test(l))).toEqual([]);
  });
});

describe('write-back of the execution rate', () => {
  it('writes the rate as a number formatted as a percentage', async () => {
    const out = path.join(tmp, 'rate.xlsx');
    await scoreInto(path.join(FIXTURES, 'layout.sichuan.xlsx'), out);
    const ws = (await openWorkbook(out)).getWorksheet('项目支出绩效自评表')!;
    expect(ws.getCell('G7').value).toBe(0.75);
    expect(ws.getCell('G7').numFmt).toBe('0.00%');
    expect(ws.getCell('H7').value).toBe(7.5);
  });
});

describe('a manual score kept inside its band (SCORING.md §4, §8.10)', () => {
  it("stays the person's on every later run, and check finds nothing to change", async () => {
    // A person scores two judgement indicators by hand, inside band A (80–100% of the weight).
    const typed = path.join(tmp, 'typed.xlsx');
    const wb = await openWorkbook(EXAMPLE);
    const ws = wb.getWorksheet('部门整体支出绩效自评表')!;
    ws.getCell('G15').value = 1.8;
    ws.getCell('G33').value = 5;
    await saveWorkbook(wb, typed);

    let file = typed;
    for (const run of [1, 2, 3]) {
      const out = path.join(tmp, `typed.run${run}.xlsx`);
      await scoreInto(file, out);
      const again = scoreWorkbook(workbookSnapshot(await openWorkbook(out)));
      const byCell = new Map(again.forms[0]!.indicators.map((i) => [i.cell, i]));
      expect([run, byCell.get('G15')?.score, byCell.get('G15')?.manualKept]).toEqual([
        run,
        1.8,
        true,
      ]);
      expect([run, byCell.get('G33')?.score, byCell.get('G33')?.manualKept]).toEqual([
        run,
        5,
        true,
      ]);
      expect(checkDifferences(again)).toEqual([]);
      file = out;
    }
  });
});

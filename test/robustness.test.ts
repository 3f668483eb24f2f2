/**
 * Bad input never crashes the engine (SCORING.md §5, DESIGN.md "findings are data"): the layout
 * fixtures with random cells overwritten by garbage — error values, dates, booleans, odd numbers,
 * placeholders, header words — still score, every score stays within its weight, and every finding
 * is a known code whose message names its sheet.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import { type CellValue, FINDING_CODES, type WorkbookSnapshot, scoreWorkbook } from '../src/engine';
import { FIXTURES, snapshotOfFile } from './helpers/workbooks';

const TOKENS: CellValue[] = [
  null,
  '',
  ' ',
  '—',
  '……',
  '指标1：',
  '#N/A',
  '总分',
  '合计',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '≥',
  '≥%',
  '≥90%',
  '≤5%',
  '90%~85%',
  '0',
  '0%',
  '-3',
  '1e309',
  '９０％',
  '不低于上年',
  '未完成',
  '基本完成',
  '2022年13月',
  '2022年12月31日前',
  '延期',
  '按时',
  '100个',
  '3.06亿元',
  '85%-95%',
  '=',
  '万',
  'NaN',
  0,
  -1,
  1e-12,
  1e12,
  0.1,
  0.2,
  100,
  true,
  false,
  { error: '#DIV/0!' },
  { error: '#N/A' },
  { date: '2022-12-31' },
  { date: '2023-06-30' },
];

const NAMES = [
  'layout.multi',
  'layout.sichuan',
  'layout.anhui',
  'layout.valueTypes',
  'layout.placeholders',
  'layout.adjusted',
];

function mutate(
  snapshot: WorkbookSnapshot,
  edits: readonly (readonly [number, number, number, number])[],
): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => [...row]) }));
  for (const [si, r, c, t] of edits) {
    const sheet = sheets[si % sheets.length]!;
    const rows = sheet.cells.length;
    if (rows === 0) continue;
    const row = sheet.cells[r % rows]!;
    row[c % Math.max(row.length, 1)] = TOKENS[t % TOKENS.length]!;
  }
  return { sheets, record: snapshot.record };
}

describe('garbage in the layout fixtures', () => {
  it.each(NAMES)('%s never throws and keeps scores within weights', async (name) => {
    const snapshot = await snapshotOfFile(path.join(FIXTURES, `${name}.xlsx`));
    const edit = fc.tuple(fc.nat(10), fc.nat(60), fc.nat(12), fc.nat(TOKENS.length * 3));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const result = scoreWorkbook(mutate(snapshot, edits));
        for (const form of result.forms) {
          expect(Number.isFinite(form.total)).toBe(true);
          for (const ind of form.indicators) {
            expect(Number.isFinite(ind.score)).toBe(true);
            if (ind.weight !== null && ind.weight >= 0) {
              expect(ind.score).toBeGreaterThanOrEqual(0);
              expect(ind.score).toBeLessThanOrEqual(ind.weight);
            }
          }
        }
        for (const f of result.findings) {
          expect(FINDING_CODES).toContain(f.code);
          if (f.sheet !== null) expect(f.message).toContain(`工作表“${f.sheet}”`);
          if (f.cell !== null) expect(f.message).toContain(f.cell);
        }
      }),
      { numRuns: 150, seed: 20220101 },
    );
  });
});

/**
 * What 一键评分 would replace that a person typed (SCORING.md §4: nothing a person typed is
 * overwritten without being kept): the form cells the run writes whose current value is not empty,
 * was not written there by selfeval last time (the record), and differs from the new value. The
 * pane lists them before writing; the audit sheet 评分记录 keeps each old value after.
 */
import { sameValue } from './audit';
import { type CellValue, parseA1 } from '../base/cells';
import { typedByPerson } from '../read/cellReading';
import { type CellWrite, scoreCellWrites } from './patch';
import type { ScoreResult } from '../score/scoreTypes';
import { totalCellOf } from '../score/formIdentity';
import type { WorkbookSnapshot } from '../base/snapshot';

/** One typed cell a run would replace. */
export interface Overwrite {
  readonly sheet: string;
  readonly cell: string;
  /** What the cell is: an indicator's name, `预算执行率`, `预算执行得分`, `总分`. */
  readonly what: string;
  readonly kind: 'rate' | 'budget' | 'score' | 'total';
  readonly old: CellValue;
  readonly value: number | string | null;
}

function describe(result: ScoreResult): Map<string, Pick<Overwrite, 'what' | 'kind'>> {
  const m = new Map<string, Pick<Overwrite, 'what' | 'kind'>>();
  for (const form of result.forms) {
    const s = form.model.sheet;
    const b = form.budget;
    if (b?.rateCell) m.set(`${s}!${b.rateCell}`, { what: '预算执行率', kind: 'rate' });
    if (b?.cell) m.set(`${s}!${b.cell}`, { what: '预算执行得分', kind: 'budget' });
    for (const ind of form.indicators)
      if (ind.cell) m.set(`${ind.sheet}!${ind.cell}`, { what: ind.name, kind: 'score' });
    const total = totalCellOf(form);
    if (total) m.set(`${total.sheet}!${total.ref.address}`, { what: '总分', kind: 'total' });
  }
  return m;
}

/**
 * The typed cells a scoring run of `result` over `snapshot` would replace, in the order written.
 * `cells` defaults to the form cells of the run (the patch's own list).
 */
export function overwrites(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  cells: readonly CellWrite[] = scoreCellWrites(result),
): Overwrite[] {
  const names = describe(result);
  const out: Overwrite[] = [];
  for (const c of cells) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet);
    const { row, col } = parseA1(c.address);
    const old = sheet?.cells[row]?.[col] ?? null;
    if (sameValue(old, c.value)) continue;
    const ref = { address: c.address, row, col, value: old, format: undefined };
    if (!typedByPerson(c.sheet, ref, snapshot.record)) continue;
    const d = names.get(`${c.sheet}!${c.address}`) ?? { what: c.address, kind: 'score' as const };
    out.push({ sheet: c.sheet, cell: c.address, ...d, old, value: c.value });
  }
  return out;
}

/**
 * The cells a patch was computed against: on each form, the first and last indicator's name and
 * the 分值 of the budget and 总分 rows, with the values read. Excel reads and writes in separate
 * batches, and a co-author's row insert in between would move every score one row; a host that
 * can see the workbook change checks these in its write batch and refuses when one moved.
 */
import type { ScoreResult } from '../score/scoreTypes';

/** A cell and the value it held when the workbook was read (text trimmed). */
export interface CellCheck {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number;
}

/** The anchor cells of every scored form. */
export function formAnchors(result: ScoreResult): CellCheck[] {
  const checks: CellCheck[] = [];
  for (const form of result.forms) {
    const { model } = form;
    const sheet = model.sheet;
    const rows = model.indicators;
    const ends = rows.length > 1 ? [rows[0]!, rows[rows.length - 1]!] : rows;
    for (const ind of ends)
      if (ind.name !== '')
        checks.push({ sheet: ind.sheet ?? sheet, address: ind.nameCell, value: ind.name });
    const b = model.budget?.weight ?? null;
    if (b && typeof b.value === 'number')
      checks.push({ sheet, address: b.address, value: b.value });
    const t = model.totalWeightCell;
    if (t && typeof t.value === 'number')
      checks.push({ sheet: model.totalSheet ?? sheet, address: t.address, value: t.value });
  }
  return checks;
}

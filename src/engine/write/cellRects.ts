/**
 * Rectangles of cells for hosts that write a range at a time (Excel's Office.js, WPS's ET object
 * model): one address per rectangle, and the styled cells of an owned sheet grouped into as few
 * rectangles per style as possible, so a styled table costs a few calls per style, not per cell.
 */
import { a1 } from '../base/cells';
import type { CellStyle, SheetCell } from './patch';

/** A rectangle of cells, 0-based; `rows` grows while the rows below repeat a run. */
export interface CellRect {
  readonly row: number;
  readonly col: number;
  rows: number;
  readonly cols: number;
}

/** The A1 address of a rectangle (`B3`, or `B3:D9`). */
export function rectAddress(r: CellRect): string {
  return r.rows === 1 && r.cols === 1
    ? a1(r.row, r.col)
    : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/**
 * The styled cells of `rows` (sheet rows from `from`, columns below `width`) as rectangles per
 * style: runs of equal style in a row, then the same run on the rows below joined (a table's column
 * styles become one rectangle each).
 */
export function styleRects(
  rows: readonly (readonly (SheetCell | null)[])[],
  from = 0,
  width = Infinity,
): { style: CellStyle; rects: CellRect[] }[] {
  const byStyle = new Map<string, { style: CellStyle; rects: CellRect[] }>();
  /** The open rectangle of each style and column span, extended while rows repeat it. */
  const open = new Map<string, CellRect>();
  rows.forEach((r, i) => {
    const row = from + i;
    const end = Math.min(width, r.length);
    let c = 0;
    while (c < end) {
      const style = r[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      const key = JSON.stringify(style);
      let len = 1;
      while (c + len < end && JSON.stringify(r[c + len]?.style) === key) len++;
      const group = byStyle.get(key) ?? { style, rects: [] };
      byStyle.set(key, group);
      const span = `${key}|${c}|${len}`;
      const rect = open.get(span);
      if (rect && rect.row + rect.rows === row) rect.rows++;
      else {
        const created: CellRect = { row, col: c, rows: 1, cols: len };
        group.rects.push(created);
        open.set(span, created);
      }
      c += len;
    }
  });
  return [...byStyle.values()];
}

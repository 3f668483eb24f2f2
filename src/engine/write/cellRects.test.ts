/** Style rectangles: runs in a row, joined with the same run on the rows below. */
import { rectAddress, styleRects } from './cellRects';
import type { CellStyle, SheetCell } from './patch';

const bold: CellStyle = { bold: true };
const box: CellStyle = { border: true };
const cell = (style?: CellStyle): SheetCell => (style ? { value: 'x', style } : { value: 'x' });

describe('styleRects', () => {
  it('joins a table: a bold header run, and the bordered body as one rectangle', () => {
    const rows = [
      [cell(bold), cell(bold), cell(bold)],
      [cell(box), cell(box), cell(box)],
      [cell(box), cell(box), cell(box)],
      [cell(), null, cell(box)],
    ];
    const groups = styleRects(rows);
    expect(groups.map((g) => [g.style, g.rects.map(rectAddress)])).toEqual([
      [bold, ['A1:C1']],
      // Rows 2–3 share the run A:C; row 4 has only C styled, a run of its own.
      [box, ['A2:C3', 'C4']],
    ]);
  });

  it('counts rows from `from` and ignores columns at and past `width`', () => {
    const rows = [[cell(bold), cell(bold), cell(bold)]];
    expect(styleRects(rows, 9, 2).map((g) => g.rects.map(rectAddress))).toEqual([['A10:B10']]);
  });
});

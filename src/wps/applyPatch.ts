/**
 * Applying an engine patch to the workbook open in WPS 表格. Everything is checked before anything
 * is written (a refusal changes nothing), then each owned sheet is cleared (or added) and written as
 * one 2-D array, and last the form cells — one 2-D array per contiguous block of a column — with the
 * record over its old rows, so a failure part way never leaves the record emptied.
 *
 * Text that WPS would parse (`= + - @`, numbers, dates) is written with an apostrophe prefix, as in
 * Excel (src/excel/cellValues.ts guardText): the cell keeps its format and reads back as typed.
 */
import {
  type CellRect,
  type CellStyle,
  type CellWrite,
  type Patch,
  type SheetCell,
  type SheetWrite,
  a1,
  isFormula,
  isoDateToSerial,
  parseA1,
  rectAddress,
  sheetWidth,
  styleRects,
} from '../engine';
import { guardText } from '../excel';
import { protectedSheet, protectedStructure, sheetGone } from '../port/protection';
import {
  type WpsRange,
  type WpsWorkbook,
  type WpsWorksheet,
  XL_HIDDEN,
  XL_VERY_HIDDEN,
  XL_VISIBLE,
} from './hostTypes';
import { visibleOf } from './readSnapshot';

/** What WPS takes for a form cell: numbers as numbers, text guarded, null clears. */
function formInput(v: CellWrite['value']): string | number | null {
  return typeof v === 'string' ? (v === '' ? null : guardText(v)) : v;
}

/** What WPS takes for a cell of an owned sheet through `Range.Formula`. */
function ownedInput(cell: SheetCell | null): string | number | boolean | null {
  if (!cell) return null;
  const v = cell.value;
  if (v === null) return null;
  if (isFormula(v)) return `=${v.formula}`;
  if (typeof v === 'string') return v === '' ? null : guardText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if ('error' in v) return v.error;
  return isoDateToSerial(v.date);
}

/** Form cells grouped into vertical runs of consecutive rows of one column, per sheet. */
export function formBlocks(
  cells: readonly CellWrite[],
): { sheet: string; rect: CellRect; writes: CellWrite[] }[] {
  const bySheet = new Map<string, Map<number, Map<number, CellWrite>>>();
  for (const w of cells) {
    const { row, col } = parseA1(w.address);
    const cols = bySheet.get(w.sheet) ?? new Map<number, Map<number, CellWrite>>();
    bySheet.set(w.sheet, cols);
    const rows = cols.get(col) ?? new Map<number, CellWrite>();
    cols.set(col, rows);
    rows.set(row, w); // a later write of the same cell wins, as in the exceljs path
  }
  const blocks: { sheet: string; rect: CellRect; writes: CellWrite[] }[] = [];
  for (const [sheet, cols] of bySheet) {
    for (const [col, rows] of cols) {
      const sorted = [...rows.keys()].sort((a, b) => a - b);
      let current: { sheet: string; rect: CellRect; writes: CellWrite[] } | null = null;
      for (const row of sorted) {
        if (current && current.rect.row + current.rect.rows === row) {
          current.rect.rows++;
          current.writes.push(rows.get(row)!);
        } else {
          current = { sheet, rect: { row, col, rows: 1, cols: 1 }, writes: [rows.get(row)!] };
          blocks.push(current);
        }
      }
    }
  }
  return blocks;
}

/** `#RRGGBB` as the BGR integer VBA colours use. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const; // xlLeft, xlCenter, xlRight
const V_ALIGN = { top: -4160, middle: -4108, bottom: -4107 } as const; // xlTop, xlCenter, xlBottom

function applyStyle(range: WpsRange, s: CellStyle): void {
  if (s.bold || s.italic || s.fontSize || s.fontName || s.color) {
    const font = range.Font;
    if (s.bold) font.Bold = true;
    if (s.italic) font.Italic = true;
    if (s.fontSize) font.Size = s.fontSize;
    if (s.fontName) font.Name = s.fontName;
    if (s.color) font.Color = bgr(s.color);
  }
  if (s.fill) range.Interior.Color = bgr(s.fill);
  if (s.wrap) range.WrapText = true;
  if (s.align) range.HorizontalAlignment = H_ALIGN[s.align];
  if (s.valign) range.VerticalAlignment = V_ALIGN[s.valign];
  if (s.indent) range.IndentLevel = s.indent;
  if (s.numberFormat) range.NumberFormat = s.numberFormat;
  // Borders (Range.Borders) and freeze panes (ActiveWindow) are left out: see docs/WPS.md.
}

/** The values of an owned sheet as one rectangle from A1, padded with nulls. */
function grid(rows: SheetWrite['rows']): (string | number | boolean | null)[][] {
  const width = sheetWidth(rows);
  return rows.map((r) => Array.from({ length: width }, (_, c) => ownedInput(r[c] ?? null)));
}

const VISIBLE: Readonly<Record<SheetWrite['visibility'], number>> = {
  visible: XL_VISIBLE,
  hidden: XL_HIDDEN,
  veryHidden: XL_VERY_HIDDEN,
};

/** Writes an owned sheet's cells, styles, widths, heights and merges (the sheet is empty). */
function writeOwned(ws: WpsWorksheet, sw: SheetWrite): void {
  if (sw.rows.length > 0) {
    const values = grid(sw.rows);
    const rect: CellRect = { row: 0, col: 0, rows: values.length, cols: values[0]!.length };
    ws.Range(rectAddress(rect)).Formula = values;
    for (const { rect: r, format } of dateRects(sw.rows))
      ws.Range(rectAddress(r)).NumberFormat = format;
    for (const { style, rects } of styleRects(sw.rows))
      for (const r of rects) applyStyle(ws.Range(rectAddress(r)), style);
  }
  // ColumnWidth is in characters in WPS as in VBA: the patch's unit, no conversion.
  sw.columnWidths?.forEach((w, i) => {
    ws.Range(`${a1(0, i).replace(/\d+$/, '')}:${a1(0, i).replace(/\d+$/, '')}`).ColumnWidth = w;
  });
  // Consecutive rows of one height are set in one call (a report has a height per paragraph).
  const heights = Object.entries(sw.rowHeights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    const [from, h] = heights[i]!;
    let j = i + 1;
    while (j < heights.length && heights[j]![0] === from + (j - i) && heights[j]![1] === h) j++;
    ws.Range(`${from + 1}:${from + j - i}`).RowHeight = h;
    i = j;
  }
  for (const m of sw.merges ?? [])
    ws.Range(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).Merge();
}

/** Unstyled date cells still need a date format (their value is written as a serial). */
function dateRects(rows: SheetWrite['rows']): { rect: CellRect; format: string }[] {
  const out: { rect: CellRect; format: string }[] = [];
  rows.forEach((r, row) =>
    r.forEach((c, col) => {
      const v = c?.value;
      if (v && typeof v === 'object' && 'date' in v && !c.style?.numberFormat)
        out.push({ rect: { row, col, rows: 1, cols: 1 }, format: 'yyyy-mm-dd' });
    }),
  );
  return out;
}

/** Checks, then writes, the patch; a refusal found by the checks changes nothing. */
export function applyPatch(wb: WpsWorkbook, patch: Patch): void {
  const worksheets = wb.Worksheets;
  const existing = new Map<string, WpsWorksheet>();
  const count = worksheets.Count;
  for (let i = 1; i <= count; i++) {
    const ws = worksheets.Item(i);
    existing.set(ws.Name, ws);
  }
  const blocks = formBlocks(patch.cells);
  // Protection first: a protected form is written only when every cell to write is unlocked.
  for (const name of new Set(patch.cells.map((c) => c.sheet))) {
    const ws = existing.get(name);
    if (!ws) throw sheetGone(name);
    if (!ws.ProtectContents) continue;
    for (const b of blocks.filter((x) => x.sheet === name)) {
      const locked = ws.Range(rectAddress(b.rect)).Locked;
      if (locked === false) continue;
      // true, or null for a mix: name the first locked cell (only on this refusal path).
      const cell =
        locked === null
          ? (b.writes.find((w) => ws.Range(w.address).Locked !== false) ?? b.writes[0]!)
          : b.writes[0]!;
      throw protectedSheet(name, cell.address);
    }
  }
  for (const sw of patch.sheets) {
    const ws = existing.get(sw.name);
    if (ws?.ProtectContents) throw protectedSheet(sw.name);
  }
  const firstOwned = patch.sheets[0];
  if (firstOwned && wb.ProtectStructure) throw protectedStructure(firstOwned.name);

  // Owned sheets: cleared or added, then written; the record waits for the form cells.
  const sheetFor = (sw: SheetWrite, clear: boolean): WpsWorksheet => {
    let ws = existing.get(sw.name);
    if (ws) {
      if (clear) ws.Cells.Clear();
    } else {
      const after = existing.get(sw.after ?? '') ?? worksheets.Item(worksheets.Count);
      ws = worksheets.Add(undefined, after);
      ws.Name = sw.name;
      existing.set(sw.name, ws);
    }
    return ws;
  };
  const setVisible = (ws: WpsWorksheet, sw: SheetWrite): void => {
    const want = VISIBLE[sw.visibility];
    if (visibleOf(ws.Visible) !== want) ws.Visible = want;
  };
  for (const sw of patch.sheets.filter((s) => s.role !== 'record')) {
    const ws = sheetFor(sw, true);
    writeOwned(ws, sw);
    setVisible(ws, sw);
  }

  // Form cells, one 2-D array per block; then the rate formats.
  for (const b of blocks) {
    const ws = existing.get(b.sheet)!;
    ws.Range(rectAddress(b.rect)).Value2 = b.writes.map((w) => [formInput(w.value)]);
  }
  for (const w of patch.cells)
    if (w.numberFormat) existing.get(w.sheet)!.Range(w.address).NumberFormat = w.numberFormat;

  // The record over its old rows (never cleared first), then what is left of the old one.
  for (const sw of patch.sheets.filter((s) => s.role === 'record')) {
    const had = existing.has(sw.name);
    const ws = sheetFor(sw, false);
    const old = had ? ws.UsedRange : null;
    const oldRows = old ? old.Row + old.Rows.Count - 1 : 0;
    const oldCols = old ? old.Column + old.Columns.Count - 1 : 0;
    const values = grid(sw.rows);
    const width = values[0]?.length ?? 0;
    if (values.length > 0)
      ws.Range(rectAddress({ row: 0, col: 0, rows: values.length, cols: width })).Formula = values;
    if (oldRows > values.length) ws.Range(`${values.length + 1}:${oldRows}`).ClearContents();
    if (oldCols > width && values.length > 0)
      ws.Range(
        rectAddress({ row: 0, col: width, rows: values.length, cols: oldCols - width }),
      ).ClearContents();
    setVisible(ws, sw);
  }
}

/**
 * Applies an engine patch to an exceljs workbook: only the patched cells change; values, merges,
 * styles and widths of everything else are left as they were.
 */
import type ExcelJS from 'exceljs';
import {
  type CellStyle,
  type CellValue,
  type Formula,
  type MergeRange,
  type PageSetup,
  type Patch,
  type SheetWrite,
  a1,
  isFormula,
  parseA1,
} from '../engine';
import { cellCount, holdLargeSheet } from './largeSheets';

/**
 * Owned sheets of at least this many cells are written straight into the file (largeSheets.ts)
 * rather than as exceljs cells: the 评分计算 of a form of about 1,000 indicators.
 */
export const LARGE_SHEET_CELLS = 20_000;

/** Options of applyPatch. */
export interface ApplyPatchOptions {
  /**
   * Owned sheets of at least this many cells are held for the file (default LARGE_SHEET_CELLS).
   * A caller that styles the sheets' cells with exceljs after applying passes Infinity.
   */
  readonly largeSheetCells?: number;
}

/** Thrown when a patch names a sheet the workbook does not have (a programming error). */
export class PatchTargetError extends Error {
  constructor(sheet: string) {
    super(`Patch names a sheet that is not in the workbook: ${JSON.stringify(sheet)}`);
    this.name = 'PatchTargetError';
  }
}

/** exceljs value for a plain or formula cell. Strings stay strings: exceljs never turns them into formulas. */
function exceljsValue(v: CellValue | Formula): ExcelJS.CellValue {
  if (v === null) return null;
  if (isFormula(v)) return { formula: v.formula, result: v.result };
  if (typeof v === 'object') {
    if ('error' in v) return { error: v.error } as ExcelJS.CellErrorValue;
    return new Date(`${v.date}T00:00:00Z`);
  }
  return v;
}

/**
 * exceljs drops a formula's cached result when it is falsy (0 or '') on assignment through `value`,
 * so a score of 0 would reach the file without its cached value: set it on the cell model instead.
 */
function keepFalsyResult(cell: ExcelJS.Cell, v: CellValue | Formula): void {
  if (!isFormula(v) || v.result === undefined || v.result) return;
  cell.model = { ...cell.model, result: v.result };
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

/**
 * One exceljs style object per distinct look, shared by every cell that has it: exceljs then finds
 * a cell's style id by object identity instead of rebuilding and comparing its XML per cell, which
 * made writing a large workings sheet most of a run's time (npm run bench, writeBench). Owned
 * sheets only set styles once, so sharing the object is safe.
 */
class StyleCache {
  private readonly byObject = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  get(s: CellStyle): Partial<ExcelJS.Style> {
    const known = this.byObject.get(s);
    if (known) return known;
    const key = JSON.stringify(s);
    let style = this.byKey.get(key);
    if (!style) {
      style = exceljsStyle(s);
      this.byKey.set(key, style);
    }
    this.byObject.set(s, style);
    return style;
  }
}

function exceljsStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.color) font.color = { argb: argb(s.color) };
  const style: Partial<ExcelJS.Style> = {};
  if (Object.keys(font).length > 0) style.font = font;
  if (s.wrap || s.align || s.valign || s.indent) {
    style.alignment = {
      wrapText: s.wrap ?? false,
      horizontal: s.align,
      vertical: s.valign,
      indent: s.indent,
    };
  }
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

interface MergeIndex {
  _merges: Record<string, unknown>;
}

/**
 * Merges the ranges of a fresh sheet. exceljs's mergeCells compares each new merge with every
 * merge already made (a report of thousands of rows took minutes: quadratic); the ranges of one
 * SheetWrite are checked here against each other in one pass over their cells, and exceljs
 * merges each one against an empty index that is then folded back.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly MergeRange[]): void {
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const key = `${r},${c}`;
        if (covered.has(key))
          throw new Error(`Overlapping merges in an owned sheet at ${a1(r, c)}`);
        covered.add(key);
      }
  const sheet = ws as unknown as MergeIndex;
  const all = sheet._merges;
  try {
    for (const m of merges) {
      sheet._merges = {};
      ws.mergeCells(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
      Object.assign(all, sheet._merges);
    }
  } finally {
    sheet._merges = all;
  }
}

/** The cells, row heights and merges of an owned sheet as exceljs cells. */
function fillCells(ws: ExcelJS.Worksheet, sheet: SheetWrite, styles: StyleCache): void {
  sheet.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    // One row object per row: ws.getCell(r, c) would look the row up and spell the address per cell.
    const row = ws.getRow(r + 1);
    cells.forEach((c, col) => {
      if (!c) return;
      const cell = row.getCell(col + 1);
      cell.value = exceljsValue(c.value);
      keepFalsyResult(cell, c.value);
      if (c.style) cell.style = styles.get(c.style);
    });
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  mergeAll(ws, sheet.merges ?? []);
}

function setPage(ws: ExcelJS.Worksheet, p: PageSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    // A4. exceljs declares PaperSize in its types only; there is no runtime enum to name it by.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: p.fitToWidth ?? false,
    fitToWidth: p.fitToWidth ? 1 : undefined,
    fitToHeight: p.fitToWidth ? 0 : undefined,
    printArea: p.printArea,
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.from}:${p.repeatRows.to}` } : {}),
    margins: p.margins ? { ...p.margins, header: 0.3, footer: 0.3 } : ws.pageSetup.margins,
  };
  if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer };
}

/** Keeps the sheet where the caller wants it: exceljs orders sheets by orderNo. */
function placeAfter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: string): void {
  const anchor = wb.getWorksheet(after);
  if (!anchor) return;
  const sheets = wb.worksheets.filter((s) => s !== ws);
  const at = sheets.indexOf(anchor) + 1;
  sheets.splice(at, 0, ws);
  sheets.forEach((s, i) => {
    (s as unknown as { orderNo: number }).orderNo = i;
  });
}

function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetWrite,
  styles: StyleCache,
  largeSheetCells: number,
): void {
  const existing = wb.getWorksheet(sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.freeze
      ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : undefined,
  });
  // A large sheet's cells, row heights and merges are written with the file (largeSheets.ts).
  if (cellCount(sheet) >= largeSheetCells)
    holdLargeSheet(ws, sheet, (c) => (c.style ? styles.get(c.style) : null));
  else fillCells(ws, sheet, styles);
  sheet.columnWidths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (sheet.page) setPage(ws, sheet.page);
  if (sheet.after) placeAfter(wb, ws, sheet.after);
}

/** Writes every cell and owned sheet of the patch into the workbook. */
export function applyPatch(
  wb: ExcelJS.Workbook,
  patch: Patch,
  options: ApplyPatchOptions = {},
): void {
  const worksheets = new Map<string, ExcelJS.Worksheet>();
  for (const write of patch.cells) {
    let ws = worksheets.get(write.sheet);
    if (!ws) {
      ws = wb.getWorksheet(write.sheet);
      if (!ws) throw new PatchTargetError(write.sheet);
      worksheets.set(write.sheet, ws);
    }
    const { row, col } = parseA1(write.address);
    const cell = ws.getRow(row + 1).getCell(col + 1);
    cell.value = write.value;
    if (write.numberFormat) {
      // exceljs may share one style object between cells read from a file: copy before changing.
      cell.style = { ...cell.style, numFmt: write.numberFormat };
    }
  }
  const styles = new StyleCache();
  const largeSheetCells = options.largeSheetCells ?? LARGE_SHEET_CELLS;
  for (const sheet of patch.sheets) writeSheet(wb, sheet, styles, largeSheetCells);
}

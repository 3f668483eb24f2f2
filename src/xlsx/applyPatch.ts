/**
 * Applies an engine patch to an exceljs workbook: only the patched cells change; values, merges,
 * styles and widths of everything else are left as they were.
 */
import type ExcelJS from 'exceljs';
import {
  type CellStyle,
  type CellValue,
  type Formula,
  type Patch,
  type SheetWrite,
  a1,
  isFormula,
  parseA1,
} from '../engine';

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

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
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
  cell.style = style;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetWrite): void {
  const existing = wb.getWorksheet(sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.freeze
      ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : undefined,
  });
  sheet.rows.forEach((cells, r) => {
    cells.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      cell.value = exceljsValue(c.value);
      keepFalsyResult(cell, c.value);
      if (c.style) applyStyle(cell, c.style);
    });
  });
  sheet.columnWidths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  for (const m of sheet.merges ?? [])
    ws.mergeCells(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  if (sheet.page) {
    const p = sheet.page;
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
  // Keep the sheet where the caller wants it: exceljs orders sheets by orderNo.
  if (sheet.after) {
    const anchor = wb.getWorksheet(sheet.after);
    if (anchor) {
      const sheets = wb.worksheets.filter((s) => s !== ws);
      const at = sheets.indexOf(anchor) + 1;
      sheets.splice(at, 0, ws);
      sheets.forEach((s, i) => {
        (s as unknown as { orderNo: number }).orderNo = i;
      });
    }
  }
}

/** Writes every cell and owned sheet of the patch into the workbook. */
export function applyPatch(wb: ExcelJS.Workbook, patch: Patch): void {
  for (const write of patch.cells) {
    const ws = wb.getWorksheet(write.sheet);
    if (!ws) throw new PatchTargetError(write.sheet);
    const { row, col } = parseA1(write.address);
    const cell = ws.getCell(row + 1, col + 1);
    cell.value = write.value;
    if (write.numberFormat) {
      // exceljs may share one style object between cells read from a file: copy before changing.
      cell.style = { ...cell.style, numFmt: write.numberFormat };
    }
  }
  for (const sheet of patch.sheets) writeSheet(wb, sheet);
}

/**
 * Reads an exceljs workbook into the engine's snapshot: values, cached results of formulas, Excel
 * errors, rich text as plain text, dates, number formats and merged ranges.
 */
import type ExcelJS from 'exceljs';
import {
  type CellValue,
  type MergeRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
  decodeRecord,
} from '../engine';
import { largeSheetSnapshot } from './largeSheets';

type RawValue = ExcelJS.CellValue | undefined;

function isoDate(d: Date): string {
  // exceljs gives dates as UTC midnight of the calendar day shown in Excel.
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** Converts one exceljs value to a plain cell value. */
export function plainValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const date = isoDate(v);
    return date ? { date } : null;
  }
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    // Formula cells: the engine reads the result Excel cached when it last calculated.
    if ('formula' in v || 'sharedFormula' in v)
      return plainValue((v as { result?: RawValue }).result);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('hyperlink' in v && typeof (v as { hyperlink?: unknown }).hyperlink === 'string')
      return (v as { hyperlink: string }).hyperlink;
  }
  return null;
}

interface MergeIndex {
  readonly _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

/** Merged ranges of a worksheet, 0-based. */
function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  // exceljs keeps merges in `_merges` (its `model` getter would serialise every row to build them).
  const index = (ws as unknown as MergeIndex)._merges ?? {};
  return Object.values(index).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}

/** One worksheet as a snapshot. */
// exceljs's ValueType.Merge and .Formula: this module imports exceljs for its types only.
const MERGE = 1;
const FORMULA = 6;

/** One worksheet as the engine's sheet snapshot. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  // A large owned sheet applyPatch held for the file: its cells are not exceljs cells.
  const held = largeSheetSnapshot(ws);
  if (held) return held;
  const cells: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merge's other cells report the anchor's value in exceljs; the engine wants their own (none).
      if ((cell.type as number) === MERGE) return;
      // exceljs's `value` drops a formula's cached result when it is 0; its model keeps it.
      const raw =
        (cell.type as number) === FORMULA
          ? { formula: '', result: cell.model.result as RawValue }
          : cell.value;
      values[colNumber - 1] = plainValue(raw as RawValue);
      if ((cell.type as number) === FORMULA) {
        // Shared formulas come translated to this cell (exceljs's `formula` getter).
        const text = cell.formula as string | undefined;
        if (text) formulas[cell.address] = text.replace(/^=/, '');
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') numberFormats[cell.address] = fmt;
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    cells[rowNumber - 1] = values;
  });
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  return {
    name: ws.name,
    cells,
    merges: mergesOf(ws),
    numberFormats,
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
  };
}

/** The whole workbook as a snapshot, with the record selfeval left in it (if any). */
export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets = wb.worksheets.map(sheetSnapshot);
  return { sheets, record: decodeRecord(sheets) };
}

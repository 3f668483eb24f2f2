/**
 * Reading the workbook open in WPS 表格 as the engine's snapshot, in a fixed number of host calls
 * per sheet whatever its size (every WPS call crosses into the host, so never cell by cell):
 *
 * - `Item(i)`, `Name`, `Visible`, `UsedRange` and its `Row`, `Column`;
 * - `UsedRange.Value2`: every value as one 2-D array (dates as serials, formulas as their results);
 * - `UsedRange.Formula`: the formulas as one 2-D array (forms only);
 * - `UsedRange.Value(11)`: the same range as SpreadsheetML text, which carries every cell's number
 *   format, the merged areas and which cells hold errors (src/wps/spreadsheetMl.ts).
 *
 * When a WPS answers `Value(11)` with no SpreadsheetML (not verified on every WPS build; TESTING.md
 * asks which path a real one takes), the read falls back to `UsedRange.NumberFormat` (one format
 * when the whole range shares it, null when mixed) and no merges: the engine then reads each merge
 * from its anchor cell, as the Excel adapter does before ExcelApi 1.13.
 */
import {
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  WORKINGS_SHEET,
  a1,
  decodeRecord,
  isOwnedSheetName,
} from '../engine';
import { isDateFormat, serialToIsoDate } from '../excel';
import { type RangeExtras, parseSpreadsheetMl } from './spreadsheetMl';
import { type WpsWorkbook, type WpsWorksheet, XL_RANGE_VALUE_XML, XL_VISIBLE } from './hostTypes';

/** Which path gave the number formats and merges of the last read (for the checklist and tests). */
export type ReadPath = 'xml' | 'fallback';

/** A sheet as the read found it. */
export interface WpsSheetState {
  readonly name: string;
  readonly visible: number;
}

/** COM error values as a JS bridge may pass them (CVErr codes as HRESULT integers). */
const COM_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

/** `Visible` as a number: some WPS builds answer true/false for visible/hidden. */
export function visibleOf(v: unknown): number {
  if (v === true) return XL_VISIBLE;
  if (v === false) return 0;
  return typeof v === 'number' ? v : XL_VISIBLE;
}

/** Value2 as rows of columns: a scalar when the range is one cell. */
function gridOf(v: unknown): unknown[][] {
  if (Array.isArray(v))
    return (v as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  return [[v]];
}

function plainFromWps(
  value: unknown,
  format: string | undefined,
  error: string | undefined,
  trustText: boolean,
): CellValue {
  if (error !== undefined) return { error };
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const com = COM_ERRORS.get(value);
    if (com) return { error: com };
    return format && isDateFormat(format) ? { date: serialToIsoDate(value) } : value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value === '') return null;
    // Without the SpreadsheetML types an error reads as its text; with them, text is text.
    if (!trustText && ERROR_TEXT.test(value)) return { error: value };
    return value;
  }
  return null;
}

/** One sheet in its fixed number of calls. */
function readSheet(ws: WpsWorksheet): { snapshot: SheetSnapshot; path: ReadPath | null } {
  const name = ws.Name;
  const visible = visibleOf(ws.Visible);
  const hidden = visible !== XL_VISIBLE;
  if (name === WORKINGS_SHEET)
    return { snapshot: { name, cells: [], merges: [], numberFormats: {}, hidden }, path: null };
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const values = gridOf(used.Value2);
  // Own sheets need values only (their merges are one per paragraph and read by nothing).
  const own = isOwnedSheetName(name);
  const extras: RangeExtras | null = own
    ? null
    : parseSpreadsheetMl(used.Value(XL_RANGE_VALUE_XML));
  // Formulas of the forms (the engine keeps a person's formula it replaces), one call as well.
  const formulaGrid = own ? null : gridOf(used.Formula);
  const formulas: Record<string, string> = {};
  const whole = own || extras ? undefined : used.NumberFormat;
  const wholeFormat = typeof whole === 'string' ? whole : undefined;
  const cells: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  for (let i = 0; i < values.length; i++) {
    const row = values[i]!;
    for (let j = 0; j < row.length; j++) {
      const key = `${i},${j}`;
      const format = extras ? extras.formats.get(key) : wholeFormat;
      const v = plainFromWps(row[j], format, extras?.errors.get(key), extras !== null);
      const r = top + i;
      const c = left + j;
      const f = formulaGrid?.[i]?.[j];
      // Text that starts with `=` (typed with an apostrophe) reads back through Formula as itself,
      // as in VBA: a formula is a `=` text that differs from the cell's value.
      if (typeof f === 'string' && f.startsWith('=') && f.length > 1 && f !== row[j])
        formulas[a1(r, c)] = f.slice(1);
      if (v === null) continue;
      (cells[r] ??= [])[c] = v;
      if (format && format !== 'General') numberFormats[a1(r, c)] = format;
    }
  }
  for (let r = 0; r < cells.length; r++) {
    const out = (cells[r] ??= []);
    for (let k = 0; k < out.length; k++) if (out[k] === undefined) out[k] = null;
  }
  const merges = (extras?.merges ?? []).map((m) => ({
    top: m.top + top,
    left: m.left + left,
    bottom: m.bottom + top,
    right: m.right + left,
  }));
  return {
    snapshot: {
      name,
      cells,
      merges,
      numberFormats,
      ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
      hidden,
    },
    path: own ? null : extras ? 'xml' : 'fallback',
  };
}

/** Reads every sheet, with the record; says which path gave formats and merges. */
export function readSnapshot(wb: WpsWorkbook): {
  snapshot: WorkbookSnapshot;
  sheets: WpsSheetState[];
  path: ReadPath | null;
} {
  const worksheets = wb.Worksheets;
  const count = worksheets.Count;
  const snapshots: SheetSnapshot[] = [];
  let path: ReadPath | null = null;
  for (let i = 1; i <= count; i++) {
    const read = readSheet(worksheets.Item(i));
    snapshots.push(read.snapshot);
    if (read.path === 'fallback' || (read.path === 'xml' && path === null)) path = read.path;
  }
  return {
    snapshot: { sheets: snapshots, record: decodeRecord(snapshots) },
    sheets: snapshots.map((s) => ({ name: s.name, visible: s.hidden ? 0 : XL_VISIBLE })),
    path,
  };
}

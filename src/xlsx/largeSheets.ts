/**
 * Large owned sheets written straight into the file. applyPatch gives such a sheet to exceljs
 * without its cells — exceljs still makes the sheet, its place, visibility, column widths, frozen
 * panes, page setup, footer and print area — plus one cell per distinct look, so that exceljs puts
 * every style the sheet needs into styles.xml. When the workbook is turned into bytes, the sheet's
 * `<sheetData>` is replaced by the real cells (sheetXml.ts), styled with the indices exceljs gave
 * those looks. Until then the sheet's snapshot is read from the rows kept here, so a host that reads
 * the workbook again (browser mode re-scores it after a decision) sees what will be written.
 *
 * Why: exceljs keeps every cell as an object and renders a sheet as one string; the owned sheets of
 * a 200,000-row form are millions of cells, more than Node's heap (issue #9, `npm run bench`).
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { CellValue, SheetCell, SheetSnapshot, SheetWrite } from '../engine';
import { a1, isFormula, unescapeXml } from '../engine';
import { isDateCell, sheetCellsXml } from './sheetXml';
import { type Gzip, concatBytes, zipParts } from './zipWrite';

/** An exceljs style object as applyPatch shares it between cells of one look (null: no style). */
export type Look = Partial<ExcelJS.Style> | null;

interface LargeSheet {
  readonly write: SheetWrite;
  /** The look of a cell of `write`, as applyPatch gave it to exceljs. */
  readonly lookOf: (cell: SheetCell) => Look;
  /** The 1-based row, in column A of the placeholder, of each look's plain and date cell. */
  readonly rows: ReadonlyMap<Look, { plain?: number; date?: number }>;
}

const large = new WeakMap<ExcelJS.Worksheet, LargeSheet>();

/** How many cells an owned sheet has. */
export function cellCount(write: SheetWrite): number {
  let n = 0;
  for (const row of write.rows) for (const c of row) if (c) n++;
  return n;
}

/**
 * Makes `ws` (fresh, empty) the placeholder of `write`: one styled cell per look in column A, the
 * cells themselves kept for when the workbook is written.
 */
export function holdLargeSheet(
  ws: ExcelJS.Worksheet,
  write: SheetWrite,
  lookOf: (cell: SheetCell) => Look,
): void {
  const rows = new Map<Look, { plain?: number; date?: number }>();
  let next = 1;
  for (const cells of write.rows)
    for (const cell of cells) {
      if (!cell) continue;
      const look = lookOf(cell);
      const date = isDateCell(cell);
      const known = rows.get(look) ?? {};
      if ((date ? known.date : known.plain) !== undefined) continue;
      const at = next++;
      rows.set(look, date ? { ...known, date: at } : { ...known, plain: at });
      const reg = ws.getRow(at).getCell(1);
      // A date gets the date format exceljs gives a date cell without one; any date does.
      reg.value = date ? new Date(Date.UTC(2000, 0, 1)) : null;
      reg.style = look ?? {};
    }
  large.set(ws, { write, lookOf, rows });
}

/** Whether `ws` is a placeholder whose cells are written with the file. */
export function isLargeSheet(ws: ExcelJS.Worksheet): boolean {
  return large.has(ws);
}

/** The snapshot of a placeholder, from the rows it will be written with (as exceljs would read them). */
export function largeSheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot | null {
  const held = large.get(ws);
  if (!held) return null;
  const { write } = held;
  const numberFormats: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const cells: CellValue[][] = write.rows.map((row, r) => {
    const values: CellValue[] = [];
    row.forEach((cell, c) => {
      if (!cell) return;
      const v = cell.value;
      // What exceljs reads: a formula's cached result, no value for a non-finite number.
      const shown = isFormula(v) ? (v.result ?? null) : v;
      if (isFormula(v)) formulas[a1(r, c)] = v.formula;
      const value = typeof shown === 'number' && !Number.isFinite(shown) ? null : shown;
      if (value === null && !isFormula(v)) return;
      values[c] = value;
      const fmt = cell.style?.numberFormat;
      if (fmt && fmt !== 'General') numberFormats[a1(r, c)] = fmt;
    });
    // Trailing empty cells are not cells (exceljs reads a row to its last value).
    let end = values.length;
    while (end > 0 && (values[end - 1] === undefined || values[end - 1] === null)) end--;
    return Array.from({ length: end }, (_, i) => values[i] ?? null);
  });
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.length === 0) end--;
  return {
    name: ws.name,
    cells: cells.slice(0, end),
    merges: write.merges ?? [],
    numberFormats,
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
    hidden: write.visibility !== 'visible',
  };
}

/** Sheet name → its part in the zip (`xl/worksheets/sheet3.xml`), from workbook.xml and its rels. */
function sheetParts(files: Readonly<Record<string, Uint8Array>>): Map<string, string> {
  const text = (name: string): string => {
    const f = files[name];
    return f ? strFromU8(f) : '';
  };
  const book = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

/** The style index exceljs gave each registration cell of column A, by row. */
function registeredStyles(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of xml.matchAll(/<c\b[^>]*\br="A(\d+)"[^>]*>/g)) {
    const s = /\bs="(\d+)"/.exec(m[0])?.[1];
    out.set(Number(m[1]), s ? Number(s) : 0);
  }
  return out;
}

/** One placeholder's part with its real cells. */
function filledPart(placeholder: string, held: LargeSheet): Uint8Array {
  const styleAt = registeredStyles(placeholder);
  const styleOf = (cell: SheetCell): number | undefined => {
    const rows = held.rows.get(held.lookOf(cell));
    const row = isDateCell(cell) ? rows?.date : rows?.plain;
    return row === undefined ? undefined : styleAt.get(row);
  };
  const { dimension, body } = sheetCellsXml(held.write, styleOf);
  const open = placeholder.search(/<sheetData\s*\/>|<sheetData\b[^>]*>/);
  if (open < 0) throw new Error(`No <sheetData> in the placeholder of ${held.write.name}`);
  const empty = /^<sheetData\s*\/>/.exec(placeholder.slice(open));
  const close = empty
    ? open + empty[0].length
    : placeholder.indexOf('</sheetData>', open) + '</sheetData>'.length;
  const head = placeholder
    .slice(0, open)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  return concatBytes([strToU8(head), ...body, strToU8(placeholder.slice(close))]);
}

/** Whether the workbook holds a large sheet, so that its bytes need fillLargeSheets. */
export function hasLargeSheets(wb: ExcelJS.Workbook): boolean {
  return wb.worksheets.some((ws) => large.has(ws));
}

/**
 * The workbook's bytes with the cells of its large sheets filled in, from the bytes exceljs wrote
 * for it uncompressed (`zip: { compression: 'STORE' }`): every part is compressed once, here.
 */
export function fillLargeSheets(wb: ExcelJS.Workbook, stored: Uint8Array, gzip: Gzip): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(stored);
  const parts = sheetParts(files);
  for (const ws of wb.worksheets) {
    const held = large.get(ws);
    if (!held) continue;
    const part = parts.get(ws.name);
    const placeholder = part ? files[part] : undefined;
    if (!part || !placeholder)
      throw new Error(`The written workbook has no part for sheet ${ws.name}`);
    files[part] = filledPart(strFromU8(placeholder), held);
  }
  return zipParts(files, gzip);
}

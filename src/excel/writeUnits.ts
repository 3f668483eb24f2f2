/**
 * The write units of a patch: each owned sheet, form cell list and the record turned into queued
 * Office.js calls with their estimated request size, and grouped into chunks of about one sync's
 * worth. A unit is never split across syncs.
 */
import {
  type CellStyle,
  type CellValue,
  type CellWrite,
  type Formula,
  type SheetCell,
  type SheetWrite,
  a1,
  columnLetters,
} from '../engine';
import { columnWidthPoints, guardText, isoDateToSerial } from './cellValues';
import type { XlRangeFormat, XlRequestContext, XlWorksheet } from './hostTypes';

/** A queued piece of writing with its estimated request size; a unit is never split across syncs. */
export interface WriteUnit {
  readonly bytes: number;
  readonly queue: (context: XlRequestContext, sheets: SheetHandles) => void;
}

/** Worksheet proxies of the apply batch, created once per sheet name. */
export type SheetHandles = (name: string) => XlWorksheet;

export const OP_BYTES = 120; // Rough size of one queued call in the request, besides its data.
/** Estimated UTF-8 size of a call carrying `data`: CJK characters take 3 bytes. */
export function sizeOf(data: unknown): number {
  const json = JSON.stringify(data) ?? '';
  let wide = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) wide++;
  return json.length + 2 * wide + OP_BYTES;
}

function isFormula(v: CellValue | Formula): v is Formula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** What to put in `range.formulas` for a cell of an owned sheet; null leaves the (cleared) cell empty. */
function formulaInput(cell: SheetCell | null): string | number | boolean | null {
  if (!cell) return null;
  const v = cell.value;
  if (v === null) return null;
  if (isFormula(v)) return `=${v.formula}`;
  if (typeof v === 'string') return v === '' ? null : guardText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if ('error' in v) return v.error; // Excel reads `#N/A` back as the error value, which is meant.
  return isoDateToSerial(v.date);
}

/** Format of a cell: the style's number format, or a date format for dates. */
function numberFormatOf(cell: SheetCell | null): string | null {
  if (!cell) return null;
  if (cell.style?.numberFormat) return cell.style.numberFormat;
  const v = cell.value;
  return typeof v === 'object' && v !== null && 'date' in v ? 'yyyy-mm-dd' : null;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Number of property sets applyStyle queues for a style (each is one action in the request). */
function styleActions(s: CellStyle, multiColumn: boolean): number {
  let n = 0;
  for (const key of [
    'bold',
    'italic',
    'fontSize',
    'fontName',
    'color',
    'fill',
    'wrap',
    'align',
    'valign',
    'indent',
  ] as const)
    if (s[key] !== undefined) n++;
  if (s.border) n += 2 * (multiColumn ? 5 : 4);
  return n;
}

/** Styles a range; `api19` says ExcelApi 1.9 is there (indentLevel needs it; older hosts skip the indent). */
function applyStyle(
  target: { readonly format: XlRangeFormat },
  s: CellStyle,
  multiColumn: boolean,
  api19: boolean,
): void {
  const f = target.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontName) f.font.name = s.fontName;
  if (s.color) f.font.color = s.color;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.align) f.horizontalAlignment = H_ALIGN[s.align];
  if (s.valign) f.verticalAlignment = V_ALIGN[s.valign];
  if (s.indent && api19) f.indentLevel = s.indent;
  if (s.border) {
    const edges = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      ...(multiColumn ? (['InsideVertical'] as const) : []),
    ] as const;
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#000000';
    }
  }
}

/** Areas per getRanges call: keeps each address string short (Excel caps an address's length). */
const AREAS_PER_CALL = 60;

/**
 * Units that fill rows [from, to) of an owned sheet: number formats first (so `@` applies), then
 * values, then styles. An empty cell is sent as `emptyAs`: null leaves a (cleared) cell alone, ''
 * empties a cell that was not cleared first.
 */
function rowBandUnit(
  sw: SheetWrite,
  from: number,
  to: number,
  width: number,
  rangeAreas: boolean,
  emptyAs: '' | null = null,
): WriteUnit {
  const rows = sw.rows.slice(from, to);
  const inputs = rows.map((r) =>
    Array.from({ length: width }, (_, c) => formulaInput(r[c] ?? null) ?? emptyAs),
  );
  const formats = rows.map((r) =>
    Array.from({ length: width }, (_, c) => numberFormatOf(r[c] ?? null)),
  );
  const hasFormats = formats.some((r) => r.some((f) => f !== null));
  // Runs of equal style in a row become one range; with ExcelApi 1.9 every run of one style in the
  // band is styled through one RangeAreas, so a styled table costs a few calls per style, not per cell.
  const byStyle = new Map<
    string,
    { style: CellStyle; runs: { row: number; col: number; len: number }[] }
  >();
  rows.forEach((r, i) => {
    let c = 0;
    while (c < width) {
      const style = r[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      const key = JSON.stringify(style);
      let len = 1;
      while (c + len < width && r[c + len]?.style && JSON.stringify(r[c + len]!.style) === key)
        len++;
      const group = byStyle.get(key) ?? { style, runs: [] };
      group.runs.push({ row: from + i, col: c, len });
      byStyle.set(key, group);
      c += len;
    }
  });
  const address = (run: { row: number; col: number; len: number }): string =>
    run.len === 1
      ? a1(run.row, run.col)
      : `${a1(run.row, run.col)}:${a1(run.row, run.col + run.len - 1)}`;
  let styleBytes = 0;
  for (const { style, runs } of byStyle.values()) {
    const calls = rangeAreas ? Math.ceil(runs.length / AREAS_PER_CALL) : runs.length;
    styleBytes +=
      calls * (styleActions(style, true) + 1) * OP_BYTES +
      runs.reduce((n, r) => n + address(r).length + 2, 0);
  }
  const sentFormats = hasFormats ? formats.map((r) => r.map((f) => f ?? 'General')) : null;
  const bytes = sizeOf(inputs) + (sentFormats ? sizeOf(sentFormats) : 0) + styleBytes;
  return {
    bytes,
    queue: (_context, sheets) => {
      const ws = sheets(sw.name);
      const band = ws.getRangeByIndexes(from, 0, to - from, width);
      if (sentFormats) band.numberFormat = sentFormats;
      band.formulas = inputs;
      for (const { style, runs } of byStyle.values()) {
        if (rangeAreas) {
          for (let i = 0; i < runs.length; i += AREAS_PER_CALL) {
            const part = runs.slice(i, i + AREAS_PER_CALL);
            applyStyle(
              ws.getRanges(part.map(address).join(',')),
              style,
              part.some((r) => r.len > 1),
              true,
            );
          }
        } else {
          for (const run of runs)
            applyStyle(
              ws.getRangeByIndexes(run.row, run.col, 1, run.len),
              style,
              run.len > 1,
              false,
            );
        }
      }
    },
  };
}

/** Everything of an owned sheet besides its cells: widths, heights, merges, freeze panes, page, visibility. */
function sheetLayoutUnit(sw: SheetWrite, pageLayout: boolean): WriteUnit {
  return {
    bytes: sizeOf([sw.columnWidths, sw.rowHeights, sw.merges, sw.page, sw.freeze]),
    queue: (_context, sheets) => {
      const ws = sheets(sw.name);
      sw.columnWidths?.forEach((w, i) => {
        const col = columnLetters(i);
        ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(w);
      });
      for (const [row, height] of Object.entries(sw.rowHeights ?? {})) {
        const r = Number(row) + 1;
        ws.getRange(`${r}:${r}`).format.rowHeight = height;
      }
      for (const m of sw.merges ?? [])
        ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
      if (sw.freeze) {
        const { rows, cols } = sw.freeze;
        if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(`A1:${a1(rows - 1, cols - 1)}`);
        else if (rows > 0) ws.freezePanes.freezeRows(rows);
        else if (cols > 0) ws.freezePanes.freezeColumns(cols);
      }
      // Page layout needs ExcelApi 1.9; older hosts print with Excel's defaults.
      if (sw.page && pageLayout) {
        const p = sw.page;
        const layout = ws.pageLayout;
        layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (p.margins) {
          layout.leftMargin = p.margins.left * 72;
          layout.rightMargin = p.margins.right * 72;
          layout.topMargin = p.margins.top * 72;
          layout.bottomMargin = p.margins.bottom * 72;
        }
        if (p.printArea) layout.setPrintArea(p.printArea);
        if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from}:$${p.repeatRows.to}`);
        if (p.footer) {
          const footer = layout.headersFooters.defaultForAllPages;
          const parts = footerParts(p.footer);
          if (parts.left) footer.leftFooter = parts.left;
          if (parts.center) footer.centerFooter = parts.center;
          if (parts.right) footer.rightFooter = parts.right;
        }
      }
      ws.visibility =
        sw.visibility === 'veryHidden'
          ? 'VeryHidden'
          : sw.visibility === 'hidden'
            ? 'Hidden'
            : 'Visible';
    },
  };
}

/**
 * A footer in Excel's file codes (`&C第 &P 页`) as the three parts Office.js sets separately; the
 * page codes inside a part (&P, &N) are the same in both.
 */
export function footerParts(code: string): { left: string; center: string; right: string } {
  const parts = { left: '', center: '', right: '' };
  let at: keyof typeof parts = 'center';
  for (const piece of code.split(/(&[LCR])/)) {
    if (piece === '&L') at = 'left';
    else if (piece === '&C') at = 'center';
    else if (piece === '&R') at = 'right';
    else parts[at] += piece;
  }
  return parts;
}

/** Units of one owned sheet: row bands sized to fit a chunk, then its layout. */
export function ownedSheetUnits(
  sw: SheetWrite,
  chunkBytes: number,
  pageLayout: boolean,
): WriteUnit[] {
  // RangeAreas and page layout both arrived in ExcelApi 1.9.
  const rangeAreas = pageLayout;
  const width = Math.max(1, ...sw.rows.map((r) => r.length));
  const units: WriteUnit[] = [];
  let from = 0;
  while (from < sw.rows.length) {
    // Grow the band row by row estimate; a single row always fits in a band of its own.
    let to = from + 1;
    let bytes = sizeOf(sw.rows[from]);
    while (to < sw.rows.length) {
      const next = sizeOf(sw.rows[to]) - OP_BYTES;
      if (bytes + next > chunkBytes / 2) break;
      bytes += next;
      to++;
    }
    units.push(rowBandUnit(sw, from, to, width, rangeAreas));
    from = to;
  }
  units.push(sheetLayoutUnit(sw, pageLayout));
  return units;
}

/**
 * Units that write the record sheet over its old rows instead of clearing it first: open (or add)
 * the sheet, write every row, then clear whatever of the old record lies below or beside the new
 * one, then hide it. Until the rows are written the old record stays whole.
 */
export function recordUnits(
  sw: SheetWrite,
  exists: boolean,
  handles: Map<string, XlWorksheet>,
  context: XlRequestContext,
  api19: boolean,
): WriteUnit[] {
  const width = Math.max(1, ...sw.rows.map((r) => r.length));
  const open: WriteUnit = {
    bytes: sizeOf(sw.name),
    queue: () => {
      const sheets = context.workbook.worksheets;
      handles.set(sw.name, exists ? sheets.getItem(sw.name) : sheets.add(sw.name));
    },
  };
  const rest: WriteUnit = {
    bytes: 2 * OP_BYTES,
    queue: (_context, sheets) => {
      if (!exists) return;
      const ws = sheets(sw.name);
      ws.getRange(`${sw.rows.length + 1}:1048576`).clear('All');
      ws.getRange(`${columnLetters(width)}:XFD`).clear('All');
    },
  };
  return [
    open,
    rowBandUnit(sw, 0, sw.rows.length, width, api19, ''),
    rest,
    sheetLayoutUnit(sw, api19),
  ];
}

/**
 * Writes to form cells, with text guarded. On sheets in `keepFormats` (protected, formatting not
 * allowed) the rate cell keeps its own number format and only its value is written.
 */
export function formCellUnit(
  list: readonly CellWrite[],
  keepFormats: ReadonlySet<string>,
): WriteUnit {
  return {
    bytes: sizeOf(list),
    queue: (_context, sheets) => {
      for (const w of list) {
        const range = sheets(w.sheet).getRange(w.address);
        if (w.numberFormat && !keepFormats.has(w.sheet)) range.numberFormat = [[w.numberFormat]];
        range.values = [[typeof w.value === 'string' ? guardText(w.value) : (w.value ?? '')]];
      }
    },
  };
}

/** Groups units into chunks of at most `limit` bytes, in order; a unit larger than the limit is a chunk alone. */
export function chunk(units: readonly WriteUnit[], limit: number): WriteUnit[][] {
  const chunks: WriteUnit[][] = [];
  let current: WriteUnit[] = [];
  let size = 0;
  for (const u of units) {
    if (current.length > 0 && size + u.bytes > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(u);
    size += u.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Puts each owned sheet with `after` right after that sheet; positions come from the checked sheet list. */
export function placeSheets(
  writes: readonly SheetWrite[],
  existing: ReadonlyMap<string, XlWorksheet>,
  handles: ReadonlyMap<string, XlWorksheet>,
): void {
  const order = [...existing.values()].sort((a, b) => a.position - b.position).map((ws) => ws.name);
  for (const sw of writes) if (!order.includes(sw.name)) order.push(sw.name); // added at the end
  for (const sw of writes) {
    if (!sw.after || !order.includes(sw.after)) continue;
    order.splice(order.indexOf(sw.name), 1);
    order.splice(order.indexOf(sw.after) + 1, 0, sw.name);
    const ws = handles.get(sw.name);
    if (ws) ws.position = order.indexOf(sw.name);
  }
}

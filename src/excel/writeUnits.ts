/**
 * The write units of a patch: each owned sheet, form cell list and the record turned into queued
 * Office.js calls with their estimated request size, and grouped into chunks of about one sync's
 * worth. A unit is never split across syncs.
 */
import {
  type CellStyle,
  type CellWrite,
  type SheetCell,
  type SheetWrite,
  a1,
  columnLetters,
  isFormula,
  isoDateToSerial,
  rectAddress,
  sheetWidth,
  styleRects,
} from '../engine';
import { columnWidthPoints, guardText } from './cellValues';
import type { XlRangeFormat, XlRequestContext, XlWorksheet } from './hostTypes';

/** A queued piece of writing with its estimated request size; a unit is never split across syncs. */
export interface WriteUnit {
  readonly bytes: number;
  /** Calls it queues, estimated: Excel's time and the request grow with them, not only with bytes. */
  readonly calls: number;
  readonly queue: (context: XlRequestContext, sheets: SheetHandles) => void;
}

/** Worksheet proxies of the apply batch, created once per sheet name. */
export type SheetHandles = (name: string) => XlWorksheet;

export const OP_BYTES = 120; // Rough size of one queued call in the request, besides its data.
/** Estimated UTF-8 size of a call carrying `data`: CJK characters take 3 bytes. */
export function sizeOf(data: unknown): number {
  const json = (JSON.stringify(data) as string | undefined) ?? ''; // undefined for undefined data
  let wide = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) wide++;
  return json.length + 2 * wide + OP_BYTES;
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

/** Number of calls applyStyle queues for a style (a border edge is a getItem and two sets). */
function styleActions(s: CellStyle, multiColumn: boolean, multiRow: boolean): number {
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
  if (s.border) n += 3 * (4 + (multiColumn ? 1 : 0) + (multiRow ? 1 : 0));
  return n;
}

/** Styles a range; `api19` says ExcelApi 1.9 is there (indentLevel needs it; older hosts skip the indent). */
function applyStyle(
  target: { readonly format: XlRangeFormat },
  s: CellStyle,
  multiColumn: boolean,
  multiRow: boolean,
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
      ...(multiRow ? (['InsideHorizontal'] as const) : []),
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
 * empties a cell that was not cleared first. With ExcelApi 1.9 every rectangle of one style is
 * styled through one RangeAreas; before it (ExcelApi 1.7) each rectangle costs its own calls, which
 * `calls` counts so the chunks stay small in calls as well as in bytes.
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
  const styles = styleRects(rows, from, width);
  let styleBytes = 0;
  let calls = 2;
  for (const { style, rects } of styles) {
    const n = rangeAreas ? Math.ceil(rects.length / AREAS_PER_CALL) : rects.length;
    const perCall = styleActions(style, true, true) + 1;
    calls += n * perCall;
    styleBytes += n * perCall * OP_BYTES + rects.reduce((k, r) => k + rectAddress(r).length + 2, 0);
  }
  const sentFormats = hasFormats ? formats.map((r) => r.map((f) => f ?? 'General')) : null;
  const bytes = sizeOf(inputs) + (sentFormats ? sizeOf(sentFormats) : 0) + styleBytes;
  return {
    bytes,
    calls,
    queue: (_context, sheets) => {
      const ws = sheets(sw.name);
      const band = ws.getRangeByIndexes(from, 0, to - from, width);
      if (sentFormats) band.numberFormat = sentFormats;
      band.formulas = inputs;
      for (const { style, rects } of styles) {
        if (rangeAreas) {
          for (let i = 0; i < rects.length; i += AREAS_PER_CALL) {
            const part = rects.slice(i, i + AREAS_PER_CALL);
            applyStyle(
              ws.getRanges(part.map(rectAddress).join(',')),
              style,
              part.some((r) => r.cols > 1),
              part.some((r) => r.rows > 1),
              true,
            );
          }
        } else {
          for (const r of rects)
            applyStyle(
              ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols),
              style,
              r.cols > 1,
              r.rows > 1,
              false,
            );
        }
      }
    },
  };
}

/** Excel's name of each visibility of a patch sheet. */
const EXCEL_VISIBILITY = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
} as const;

/** Everything of an owned sheet besides its cells: widths, heights, merges, freeze panes, page, visibility. */
function sheetLayoutUnit(sw: SheetWrite, pageLayout: boolean, visibleNow: string): WriteUnit {
  return {
    bytes: sizeOf([sw.columnWidths, sw.rowHeights, sw.merges, sw.page, sw.freeze]),
    calls:
      2 * ((sw.columnWidths?.length ?? 0) + Object.keys(sw.rowHeights ?? {}).length) +
      2 * (sw.merges?.length ?? 0) +
      16,
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
      // Setting a sheet's visibility clears the user's undo stack in Excel on Windows and Mac
      // (Microsoft's list of APIs without undo support), so it is set only when it changes.
      const visibility = EXCEL_VISIBILITY[sw.visibility];
      if (visibleNow !== visibility) ws.visibility = visibility;
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
  chunk: ChunkLimits,
  pageLayout: boolean,
  visibleNow: string,
): WriteUnit[] {
  const chunkBytes = chunk.bytes;
  // RangeAreas and page layout both arrived in ExcelApi 1.9.
  const rangeAreas = pageLayout;
  const width = sheetWidth(sw.rows);
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
    // A band whose styles cost too many calls (ExcelApi 1.7 styles each rectangle on its own)
    // is halved until it fits half a chunk's calls.
    let unit = rowBandUnit(sw, from, to, width, rangeAreas);
    while (unit.calls > chunk.calls / 2 && to - from > 1) {
      to = from + Math.ceil((to - from) / 2);
      unit = rowBandUnit(sw, from, to, width, rangeAreas);
    }
    units.push(unit);
    from = to;
  }
  units.push(sheetLayoutUnit(sw, pageLayout, visibleNow));
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
  visibleNow: string,
): WriteUnit[] {
  const width = sheetWidth(sw.rows);
  const open: WriteUnit = {
    bytes: sizeOf(sw.name),
    calls: 1,
    queue: () => {
      const sheets = context.workbook.worksheets;
      handles.set(sw.name, exists ? sheets.getItem(sw.name) : sheets.add(sw.name));
    },
  };
  const rest: WriteUnit = {
    bytes: 2 * OP_BYTES,
    calls: 4,
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
    sheetLayoutUnit(sw, api19, visibleNow),
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
    calls: 3 * list.length,
    queue: (_context, sheets) => {
      for (const w of list) {
        const range = sheets(w.sheet).getRange(w.address);
        if (w.numberFormat && !keepFormats.has(w.sheet)) range.numberFormat = [[w.numberFormat]];
        range.values = [[typeof w.value === 'string' ? guardText(w.value) : (w.value ?? '')]];
      }
    },
  };
}

/** The most one sync carries: bytes of request and queued calls. */
export interface ChunkLimits {
  readonly bytes: number;
  readonly calls: number;
}

/** Groups units into chunks within the limits, in order; a unit larger than a limit is a chunk alone. */
export function chunk(units: readonly WriteUnit[], limits: ChunkLimits): WriteUnit[][] {
  const chunks: WriteUnit[][] = [];
  let current: WriteUnit[] = [];
  let size = 0;
  let calls = 0;
  for (const u of units) {
    if (current.length > 0 && (size + u.bytes > limits.bytes || calls + u.calls > limits.calls)) {
      chunks.push(current);
      current = [];
      size = 0;
      calls = 0;
    }
    current.push(u);
    size += u.bytes;
    calls += u.calls;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Where each owned sheet with `after` goes, given the sheet names in workbook order: the moves,
 * none when the sheets already stand in that order (as after an earlier run).
 */
export function sheetMoves(
  writes: readonly SheetWrite[],
  names: readonly string[],
): { name: string; position: number }[] {
  const order = [...names];
  for (const sw of writes) if (!order.includes(sw.name)) order.push(sw.name); // added at the end
  const start = order.join('\u0000');
  const moves: { name: string; position: number }[] = [];
  for (const sw of writes) {
    if (!sw.after || !order.includes(sw.after)) continue;
    order.splice(order.indexOf(sw.name), 1);
    order.splice(order.indexOf(sw.after) + 1, 0, sw.name);
    moves.push({ name: sw.name, position: order.indexOf(sw.name) });
  }
  return order.join('\u0000') === start ? [] : moves;
}

/**
 * Puts each owned sheet with `after` right after that sheet; positions come from the checked sheet
 * list. Like visibility, a position set clears the undo stack on desktop: set only when it moves.
 */
export function placeSheets(
  writes: readonly SheetWrite[],
  existing: ReadonlyMap<string, XlWorksheet>,
  handles: ReadonlyMap<string, XlWorksheet>,
): void {
  const names = [...existing.values()].sort((a, b) => a.position - b.position).map((ws) => ws.name);
  for (const { name, position } of sheetMoves(writes, names)) {
    const ws = handles.get(name);
    if (ws) ws.position = position;
  }
}

/**
 * True when writing `sheets` into a workbook whose sheets are `now` (in order, with Excel's
 * visibility) calls what Excel cannot put in an undo group: adding a sheet, or changing a sheet's
 * visibility or position. The first run in a workbook does; later runs over the same sheets do not.
 */
export function needsUngroupedWrite(
  sheets: readonly SheetWrite[],
  now: readonly { readonly name: string; readonly visibility: string }[],
): boolean {
  const byName = new Map(now.map((s) => [s.name, s.visibility]));
  if (sheets.some((sw) => byName.get(sw.name) !== EXCEL_VISIBILITY[sw.visibility])) return true;
  return sheetMoves(sheets, [...byName.keys()]).length > 0;
}

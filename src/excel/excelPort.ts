/**
 * The workbook port for Excel (Office.js): the same port as a .xlsx file in the browser, so the
 * engine and its patch are shared. Every call is one `Excel.run` with a fixed number of syncs:
 *
 * - read:  2 syncs (the sheet list; then every sheet's used range and merged areas at once);
 * - apply: 1 sync that checks protection and which sheets exist (plus 1 that asks which cells are
 *          locked, only when a form sheet is protected), then 1 sync per write chunk (one chunk
 *          unless the writes pass CHUNK_BYTES, about 1 MB);
 * - select: 1 sync.
 *
 * So a scoring run (read → score → apply) takes 4 syncs for any ordinary workbook (ten forms with
 * their workings and reports estimate at about 0.75 MB), and a huge patch takes about
 * 3 + ⌈payload / 1 MB⌉ (a unit that alone passes the limit is split by rows). The form cells and
 * the record are written last and together, the form cells first and the record over its old
 * rows, so a failure part way never leaves the record emptied.
 */
import {
  type CellStyle,
  type CellValue,
  type CellWrite,
  type Formula,
  type MergeRange,
  type Patch,
  type SheetCell,
  type SheetSnapshot,
  type SheetWrite,
  type WorkbookSnapshot,
  a1,
  columnLetters,
  decodeRecord,
  isOwnedSheetName,
  parseA1,
} from '../engine';
import { PortError, type WorkbookPort } from '../port/workbookPort';
import { columnWidthPoints, guardText, isoDateToSerial, plainFromExcel } from './cellValues';
import type {
  ExcelRun,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRequestContext,
  XlWorksheet,
} from './hostTypes';
import { createOrClearSheet } from './officeHelpers';

/**
 * Writes are split into syncs of about this many bytes of request payload (UTF-8, estimated).
 * Excel on the web refuses requests over 5 MB, and failures have been reported well below that;
 * the estimate counts data exactly but each call only roughly, so 1 MB leaves a wide margin while
 * ten forms with their workings and reports still go in one write sync.
 */
export const CHUNK_BYTES = 1_000_000;
/** Default time Excel has to answer one sync. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Options of the Excel port; tests pass a fake `excel` and `isSetSupported`. */
export interface ExcelPortOptions {
  /** Milliseconds one `context.sync()` may take before the call fails with reason `timeout`. */
  readonly timeoutMs?: number;
  /** `Excel.run`, injected so tests can pass a fake. */
  readonly excel?: ExcelRun;
  /** `Office.context.requirements.isSetSupported`, injected so tests can play older hosts. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes per write chunk (tests lower it); defaults to CHUNK_BYTES. */
  readonly chunkBytes?: number;
}

function defaultExcelRun(): ExcelRun {
  const excel = (globalThis as { Excel?: { run?: ExcelRun } }).Excel;
  if (!excel?.run) throw new PortError('unknown', '未检测到 Excel：请在 Excel 中打开本加载项。');
  return excel.run.bind(excel);
}

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported(n: string, v?: string): boolean } } };
    }
  ).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? false;
}

// ---------- errors ----------

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** Turns whatever Excel threw into a PortError the pane can show. */
export function toPortError(err: unknown): PortError {
  if (err instanceof PortError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as OfficeErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (code === 'InvalidOperationInCellEditMode') {
    return new PortError(
      'busy',
      'Excel 正在编辑单元格，无法读写工作簿。请先完成单元格编辑（按 Enter 或 Esc）再试。',
    );
  }
  if (code === 'AccessDenied') {
    return new PortError(
      'protected',
      `Excel 拒绝写入：工作表或工作簿受保护，或工作簿以只读方式打开（${message}）。请在“审阅”选项卡撤销保护，或点击“启用编辑”后重试。`,
    );
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new PortError(
      'unknown',
      `工作簿内容过多，超出 Excel 网页版单次传输的上限（${code}）。请在 Excel 桌面版中评分，或把各项目表拆分到几个工作簿。`,
    );
  }
  if (code === 'ItemNotFound') {
    return new PortError(
      'unknown',
      `找不到要读写的工作表或单元格（可能已被重命名或删除）：${message}。请重新读取工作簿后再试。`,
    );
  }
  return new PortError('unknown', `Excel 报告错误${code ? `（${code}）` : ''}：${message}`);
}

/** A context whose sync fails with a `timeout` PortError when Excel does not answer in time. */
function timedContext(
  context: XlRequestContext,
  timeoutMs: number,
  what: string,
  onTimeout: (e: PortError) => void,
): XlRequestContext {
  return {
    workbook: context.workbook,
    sync: () =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          const e = new PortError(
            'timeout',
            `Excel 在 ${Math.round(timeoutMs / 1000)} 秒内没有响应（${what}）。${what === '读取' ? '' : '评分结果仍在窗格中，'}请稍后重试；若 Excel 正在计算或保存，请等它完成。`,
          );
          onTimeout(e);
          reject(e);
        }, timeoutMs);
        context.sync().then(
          (v) => {
            clearTimeout(timer);
            resolve(v);
          },
          (err: unknown) => {
            clearTimeout(timer);
            // The host's own rejection passes through unchanged: its `code` is what callers classify.
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
            reject(err);
          },
        );
      }),
  };
}

// ---------- read ----------

const MERGE_LOAD =
  'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

function mergesOf(areas: XlRangeAreas | null): MergeRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((r) => ({
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  }));
}

/** One sheet as the engine's snapshot, from its loaded used range; rows end at their last value, as the exceljs adapter does. */
function sheetFromRange(
  name: string,
  hidden: boolean,
  used: XlRange,
  merges: MergeRange[],
): SheetSnapshot {
  const cells: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  if (!used.isNullObject) {
    const values = used.values;
    const types = used.valueTypes;
    const formats = used.numberFormat;
    for (let i = 0; i < values.length; i++) {
      const row = values[i] ?? [];
      const r = used.rowIndex + i;
      const out: CellValue[] = [];
      for (let j = 0; j < row.length; j++) {
        const c = used.columnIndex + j;
        const fmt = formats[i]?.[j];
        const format = typeof fmt === 'string' ? fmt : undefined;
        const v = plainFromExcel(row[j], types[i]?.[j], format);
        if (v === null) continue;
        out[c] = v;
        if (format && format !== 'General') numberFormats[a1(r, c)] = format;
      }
      for (let k = 0; k < out.length; k++) if (out[k] === undefined) out[k] = null;
      if (out.length > 0) cells[r] = out;
    }
  }
  for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = [];
  return { name, cells, merges, numberFormats, hidden };
}

// ---------- apply: building the write units ----------

/** A queued piece of writing with its estimated request size; a unit is never split across syncs. */
interface WriteUnit {
  readonly bytes: number;
  readonly queue: (context: XlRequestContext, sheets: SheetHandles) => void;
}

/** Worksheet proxies of the apply batch, created once per sheet name. */
type SheetHandles = (name: string) => XlWorksheet;

const OP_BYTES = 120; // Rough size of one queued call in the request, besides its data.
/** Estimated UTF-8 size of a call carrying `data`: CJK characters take 3 bytes. */
function sizeOf(data: unknown): number {
  const json = (JSON.stringify(data) as string | undefined) ?? ''; // undefined for undefined data
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
function ownedSheetUnits(sw: SheetWrite, chunkBytes: number, pageLayout: boolean): WriteUnit[] {
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
function recordUnits(
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

/** The form cells to write, each moved to its merge anchor (as exceljs does). */
function formTargets(
  cells: readonly CellWrite[],
  mergesBySheet: ReadonlyMap<string, readonly MergeRange[]>,
): CellWrite[] {
  const targets = new Map<string, CellWrite>();
  for (const w of cells) {
    const { row, col } = parseA1(w.address);
    const m = mergesBySheet
      .get(w.sheet)
      ?.find((mr) => row >= mr.top && row <= mr.bottom && col >= mr.left && col <= mr.right);
    const address = m ? a1(m.top, m.left) : a1(row, col);
    const key = `${w.sheet}!${address}`;
    // A write at the anchor itself wins over one redirected from a covered cell.
    if (!targets.has(key) || !m || (m.top === row && m.left === col))
      targets.set(key, { ...w, address });
  }
  return [...targets.values()];
}

/**
 * Writes to form cells, with text guarded. On sheets in `keepFormats` (protected, formatting not
 * allowed) the rate cell keeps its own number format and only its value is written.
 */
function formCellUnit(list: readonly CellWrite[], keepFormats: ReadonlySet<string>): WriteUnit {
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
function chunk(units: readonly WriteUnit[], limit: number): WriteUnit[][] {
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

// ---------- the port ----------

/** The WorkbookPort for the workbook open in Excel. */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  /** Merged areas of each sheet at the last read, so a form cell is written at its anchor. */
  let lastMerges = new Map<string, readonly MergeRange[]>();
  /** Sheets hidden at the last read: Excel cannot activate them to show a finding. */
  let lastHidden = new Set<string>();

  /** One Excel.run; fails at once on a sync timeout instead of waiting for Excel.run to settle. */
  async function run<T>(
    what: string,
    batch: (context: XlRequestContext) => Promise<T>,
  ): Promise<T> {
    const excel = options.excel ?? defaultExcelRun();
    let timedOut: (e: PortError) => void = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      timedOut = reject;
    });
    const running = excel((context) => batch(timedContext(context, timeoutMs, what, timedOut)));
    // After a timeout the run may still settle (or never); its outcome was already reported as the timeout.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, timeout]);
    } catch (err) {
      throw toPortError(err);
    }
  }

  return {
    kind: 'excel',
    label: '当前工作簿',

    read: () =>
      run('读取', async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await context.sync();
        // Before ExcelApi 1.13 Excel cannot list merged areas; a merge's other cells then read as
        // empty, which the engine already handles for forms whose level columns are not merged.
        const queueSheets = (withMerges: boolean) =>
          sheets.items.map((ws) => {
            const used = ws.getUsedRangeOrNullObject(true);
            used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
            let merged: XlRangeAreas | null = null;
            // selfeval's own sheets need no merges (only their values are read), and a long report
            // has one per paragraph: Excel refuses to list more than 512, failing the whole read.
            if (withMerges && !isOwnedSheetName(ws.name)) {
              merged = ws.getRange().getMergedAreasOrNullObject();
              merged.load(MERGE_LOAD);
            }
            return { ws, used, merged };
          });
        const withMerges = isSetSupported('ExcelApi', '1.13');
        let parts = queueSheets(withMerges);
        try {
          await context.sync();
        } catch (err) {
          // A form with more than 512 merged areas makes Excel refuse the list, and with it the
          // whole batch: read once more without merges (one more sync, only in that case).
          if (!withMerges || err instanceof PortError) throw err;
          parts = queueSheets(false);
          await context.sync();
        }
        const snapshots = parts.map(({ ws, used, merged }) =>
          sheetFromRange(ws.name, ws.visibility !== 'Visible', used, mergesOf(merged)),
        );
        lastMerges = new Map(snapshots.map((s) => [s.name, s.merges]));
        lastHidden = new Set(snapshots.filter((s) => s.hidden).map((s) => s.name));
        const snapshot: WorkbookSnapshot = { sheets: snapshots, record: decodeRecord(snapshots) };
        return snapshot;
      }),

    apply: (patch: Patch) =>
      run('写入', async (context) => {
        const wb = context.workbook;
        wb.worksheets.load(
          'items/name,items/position,items/protection/protected,items/protection/options',
        );
        wb.protection.load('protected');
        await context.sync();

        // Check everything before queuing any write, so a refusal changes nothing.
        const existing = new Map(wb.worksheets.items.map((ws) => [ws.name, ws]));
        const targets = formTargets(patch.cells, lastMerges);
        const protectedForms: string[] = [];
        for (const name of new Set(targets.map((c) => c.sheet))) {
          const ws = existing.get(name);
          if (!ws)
            throw new PortError(
              'unknown',
              `工作表“${name}”已不在工作簿中（可能被重命名或删除），请重新评分。`,
              name,
            );
          if (ws.protection.protected) protectedForms.push(name);
        }
        for (const sw of patch.sheets)
          if (existing.get(sw.name)?.protection.protected) throw protectedSheet(sw.name);
        // A protected form can still be scored when every cell to write is unlocked, as in templates
        // that protect everything but the cells people fill in: one more sync asks Excel which.
        const keepFormats = new Set<string>();
        if (protectedForms.length > 0) {
          const probes = targets
            .filter((w) => protectedForms.includes(w.sheet))
            .map((w) => {
              const range = wb.worksheets.getItem(w.sheet).getRange(w.address);
              range.load('format/protection/locked');
              return { w, range };
            });
          await context.sync();
          // Office returns null (not in its types) for a range of mixed locked cells: that is locked.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
          const locked = probes.find((p) => p.range.format.protection.locked !== false);
          if (locked) throw protectedSheet(locked.w.sheet, locked.w.address);
          for (const name of protectedForms)
            if (!existing.get(name)!.protection.options.allowFormatCells) keepFormats.add(name);
        }
        // Owned sheets are added, moved and hidden: all refused under a protected structure, so
        // refuse before anything is cleared.
        const firstOwned = patch.sheets[0];
        if (firstOwned && wb.protection.protected) {
          throw new PortError(
            'protected',
            `工作簿结构受保护，无法新建或调整工作表“${firstOwned.name}”，工作簿未作任何修改。请在“审阅”选项卡点击“保护工作簿”撤销保护后重试。`,
            firstOwned.name,
          );
        }

        // Owned sheets are created or cleared once, then filled; the record comes last with the form cells.
        const handles = new Map<string, XlWorksheet>();
        const sheets: SheetHandles = (name) => {
          const ws = handles.get(name);
          if (ws) return ws;
          const got = wb.worksheets.getItem(name);
          handles.set(name, got);
          return got;
        };
        const pageLayout = isSetSupported('ExcelApi', '1.9');
        const recordSheets = patch.sheets.filter((s) => s.visibility === 'veryHidden');
        const ownedSheets = patch.sheets.filter((s) => s.visibility !== 'veryHidden');
        const prepareUnit = (writes: readonly SheetWrite[]): WriteUnit => ({
          bytes: sizeOf(writes.map((s) => s.name)),
          queue: () => {
            for (const sw of writes)
              handles.set(
                sw.name,
                createOrClearSheet(
                  context,
                  sw.name,
                  existing.has(sw.name),
                  sw.visibility === 'visible',
                ),
              );
            placeSheets(writes, existing, handles);
          },
        });
        // The last sync writes the form cells, then the record over its old rows (never cleared
        // first), then clears what is left of the old record below and beside it. Excel runs a
        // batch in order and stops at the first failure, so a failure part way leaves the old
        // record whole or the new one written, never an emptied record.
        const lastUnits = [
          formCellUnit(targets, keepFormats),
          ...recordSheets.flatMap((s) =>
            recordUnits(s, existing.has(s.name), handles, context, pageLayout),
          ),
        ];
        const last: WriteUnit = {
          bytes: lastUnits.reduce((n, u) => n + u.bytes, 0),
          queue: (ctx, h) => lastUnits.forEach((u) => u.queue(ctx, h)),
        };
        const units = [
          prepareUnit(ownedSheets),
          ...ownedSheets.flatMap((s) => ownedSheetUnits(s, chunkBytes, pageLayout)),
          last,
        ];
        for (const group of chunk(units, chunkBytes)) {
          for (const u of group) u.queue(context, sheets);
          await context.sync();
        }
      }),

    select: async (sheet: string, cell: string | null) => {
      if (lastHidden.has(sheet)) {
        throw new PortError(
          'unknown',
          `工作表“${sheet}”已隐藏，无法定位到${cell ? `单元格 ${cell}` : '该表'}。请右键单击任一工作表标签，选择“取消隐藏”后再试。`,
          sheet,
        );
      }
      return run('定位', async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cell) ws.getRange(cell).select();
        await context.sync();
      });
    },
  };
}

/** A protected sheet refused; `cell` names the locked cell when the sheet allows writing elsewhere. */
function protectedSheet(name: string, cell?: string): PortError {
  const what = cell ? `受保护，且要写入得分的单元格 ${cell} 已锁定` : '受保护';
  return new PortError(
    'protected',
    `工作表“${name}”${what}，无法写入得分，工作簿未作任何修改。请在“审阅”选项卡点击“撤销工作表保护”（审阅 → 撤销工作表保护）后重试。`,
    name,
  );
}

/** Puts each owned sheet with `after` right after that sheet; positions come from the checked sheet list. */
function placeSheets(
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

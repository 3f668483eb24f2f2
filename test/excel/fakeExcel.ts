/**
 * A small fake of exactly the Excel objects src/excel uses, typed by the same narrow interfaces
 * that src/excel/hostTypes.ts proves real Excel satisfies. It keeps Excel's proxy model honestly:
 * calls are queued and run in order at `context.sync()`; a property read before it was loaded and
 * synced throws as Excel does; a failing call rejects the sync and drops the calls queued after it.
 * Every sync is counted with the size of what it carried. It is filled from real .xlsx files
 * through the exceljs adapter's snapshot.
 *
 * Limits: formulas are stored, not calculated (a formula cell reads as 0); formats are recorded
 * per cell as flat keys (`font.bold`) for assertions, never read back by the adapter.
 */
import {
  type MergeRange,
  type WorkbookSnapshot,
  a1,
  columnLetters,
  isCellDate,
  isCellError,
  parseA1,
} from '../../src/engine';
import { isoDateToSerial } from '../../src/engine';
import type {
  ExcelRun,
  LoadSpec,
  XlFreezePanes,
  XlHeaderFooterGroup,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlRequestContext,
  XlRunOptions,
  XlWorkbook,
  XlWorkbookProtection,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../../src/excel/hostTypes';

/** A stored cell value; errors are kept apart from text as Excel does. */
export type FakeValue = null | number | string | boolean | { readonly error: string };

/** One cell of the fake workbook. */
export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  /** Format writes, as flat keys (`font.bold`, `borders.EdgeTop.style`). */
  format: Record<string, unknown>;
  /** Excel locks every cell unless told otherwise; only a protected sheet enforces it. */
  locked?: boolean;
}

/** Error shaped like OfficeExtension.Error: a `code` and a message. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

/** One worksheet's state. */
export class FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** A cell (`G21`) whose next write fails, as a write into a locked or spilled cell would. */
  failWriteAt: string | null = null;
  protected = false;
  /** What a protected sheet still allows (Excel's default: no formatting). */
  allowFormatCells = false;
  readonly cells = new Map<string, FakeCell>();
  merges: MergeRange[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  page: Record<string, unknown> = {};

  constructor(name: string) {
    this.name = name;
  }

  /** Inserts an empty row before 0-based `row`, as a person (or a co-author) does: cells and merges below move down. */
  insertRow(row: number): void {
    const moved = [...this.cells.entries()].map(([key, c]) => {
      const [r = 0, col = 0] = key.split(',').map(Number);
      return [r >= row ? r + 1 : r, col, c] as const;
    });
    this.cells.clear();
    for (const [r, col, c] of moved) this.cells.set(`${r},${col}`, c);
    this.merges = this.merges.map((m) =>
      m.top >= row
        ? { ...m, top: m.top + 1, bottom: m.bottom + 1 }
        : m.bottom >= row
          ? { ...m, bottom: m.bottom + 1 }
          : m,
    );
  }

  /** The cell at 0-based row and column, created on demand when `create`. */
  cell(row: number, col: number, create = false): FakeCell | undefined {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c && create) {
      c = { value: null, numberFormat: 'General', format: {} };
      this.cells.set(key, c);
    }
    return c;
  }
}

/** A rectangle, 0-based and inclusive. */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

function parseArea(address: string | undefined): Area {
  if (!address) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const [from = '', to = from] = address.replace(/\$/g, '').split(':');
  if (/^[A-Z]+$/i.test(from)) {
    return { top: 0, left: parseA1(`${from}1`).col, bottom: MAX_ROW, right: parseA1(`${to}1`).col };
  }
  if (/^\d+$/.test(from))
    return { top: Number(from) - 1, left: 0, bottom: Number(to) - 1, right: MAX_COL };
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const ERROR_TEXT = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

/** What Excel stores when a value is typed (or set through `values`/`formulas`) into a cell. */
function parseInput(
  input: unknown,
  cellFormat: string,
): { value: FakeValue; formula?: string } | 'unchanged' {
  if (input === null || input === undefined) return 'unchanged';
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const s = String(input);
  if (s === '') return { value: null };
  if (cellFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (/^[+-]?\d+(\.\d+)?%?$/.test(s.trim())) {
    const t = s.trim();
    return { value: t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t) };
  }
  if (/^[=+\-@]/.test(s)) return { value: 0, formula: s.startsWith('=') ? s : `=${s}` };
  if (ERROR_TEXT.test(s)) return { value: { error: s } };
  if (/^(true|false)$/i.test(s)) return { value: /^true$/i.test(s) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { value: isoDateToSerial(s) };
  return { value: s };
}

function notLoaded(prop: string): Error {
  return new Error(
    `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function paths(spec: LoadSpec): string[] {
  return (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
}

/** One queued call. */
interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

/** A log line per sync: how many calls and roughly how many bytes it carried. */
export interface SyncEntry {
  readonly ops: number;
  readonly bytes: number;
  /** Size of the answer: the JSON of the grids loaded. */
  response: number;
}

/** The fake application: its workbook, its switches (cell-edit mode, hanging syncs) and the sync log. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  structureProtected = false;
  cellEditMode = false;
  hangSyncs = false;
  readonly syncLog: SyncEntry[] = [];
  selection: { sheet: string; address: string | null } | null = null;
  /**
   * Calls run that Microsoft lists without undo support on Windows and Mac (worksheet visibility
   * and position): each clears the user's undo stack there. In a run with `mergeUndoGroup` they
   * fail with UndoNotSupported instead, as the undo documentation says.
   */
  undoClears = 0;
  /**
   * Excel on the web refuses an answer larger than this (5 MB): the sync fails with
   * ResponsePayloadSizeLimitExceeded. Counted as the JSON of the grids loaded.
   */
  responseLimit = 5_000_000;
  /** Excel answers `values: null` for a grid of more cells than this (reads of millions of cells). */
  nullGridCells = 5_000_000;
  /** Syncs (numbered from 1, across runs) that fail with the given code before running anything, as a passing fault does. */
  readonly failSyncs = new Map<number, string>();
  /**
   * The highest ExcelApi 1.x the host has (99: all). Below 1.9 `getRanges` and page layout
   * throw, below 1.13 merged-area lists do, as a missing API does in Excel.
   */
  apiLevel = 99;
  /** The options of every Excel.run, in order. */
  readonly runOptions: { readonly mergeUndoGroup?: boolean }[] = [];

  /** Number of `context.sync()` calls so far, across runs. */
  get syncs(): number {
    return this.syncLog.length;
  }

  /** `Excel.run` of this fake. */
  readonly run = (async <T>(
    first: XlRunOptions | ((context: XlRequestContext) => Promise<T>),
    second?: (context: XlRequestContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof first === 'function' ? {} : first;
    const batch = typeof first === 'function' ? first : second!;
    this.runOptions.push({ ...options });
    const context = new FakeContext(this, options.mergeUndoGroup === true);
    const result = await batch(context);
    // Real Excel.run would send these; the adapter must never rely on that, so the fake refuses.
    if (context.pending.length > 0)
      throw new Error(
        `fake: the batch ended with ${context.pending.length} queued calls never synced`,
      );
    return result;
  }) as ExcelRun;

  /** The sheet by name. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The cell at an A1 address. */
  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseA1(address);
    return this.sheet(sheet)?.cell(row, col);
  }

  /** A copy of every cell's value, to prove a failed call changed nothing. */
  dump(): string {
    return JSON.stringify(
      this.sheets.map((s) => [
        s.name,
        s.visibility,
        [...s.cells.entries()].filter(([, c]) => c.value !== null || c.formula),
      ]),
    );
  }

  /** A fake workbook holding what a snapshot holds: values, dates as serials with their format, errors, merges, hidden sheets. */
  static fromSnapshot(snapshot: WorkbookSnapshot): FakeExcel {
    const excel = new FakeExcel();
    for (const s of snapshot.sheets) {
      const sheet = new FakeSheet(s.name);
      sheet.visibility = s.hidden ? 'VeryHidden' : 'Visible';
      sheet.merges = s.merges.map((m) => ({ ...m }));
      s.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          const format = s.numberFormats?.[a1(r, c)];
          if (v === null && !format) return;
          const cell = sheet.cell(r, c, true)!;
          if (format) cell.numberFormat = format;
          if (isCellDate(v)) {
            cell.value = isoDateToSerial(v.date);
            if (!format) cell.numberFormat = 'yyyy-mm-dd';
          } else if (isCellError(v)) cell.value = { error: v.error };
          else cell.value = v;
          // A formula cell keeps its cached value (above) and its formula text, as Excel does.
          const formula = s.formulas?.[a1(r, c)];
          if (formula !== undefined) cell.formula = `=${formula}`;
        }),
      );
      excel.sheets.push(sheet);
    }
    return excel;
  }
}

class FakeContext implements XlRequestContext {
  readonly pending: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly excel: FakeExcel;
  /** The run merges its syncs into one undo group (ExcelApi 1.20). */
  readonly grouped: boolean;
  /** The log entry of the sync being answered, to count the answer's size. */
  answer: SyncEntry | null = null;

  constructor(excel: FakeExcel, grouped = false) {
    this.excel = excel;
    this.grouped = grouped;
    this.workbook = new FakeWorkbook(this);
  }

  /** Throws as Excel does when the host lacks the ExcelApi version a call needs. */
  needs(level: number, what: string): void {
    if (this.excel.apiLevel < level)
      throw new FakeOfficeError('ApiNotFound', `fake: ${what} needs ExcelApi 1.${level}`);
  }

  /** A call without undo support: refused inside an undo group, else it clears the undo stack. */
  withoutUndo(what: string): void {
    if (this.grouped)
      throw new FakeOfficeError(
        'UndoNotSupported',
        `fake: ${what} cannot be part of an undo group`,
      );
    this.excel.undoClears++;
  }

  queue(bytes: number, run: () => void): void {
    this.pending.push({ bytes: bytes + 100, run });
  }

  sync(): Promise<unknown> {
    const ops = this.pending.splice(0);
    const entry: SyncEntry = {
      ops: ops.length,
      bytes: ops.reduce((n, o) => n + o.bytes, 0),
      response: 0,
    };
    this.excel.syncLog.push(entry);
    this.answer = entry;
    const fault = this.excel.failSyncs.get(this.excel.syncLog.length);
    if (fault) return Promise.reject(new FakeOfficeError(fault, `fake: sync failed with ${fault}`));
    if (this.excel.hangSyncs) return new Promise(() => undefined);
    if (this.excel.cellEditMode) {
      return Promise.reject(
        new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        ),
      );
    }
    try {
      for (const op of ops) op.run();
    } catch (err) {
      return Promise.reject(err);
    }
    if (entry.response > this.excel.responseLimit)
      return Promise.reject(
        new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `fake: the answer of ${entry.response} bytes passes the limit`,
        ),
      );
    return Promise.resolve(undefined);
  }
}

/** Base of every proxy: values exist only once loaded and synced. */
abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  protected readonly ctx: FakeContext;

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  load(spec: LoadSpec): this {
    const list = paths(spec);
    this.ctx.queue(0, () => this.fill(list));
    return this;
  }

  /** Captures the loaded properties when the queued load runs. */
  abstract fill(paths: readonly string[]): void;
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
}

class FakeWorkbookProtection extends FakeObject implements XlWorkbookProtection {
  get protected(): boolean {
    return this.read('protected');
  }
  fill(): void {
    this.loaded.set('protected', this.ctx.excel.structureProtected);
  }
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorksheetCollection extends FakeObject implements XlWorksheetCollection {
  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  fill(list: readonly string[]): void {
    const props = list.map((p) => p.replace(/^items\//, ''));
    const items = this.ctx.excel.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s);
      ws.fill(props);
      return ws;
    });
    this.loaded.set('items', items);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.sheet(key);
      if (!s)
        throw new FakeOfficeError(
          'ItemNotFound',
          `The requested resource doesn't exist (worksheet ${key}).`,
        );
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(key) ?? null);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.queue(name?.length ?? 0, () => {
      // Reported to clear the undo stack on Windows (OfficeDev/office-js#6170, "by design").
      this.ctx.withoutUndo('WorksheetCollection.add');
      const excel = this.ctx.excel;
      if (excel.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const sheetName = name ?? `Sheet${excel.sheets.length + 1}`;
      if (excel.sheet(sheetName))
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          `A sheet named ${sheetName} already exists.`,
        );
      created = new FakeSheet(sheetName);
      excel.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created)
        throw new Error('fake: a sheet added in this batch was used before its add ran');
      return created;
    });
  }
}

class FakeWorksheetProtection extends FakeObject implements XlWorksheetProtection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): { readonly allowFormatCells: boolean } {
    return this.read('options');
  }
  fill(): void {
    this.loaded.set('protected', this.sheet()?.protected ?? false);
    this.loaded.set('options', { allowFormatCells: this.sheet()?.allowFormatCells ?? false });
  }
}

class FakeWorksheet extends FakeObject implements XlWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  private readonly layout: XlPageLayout;

  /** Resolves this proxy to the sheet when a queued call runs (null for a null object). */
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, resolve);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.layout = new FakePageLayout(ctx, this);
  }

  get pageLayout(): XlPageLayout {
    this.ctx.needs(9, 'Worksheet.pageLayout');
    return this.layout;
  }

  /** The sheet, for writes: missing or protected sheets fail the sync. */
  target(write: boolean): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested worksheet does not exist.');
    if (write) writable(s);
    return s;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden' | Excel.SheetVisibility) {
    this.ctx.queue(12, () => {
      this.ctx.withoutUndo('Worksheet.visibility');
      this.target(false).visibility = v;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(p: number) {
    this.ctx.queue(8, () => {
      this.ctx.withoutUndo('Worksheet.position');
      const sheets = this.ctx.excel.sheets;
      const s = this.target(false);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(p, 0, s);
    });
  }

  fill(list: readonly string[]): void {
    const s = this.resolve();
    this.loaded.set('isNullObject', s === null);
    if (!s) return;
    for (const p of list) {
      if (p === 'name') this.loaded.set('name', s.name);
      else if (p === 'visibility') this.loaded.set('visibility', s.visibility);
      else if (p === 'position') this.loaded.set('position', this.ctx.excel.sheets.indexOf(s));
      else if (p === 'protection/protected' || p === 'protection/options') this.protection.fill();
      else throw new Error(`fake: loading worksheet property ${p} is not modelled`);
    }
  }

  activate(): void {
    this.ctx.queue(0, () => {
      const s = this.target(false);
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.excel.selection = { sheet: s.name, address: null };
    });
  }

  getRange(address?: string): FakeRange {
    const area = parseArea(address);
    return new FakeRange(this.ctx, this, () => area);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    const area = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    return new FakeRange(this.ctx, this, () => area);
  }

  getRanges(address?: string): FakeRangeAreas {
    this.ctx.needs(9, 'Worksheet.getRanges');
    // One call in the request however many areas it names (the extra areas' calls are counted at -100 bytes).
    const parts = (address ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((a) => this.getRange(a));
    return new FakeRangeAreas(this.ctx, this, parts);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      const s = this.target(false);
      let area: Area | null = null;
      for (const [key, c] of s.cells) {
        if (valuesOnly && c.value === null && !c.formula) continue;
        const [r = 0, col = 0] = key.split(',').map(Number);
        area = area
          ? {
              top: Math.min(area.top, r),
              left: Math.min(area.left, col),
              bottom: Math.max(area.bottom, r),
              right: Math.max(area.right, col),
            }
          : { top: r, left: col, bottom: r, right: col };
      }
      return area;
    });
  }
}

class FakeFreezePanes implements XlFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  freezeRows(count = 1): void {
    this.ctx.queue(4, () => {
      this.ws.target(true).freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.ctx.queue(4, () => {
      this.ws.target(true).freeze = { rows: 0, cols: count };
    });
  }
  freezeAt(frozenRange: string): void {
    this.ctx.queue(frozenRange.length, () => {
      const a = parseArea(frozenRange);
      this.ws.target(true).freeze = { rows: a.bottom + 1, cols: a.right + 1 };
    });
  }
  unfreeze(): void {
    this.ctx.queue(0, () => {
      const sheet = this.ws.target(true);
      // Some Excel builds refuse this on a hidden sheet (OfficeDev/office-js#1463); the fake always does.
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'fake: unfreeze on a hidden sheet');
      sheet.freeze = null;
    });
  }
}

/** Page layout: every set is recorded under its name in `sheet.page`. */
class FakePageLayout implements XlPageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  private set(key: string, value: unknown): void {
    this.ctx.queue(JSON.stringify(value).length, () => {
      this.ws.target(true).page[key] = value;
    });
  }
  get orientation(): string {
    throw notLoaded('orientation');
  }
  set orientation(v: string) {
    this.set('orientation', v);
  }
  get paperSize(): string {
    throw notLoaded('paperSize');
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  get zoom(): XlPageLayout['zoom'] {
    throw notLoaded('zoom');
  }
  set zoom(v: XlPageLayout['zoom']) {
    this.set('zoom', v);
  }
  get leftMargin(): number {
    throw notLoaded('leftMargin');
  }
  set leftMargin(v: number) {
    this.set('leftMargin', v);
  }
  get rightMargin(): number {
    throw notLoaded('rightMargin');
  }
  set rightMargin(v: number) {
    this.set('rightMargin', v);
  }
  get topMargin(): number {
    throw notLoaded('topMargin');
  }
  set topMargin(v: number) {
    this.set('topMargin', v);
  }
  get bottomMargin(): number {
    throw notLoaded('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.set('bottomMargin', v);
  }
  setPrintArea(printArea: string): void {
    this.set('printArea', printArea);
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.set('printTitleRows', printTitleRows);
  }
  get headersFooters(): XlHeaderFooterGroup {
    const put = (key: string, value: string): void => this.set(key, value);
    return {
      defaultForAllPages: {
        get leftFooter(): string {
          throw notLoaded('leftFooter');
        },
        set leftFooter(v: string) {
          put('leftFooter', v);
        },
        get centerFooter(): string {
          throw notLoaded('centerFooter');
        },
        set centerFooter(v: string) {
          put('centerFooter', v);
        },
        get rightFooter(): string {
          throw notLoaded('rightFooter');
        },
        set rightFooter(v: string) {
          put('rightFooter', v);
        },
      },
    };
  }
}

/** Writes one flat format key into every cell of a range, when the queued call runs. */
type FormatWriter = (key: string, value: unknown) => void;

class FakeFont implements XlRangeFont {
  constructor(private readonly put: FormatWriter) {}
  get bold(): boolean {
    throw notLoaded('bold');
  }
  set bold(v: boolean) {
    this.put('font.bold', v);
  }
  get italic(): boolean {
    throw notLoaded('italic');
  }
  set italic(v: boolean) {
    this.put('font.italic', v);
  }
  get size(): number {
    throw notLoaded('size');
  }
  set size(v: number) {
    this.put('font.size', v);
  }
  get name(): string {
    throw notLoaded('name');
  }
  set name(v: string) {
    this.put('font.name', v);
  }
  get color(): string {
    throw notLoaded('color');
  }
  set color(v: string) {
    this.put('font.color', v);
  }
}

class FakeFill implements XlRangeFill {
  constructor(private readonly put: FormatWriter) {}
  get color(): string {
    throw notLoaded('color');
  }
  set color(v: string) {
    this.put('fill.color', v);
  }
}

class FakeBorder implements XlRangeBorder {
  constructor(
    private readonly put: FormatWriter,
    private readonly edge: string,
  ) {}
  get style(): string {
    throw notLoaded('style');
  }
  set style(v: string) {
    this.put(`borders.${this.edge}.style`, v);
  }
  get color(): string {
    throw notLoaded('color');
  }
  set color(v: string) {
    this.put(`borders.${this.edge}.color`, v);
  }
}

class FakeFormat implements XlRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: XlRangeBorderCollection;

  constructor(
    private readonly put: FormatWriter,
    private readonly onSheet: (
      bytes: number,
      write: (sheet: FakeSheet, area: Area) => void,
    ) => void,
    /** The loaded `format/protection/locked` of the range, once synced. */
    private readonly lockedState: () => boolean = () => {
      throw notLoaded('locked');
    },
  ) {
    this.font = new FakeFont(put);
    this.fill = new FakeFill(put);
    this.borders = { getItem: (edge) => new FakeBorder(put, edge) };
  }
  get protection(): { readonly locked: boolean } {
    const locked = this.lockedState;
    return {
      get locked() {
        return locked();
      },
    };
  }
  get wrapText(): boolean {
    throw notLoaded('wrapText');
  }
  set wrapText(v: boolean) {
    this.put('wrapText', v);
  }
  get horizontalAlignment(): string {
    throw notLoaded('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.put('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    throw notLoaded('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.put('verticalAlignment', v);
  }
  get indentLevel(): number {
    throw notLoaded('indentLevel');
  }
  set indentLevel(v: number) {
    this.put('indentLevel', v);
  }
  get columnWidth(): number {
    throw notLoaded('columnWidth');
  }
  set columnWidth(v: number) {
    this.onSheet(8, (s, a) => {
      for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    throw notLoaded('rowHeight');
  }
  set rowHeight(v: number) {
    this.onSheet(8, (s, a) => {
      for (let r = a.top; r <= Math.min(a.bottom, 100_000); r++) s.rowHeights.set(r, v);
    });
  }
  get useStandardWidth(): boolean {
    throw notLoaded('useStandardWidth');
  }
  set useStandardWidth(v: boolean) {
    if (v) this.onSheet(0, (s) => s.columnWidths.clear());
  }
  get useStandardHeight(): boolean {
    throw notLoaded('useStandardHeight');
  }
  set useStandardHeight(v: boolean) {
    if (v) this.onSheet(0, (s) => s.rowHeights.clear());
  }
}

/** Merged areas of a range (`source` is a range), or the areas named by `getRanges` (a list). */
class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  readonly format: FakeFormat;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly source: FakeRange | readonly FakeRange[],
  ) {
    super(ctx);
    const parts: readonly FakeRange[] = Array.isArray(source)
      ? (source as readonly FakeRange[])
      : [];
    this.format = new FakeFormat(
      (key, value) =>
        parts.forEach((r, i) =>
          r.eachCell(i === 0 ? JSON.stringify(value).length + key.length : -100, (c) => {
            c.format[key] = value;
          }),
        ),
      (bytes, write) => parts.forEach((r, i) => r.onSheet(i === 0 ? bytes : -100, write)),
    );
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get areas(): { readonly items: readonly FakeRange[] } {
    return { items: this.read<FakeRange[]>('areas') };
  }
  fill(list: readonly string[]): void {
    const props = list.map((p) => p.replace(/^areas\/items\//, ''));
    let found: FakeRange[];
    if (Array.isArray(this.source)) found = [...(this.source as readonly FakeRange[])];
    else {
      const where = (this.source as FakeRange).where();
      found = (where ? where.sheet.merges.filter((m) => intersects(m, where.area)) : []).map(
        (m) => new FakeRange(this.ctx, this.ws, () => m),
      );
      // @types/office-js: getMergedAreasOrNullObject "will fail to return the result" above 512 areas.
      if (found.length > 512)
        throw new FakeOfficeError('GeneralException', 'fake: more than 512 merged areas');
    }
    this.loaded.set('isNullObject', found.length === 0);
    found.forEach((r) => r.fill(props));
    this.loaded.set('areas', found);
  }
}

class FakeRange extends FakeObject implements XlRange {
  readonly format: FakeFormat;

  /** `area` runs when a queued call runs; null makes this a null object (an empty used range). */
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly area: () => Area | null,
  ) {
    super(ctx);
    this.format = new FakeFormat(
      (key, value) =>
        this.eachCell(
          JSON.stringify(value).length + key.length,
          (c) => {
            c.format[key] = value;
          },
          'format',
        ),
      (bytes, write) => this.onSheet(bytes, write),
      () => this.read('format/protection/locked'),
    );
  }

  where(): { sheet: FakeSheet; area: Area } | null {
    const area = this.area();
    return area ? { sheet: this.ws.target(false), area } : null;
  }

  /**
   * Queues a write to the sheet under this range. On a protected sheet, as in Excel: `content`
   * (values, formulas) only into unlocked cells, `format` only when the sheet allows formatting,
   * anything else not at all.
   */
  onSheet(
    bytes: number,
    write: (sheet: FakeSheet, area: Area) => void,
    kind: 'content' | 'format' | 'other' = 'other',
  ): void {
    this.ctx.queue(bytes, () => {
      const area = this.area();
      if (!area) throw new FakeOfficeError('InvalidOperation', 'The range is a null object.');
      const sheet = this.ws.target(kind === 'other');
      if (sheet.protected) {
        const lockedCell = (): boolean => {
          for (let r = area.top; r <= Math.min(area.bottom, 100_000); r++) {
            for (let c = area.left; c <= Math.min(area.right, 200); c++)
              if (sheet.cell(r, c)?.locked !== false) return true;
          }
          return false;
        };
        if ((kind === 'format' && !sheet.allowFormatCells) || (kind === 'content' && lockedCell()))
          writable(sheet);
      }
      write(sheet, area);
    });
  }

  eachCell(
    bytes: number,
    write: (cell: FakeCell, row: number, col: number) => void,
    kind: 'content' | 'format' | 'other' = 'other',
  ): void {
    this.onSheet(
      bytes,
      (s, a) => {
        for (let r = a.top; r <= Math.min(a.bottom, 100_000); r++)
          for (let c = a.left; c <= Math.min(a.right, 200); c++) write(s.cell(r, c, true)!, r, c);
      },
      kind,
    );
  }

  /** Sets a 2-D input, as `values` and `formulas` do: the array must match the range; a covered merge cell refuses a value. */
  private setGrid(
    kind: string,
    grid: unknown[][],
    put: (sheet: FakeSheet, r: number, c: number, input: unknown) => void,
  ): void {
    this.onSheet(
      JSON.stringify(grid).length,
      (s, a) => {
        if (
          grid.length !== a.bottom - a.top + 1 ||
          grid.some((row) => row.length !== a.right - a.left + 1)
        ) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The number of rows or columns in the input array for ${kind} doesn't match the size or dimensions of the range.`,
          );
        }
        grid.forEach((row, i) => row.forEach((input, j) => put(s, a.top + i, a.left + j, input)));
      },
      kind === 'numberFormat' ? 'format' : 'content',
    );
  }

  private static putValue(this: void, s: FakeSheet, r: number, c: number, input: unknown): void {
    const cellFormat = s.cell(r, c)?.numberFormat ?? 'General';
    const parsed = parseInput(input, cellFormat);
    if (parsed === 'unchanged') return;
    if (s.failWriteAt === a1(r, c))
      throw new FakeOfficeError('GeneralException', `fake: the write to ${a1(r, c)} failed`);
    const covering = s.merges.find(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right,
    );
    if (covering && (covering.top !== r || covering.left !== c) && parsed.value !== null) {
      // Excel keeps a merged area's value in its anchor; the fake refuses anything else so a test sees it.
      throw new FakeOfficeError(
        'InvalidOperation',
        `fake: value written into ${a1(r, c)}, inside the merged area anchored at ${a1(covering.top, covering.left)}`,
      );
    }
    const cell = s.cell(r, c, true)!;
    cell.value = parsed.value;
    if (parsed.formula) cell.formula = parsed.formula;
    else delete cell.formula;
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(grid: unknown[][]) {
    this.setGrid('values', grid, FakeRange.putValue);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.setGrid('formulas', grid, FakeRange.putValue);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.setGrid('numberFormat', grid, (s, r, c, f) => {
      if (f !== null && f !== undefined) s.cell(r, c, true)!.numberFormat = String(f);
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  fill(list: readonly string[]): void {
    const where = this.where();
    this.loaded.set('isNullObject', where === null);
    if (!where) return;
    const { sheet, area } = where;
    const count = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] | null => {
      if (count > this.ctx.excel.nullGridCells) return null;
      const g = Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) =>
          f(sheet.cell(area.top + i, area.left + j)),
        ),
      );
      if (this.ctx.answer) this.ctx.answer.response += JSON.stringify(g).length;
      return g;
    };
    for (const p of list) {
      switch (p) {
        case 'values':
          this.loaded.set(
            p,
            grid((c) =>
              c?.value === null || c?.value === undefined
                ? ''
                : typeof c.value === 'object'
                  ? c.value.error
                  : c.value,
            ),
          );
          break;
        case 'valueTypes':
          this.loaded.set(
            p,
            grid((c) => {
              const v = c?.value ?? null;
              if (v === null) return 'Empty';
              if (typeof v === 'object') return 'Error';
              return typeof v === 'number'
                ? 'Double'
                : typeof v === 'boolean'
                  ? 'Boolean'
                  : 'String';
            }),
          );
          break;
        case 'numberFormat':
          this.loaded.set(
            p,
            grid((c) => c?.numberFormat ?? 'General'),
          );
          break;
        case 'format/protection/locked':
          // Excel answers null for a mix; the adapter asks one cell at a time.
          this.loaded.set(p, (grid((c) => c?.locked !== false) ?? [[false]]).flat().every(Boolean));
          break;
        case 'formulas':
          this.loaded.set(
            p,
            grid((c) => c?.formula ?? c?.value ?? ''),
          );
          break;
        case 'address':
          this.loaded.set(
            p,
            `${sheet.name}!${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`,
          );
          break;
        case 'rowIndex':
          this.loaded.set(p, area.top);
          break;
        case 'columnIndex':
          this.loaded.set(p, area.left);
          break;
        case 'rowCount':
          this.loaded.set(p, area.bottom - area.top + 1);
          break;
        case 'columnCount':
          this.loaded.set(p, area.right - area.left + 1);
          break;
        default:
          throw new Error(`fake: loading range property ${p} is not modelled`);
      }
    }
  }

  merge(): void {
    this.onSheet(16, (s, a) => {
      if (s.merges.some((m) => intersects(m, a)))
        throw new FakeOfficeError(
          'InvalidOperation',
          `fake: merge ${a1(a.top, a.left)} overlaps a merged area`,
        );
      s.merges.push({ ...a });
    });
  }

  unmerge(): void {
    this.onSheet(0, (s, a) => {
      s.merges = s.merges.filter((m) => !intersects(m, a));
    });
  }

  clear(): void {
    this.onSheet(0, (s, a) => {
      for (const key of [...s.cells.keys()]) {
        const [r = 0, c = 0] = key.split(',').map(Number);
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) s.cells.delete(key);
      }
    });
  }

  select(): void {
    this.ctx.queue(0, () => {
      const where = this.where();
      if (!where) throw new FakeOfficeError('InvalidOperation', 'The range is a null object.');
      const { sheet, area } = where;
      const sel = this.ctx.excel.selection;
      if (sel?.sheet !== sheet.name)
        throw new FakeOfficeError(
          'InvalidOperation',
          'The range must be on the active sheet to be selected.',
        );
      this.ctx.excel.selection = {
        sheet: sheet.name,
        address:
          area.top === area.bottom && area.left === area.right
            ? a1(area.top, area.left)
            : `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`,
      };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.needs(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, this.ws, this);
  }

  getIntersectionOrNullObject(anotherRange: string): FakeRange {
    const other = parseArea(anotherRange);
    return new FakeRange(this.ctx, this.ws, () => {
      const a = this.area();
      if (!a || !intersects(a, other)) return null;
      return {
        top: Math.max(a.top, other.top),
        left: Math.max(a.left, other.left),
        bottom: Math.min(a.bottom, other.bottom),
        right: Math.min(a.right, other.right),
      };
    });
  }
}

/** Column letters re-exported for tests that build addresses. */
export { columnLetters };

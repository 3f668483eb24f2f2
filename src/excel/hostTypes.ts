/// <reference types="office-js" />
/**
 * The part of the Excel JavaScript API the adapter uses, as narrow interfaces. The adapter is
 * written against these, the test fake implements them, and the assertions at the end prove
 * that the real `Excel.*` classes of @types/office-js satisfy them, so the fake cannot drift from
 * Excel without the type check failing. (A `Pick<Excel.Range, …>` alone cannot be implemented by a
 * fake: its methods return the full `Excel.Range`.)
 */

/** Load argument accepted by every proxy object: property names, comma-separated or as a list. */
export type LoadSpec = string | string[];

/** Excel.RangeFont, the members set by the adapter. */
export interface XlRangeFont {
  bold: boolean;
  italic: boolean;
  size: number;
  name: string;
  color: string;
}

/** Excel.RangeFill, the members set by the adapter. */
export interface XlRangeFill {
  color: string;
}

/** Excel.RangeBorder, the members set by the adapter. */
export interface XlRangeBorder {
  style: string;
  color: string;
}

/** Excel.RangeBorderCollection, the members used by the adapter. */
export interface XlRangeBorderCollection {
  getItem(
    index:
      'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal',
  ): XlRangeBorder;
}

/** Excel.RangeFormat, the members used by the adapter. */
/** Excel.FormatProtection: whether a cell is locked when its sheet is protected. */
export interface XlFormatProtection {
  readonly locked: boolean;
}

export interface XlRangeFormat {
  readonly font: XlRangeFont;
  readonly protection: XlFormatProtection;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  indentLevel: number;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  useStandardWidth: boolean;
  useStandardHeight: boolean;
}

/** Excel.RangeAreas (ExcelApi 1.9; merged areas need 1.13). */
export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly areas: { readonly items: readonly XlRange[] };
  load(spec: LoadSpec): unknown;
}

/** Excel.Range, the members used by the adapter. */
export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // Values are `any[][]` in Excel; the adapter checks each cell's type before use.
  values: unknown[][];
  readonly valueTypes: readonly (readonly string[])[];
  numberFormat: unknown[][];
  formulas: unknown[][];
  readonly format: XlRangeFormat;
  load(spec: LoadSpec): unknown;
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void;
  select(): void;
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.4: the cells this range shares with another (null object when none). */
  getIntersectionOrNullObject(anotherRange: string): XlRange;
}

/** Excel.WorksheetProtectionOptions: what a protected sheet still allows. */
export interface XlWorksheetProtectionOptions {
  readonly allowFormatCells?: boolean;
}

/** Excel.WorksheetProtection: whether it is on, and what it still allows. */
export interface XlWorksheetProtection {
  readonly protected: boolean;
  readonly options: XlWorksheetProtectionOptions;
}

/** Excel.WorkbookProtection (ExcelApi 1.7): only whether the structure is locked. */
export interface XlWorkbookProtection {
  readonly protected: boolean;
  load(spec: LoadSpec): unknown;
}

/** Excel.WorksheetFreezePanes (ExcelApi 1.7). */
export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
}

/** Excel.PageLayout (ExcelApi 1.9), the members set by the adapter. */
/** Excel.HeaderFooter (ExcelApi 1.9), the footer parts the adapter sets. */
export interface XlHeaderFooter {
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Excel.HeaderFooterGroup (ExcelApi 1.9). */
export interface XlHeaderFooterGroup {
  readonly defaultForAllPages: XlHeaderFooter;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  setPrintArea(printArea: string): void;
  /** Rows repeated at the top of each printed page (`$2:$2`). */
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: XlHeaderFooterGroup;
}

/** Excel.Worksheet, the members used by the adapter. */
export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' | Excel.SheetVisibility;
  position: number;
  readonly protection: XlWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  load(spec: LoadSpec): unknown;
  activate(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.9: several areas (`A1:C1, A3:C3`) as one object, so one style costs one set of calls. */
  getRanges(address?: string): XlRangeAreas;
}

/** Excel.WorksheetCollection, the members used by the adapter. */
export interface XlWorksheetCollection {
  readonly items: readonly XlWorksheet[];
  load(spec: LoadSpec): unknown;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

/** Excel.Workbook, the members used by the adapter. */
export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly protection: XlWorkbookProtection;
}

/** Excel.RequestContext: the workbook and the one call that talks to Excel. */
export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Excel.RunOptions, the member the adapter sets (ExcelApi 1.20). */
export interface XlRunOptions {
  /** All syncs of the run become one undo step. */
  readonly mergeUndoGroup?: boolean;
}

/** `Excel.run` as the adapter calls it: one batch function per user action, with options or without. */
export interface ExcelRun {
  <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  <T>(options: XlRunOptions, batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
}

// ---- Compile-time proof that the real Excel API satisfies the narrow interfaces. ----
type Satisfies<Real extends Narrow, Narrow> = Real;
/** Never used at run time; fails to compile if @types/office-js and these interfaces part ways. */
export type HostTypeChecks = [
  Satisfies<Excel.RangeFont, XlRangeFont>,
  Satisfies<Excel.RangeFill, XlRangeFill>,
  Satisfies<Excel.RangeBorder, XlRangeBorder>,
  Satisfies<Excel.RangeBorderCollection, XlRangeBorderCollection>,
  Satisfies<Excel.RangeFormat, XlRangeFormat>,
  Satisfies<Excel.RangeAreas, XlRangeAreas>,
  Satisfies<Excel.Range, XlRange>,
  Satisfies<Excel.FormatProtection, XlFormatProtection>,
  Satisfies<Excel.WorksheetProtectionOptions, XlWorksheetProtectionOptions>,
  Satisfies<Excel.WorksheetProtection, XlWorksheetProtection>,
  Satisfies<Excel.WorkbookProtection, XlWorkbookProtection>,
  Satisfies<Excel.WorksheetFreezePanes, XlFreezePanes>,
  Satisfies<Excel.HeaderFooter, XlHeaderFooter>,
  Satisfies<Excel.HeaderFooterGroup, XlHeaderFooterGroup>,
  Satisfies<Excel.PageLayout, XlPageLayout>,
  Satisfies<Excel.Worksheet, XlWorksheet>,
  Satisfies<Excel.WorksheetCollection, XlWorksheetCollection>,
  Satisfies<Excel.Workbook, XlWorkbook>,
  Satisfies<Excel.RequestContext, XlRequestContext>,
  Satisfies<Excel.RunOptions, XlRunOptions>,
  Satisfies<typeof Excel.run, ExcelRun>,
];

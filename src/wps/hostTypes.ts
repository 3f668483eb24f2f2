/// <reference types="wps-jsapi" />
/**
 * The parts of the WPS 表格 (ET) object model the adapter uses, as narrow interfaces, with a
 * compile-time proof against the `Et` typings of `wps-jsapi`.
 *
 * WPS JS add-ins call a synchronous, VBA-like model: every property read or write and every method
 * call crosses into the host, so the adapter reads and writes in bulk (one 2-D array per block).
 *
 * Why the proof is per member and not `Et.EtRange satisfies WpsRange` as a whole: the typings are
 * generated from COM, so a method's [out, retval] shows as a trailing `RHS` parameter and every
 * method returns `void` (`Item(Index?, RHS?): void`, `Range(Cell1?, Cell2?, RHS?): void`), and some
 * properties have wrong types (`UsedRange: number`, `Value2: number`, `Formula: number`,
 * `ProtectContents: number`). So the proof checks, for each narrow interface, that
 * (1) every member name exists on the Et interface (a misspelt `Protectcontents` fails to compile),
 * (2) where the Et property type is usable (`Name: string`, `Visible: number`, `Count: number`,
 * `Row`, `Column`, `ProtectStructure: boolean`) it is assignable to ours, and
 * (3) our method parameter lists are accepted by the Et ones (`Parameters<>`).
 * Return types cannot be checked (all `void` in the typings); they follow the VBA documentation
 * and the fake in test/wps/fakeWps.ts.
 */

/** The window of `Application` the adapter reaches: the workbook open in the WPS window. */
export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
}

export interface WpsWorkbook {
  readonly Worksheets: WpsSheets;
  /** True when the workbook's structure is protected (no sheet can be added, moved or hidden). */
  readonly ProtectStructure: boolean;
}

export interface WpsSheets {
  readonly Count: number;
  /** 1-based index or name; throws when there is no such sheet. */
  Item(index: number | string): WpsWorksheet;
  /** Adds a worksheet after `After` (VBA `Worksheets.Add(, After)`). */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
}

/** `Visible` values: xlSheetVisible, xlSheetHidden, xlSheetVeryHidden. */
export const XL_VISIBLE = -1;
export const XL_HIDDEN = 0;
export const XL_VERY_HIDDEN = 2;
/** `Range.Value(11)`: xlRangeValueXMLSpreadsheet, the range as SpreadsheetML 2003 text. */
export const XL_RANGE_VALUE_XML = 11;

export interface WpsWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden (WPS may answer `true`/`false` for the first two). */
  Visible: number;
  /** Whether the sheet's contents are protected (typed `number` in wps-jsapi; VBA gives a Boolean). */
  readonly ProtectContents: boolean | number;
  readonly UsedRange: WpsRange;
  readonly Cells: WpsRange;
  Range(Cell1: string): WpsRange;
  Activate(): void;
  Move(Before?: WpsWorksheet, After?: WpsWorksheet): void;
}

/** How many rows or columns a range has (`Rows.Count`, `Columns.Count`). */
export interface WpsCounted {
  readonly Count: number;
}

export interface WpsRange {
  /** A scalar for one cell, a 2-D array (rows of columns) for several. */
  Value2: unknown;
  /** Same shape as Value2; writing a string starting with `=` enters a formula. */
  Formula: unknown;
  /** A format string, or null when the range mixes formats. */
  NumberFormat: unknown;
  /** true/false, or null when the range mixes locked and unlocked cells. */
  Locked: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: WpsCounted;
  readonly Columns: WpsCounted;
  /** `Value(11)` answers SpreadsheetML text (see readSnapshot.ts). */
  Value(RangeValueDataType?: number): unknown;
  Merge(): void;
  Select(): void;
  Clear(): void;
  ClearContents(): void;
  ColumnWidth: unknown;
  RowHeight: unknown;
  WrapText: unknown;
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  IndentLevel: unknown;
  readonly Font: WpsFont;
  readonly Interior: WpsInterior;
}

export interface WpsFont {
  Bold: unknown;
  Italic: unknown;
  Size: unknown;
  Name: unknown;
  /** BGR integer, as in VBA. */
  Color: unknown;
}

export interface WpsInterior {
  /** BGR integer, as in VBA. */
  Color: unknown;
}

// ---- The compile-time proof against wps-jsapi (types only: nothing of it reaches the bundle) ----

/** `true` when every member name of N exists on W; otherwise the missing names (a compile error). */
type NamesExist<N, W> = Exclude<keyof N, keyof W> extends never ? true : Exclude<keyof N, keyof W>;
/** `true` when W's type of each listed property is assignable to N's. */
type PropsAssignable<N, W, K extends keyof N & keyof W> = {
  [P in K]: W[P] extends N[P] ? true : never;
}[K];
/** `true` when each listed method of N may be called where W's is expected. */
type ParamsAccepted<N, W, K extends keyof N & keyof W> = {
  [P in K]: N[P] extends (...a: infer A) => unknown
    ? W[P] extends (...b: infer B) => unknown
      ? A extends B
        ? true
        : never
      : never
    : never;
}[K];

/* eslint-disable @typescript-eslint/no-unused-vars */
const proofApp: NamesExist<WpsApplication, Et.EtApplication> = true;
const proofWorkbook: NamesExist<WpsWorkbook, Et.EtWorkbook> = true;
const proofWorkbookProps: PropsAssignable<WpsWorkbook, Et.EtWorkbook, 'ProtectStructure'> = true;
const proofSheets: NamesExist<WpsSheets, Et.EtSheets> = true;
const proofSheetsProps: PropsAssignable<WpsSheets, Et.EtSheets, 'Count'> = true;
const proofSheetsCalls: ParamsAccepted<WpsSheets, Et.EtSheets, 'Item' | 'Add'> = true;
const proofWorksheet: NamesExist<WpsWorksheet, Et.EtWorksheet> = true;
const proofWorksheetProps: PropsAssignable<
  WpsWorksheet,
  Et.EtWorksheet,
  'Name' | 'Visible' | 'ProtectContents'
> = true;
const proofWorksheetCalls: ParamsAccepted<
  WpsWorksheet,
  Et.EtWorksheet,
  'Range' | 'Activate' | 'Move'
> = true;
const proofRange: NamesExist<WpsRange, Et.EtRange> = true;
const proofRangeProps: PropsAssignable<
  WpsRange,
  Et.EtRange,
  'Row' | 'Column' | 'Value2' | 'Formula' | 'NumberFormat' | 'Locked'
> = true;
const proofRangeCalls: ParamsAccepted<
  WpsRange,
  Et.EtRange,
  'Value' | 'Merge' | 'Select' | 'Clear' | 'ClearContents'
> = true;
const proofCounted: NamesExist<WpsCounted, Et.EtRange> = true;
const proofFont: NamesExist<WpsFont, Et.EtFont> = true;
const proofInterior: NamesExist<WpsInterior, Et.EtInterior> = true;
/* eslint-enable @typescript-eslint/no-unused-vars */

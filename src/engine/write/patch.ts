/**
 * What to write back: the patch is plain data, applied in one batch by each host (exceljs for
 * files, Office.js in Excel), so the CLI and the add-in cannot drift apart.
 *
 * A patch has two parts: single cells of the forms (scores, rates, totals), and whole sheets that
 * selfeval owns (the record, and later the report, the workings and the audit log), each created
 * or cleared and then filled from A1.
 */
import type { CellCheck } from './anchors';
import type { CellValue } from '../base/cells';
import { encodeRecord } from '../read/record';
import { RECORD_SHEET } from '../base/sheetNames';
import type { MergeRange } from '../base/snapshot';
import type { ScoreResult } from '../score/scoreTypes';
import { totalCellOf, writesTotal } from '../score/formIdentity';

/** One cell of a form to write. Text is always written as text (never as a formula). */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: number | string | null;
  /** Number format to set (`0.00%` for the execution rate); the cell's own format is kept otherwise. */
  readonly numberFormat?: string;
}

/** A live formula, written without the leading `=` (adapters add what their host needs). */
export interface Formula {
  readonly formula: string;
  /** The value the engine expects the formula to give (cached in files, checked by tests). */
  readonly result?: number | string;
}

/** Whether a cell value of a write is a live formula rather than a plain value (or an error). */
export function isFormula(v: unknown): v is Formula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** The look of a cell in an owned sheet. Colours are `#RRGGBB`. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
  /** Thin border on all four sides. */
  readonly border?: boolean;
  readonly numberFormat?: string;
  /** First-line indent in characters (Excel `indent`). */
  readonly indent?: number;
}

/** A cell of an owned sheet: a value or formula, and its style. Text never becomes a formula. */
export interface SheetCell {
  readonly value: CellValue | Formula;
  readonly style?: CellStyle;
}

/** Page setup for printing an owned sheet. */
export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Fit all columns on one page width. */
  readonly fitToWidth?: boolean;
  /** Print area in A1 notation, e.g. `A1:A80`. */
  readonly printArea?: string;
  /** Margins in inches. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Page footer in Excel's header/footer codes (`&C第 &P 页`); hosts that cannot set it skip it. */
  readonly footer?: string;
  /** Rows printed again at the top of every page (1-based, inclusive): the header row of a table. */
  readonly repeatRows?: { readonly from: number; readonly to: number };
}

/** A sheet selfeval owns, created (or cleared) and filled from A1. */
export interface SheetWrite {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Rows from A1; a null cell is left empty. */
  readonly rows: readonly (readonly (SheetCell | null)[])[];
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths?: readonly number[];
  /** Row heights in points by 0-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges?: readonly MergeRange[];
  readonly page?: PageSetup;
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** Place the sheet right after this sheet (else at the end). */
  readonly after?: string;
  /**
   * `record`: the sheet is the record of what selfeval wrote; hosts write it last, with the form
   * cells, over its old rows (so a failure part way never leaves it emptied).
   */
  readonly role?: 'record';
}

/** Everything one run writes. */
export interface Patch {
  readonly cells: readonly CellWrite[];
  readonly sheets: readonly SheetWrite[];
  /**
   * Things the run did that a person should know, in Chinese (e.g. a report written beside an
   * edited one instead of over it). Hosts show them; they change nothing in the workbook.
   */
  readonly notes?: readonly string[];
  /**
   * Cells the patch was computed against, with their values then (src/engine/write/anchors.ts). A host
   * whose workbook can change between read and write checks them first and writes nothing if one moved.
   */
  readonly anchors?: readonly CellCheck[];
}

/** Options of the patch: when it was made, for the record. */
export interface PatchOptions {
  /** ISO time of the run, stored in the record. */
  readonly now: string;
  /**
   * IANA time zone the sheets people read show times in (评分记录, 评分计算): `Asia/Shanghai` unless
   * the workbook's host says otherwise.
   */
  readonly timeZone?: string;
}

/** Number format of the execution-rate cell. */
export const RATE_FORMAT = '0.00%';

/**
 * The number of columns of an owned sheet's rows (at least `min`). A loop, not
 * `Math.max(...rows.map(…))`: spreading 200,000 rows into one call overflows the call stack.
 */
export function sheetWidth(rows: readonly (readonly unknown[])[], min = 1): number {
  let width = min;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/** Wraps plain values as unstyled sheet cells. */
export function plainRows(rows: readonly (readonly CellValue[])[]): SheetCell[][] {
  return rows.map((r) => r.map((value) => ({ value })));
}

/** The form cells a scoring run writes: execution rate, budget score, each 得分, the 总分. */
export function scoreCellWrites(result: ScoreResult): CellWrite[] {
  const cells: CellWrite[] = [];
  for (const form of result.forms) {
    const sheet = form.model.sheet;
    const b = form.budget;
    if (b) {
      if (b.rateCell && b.rate !== null)
        cells.push({ sheet, address: b.rateCell, value: b.rate, numberFormat: RATE_FORMAT });
      if (b.cell) cells.push({ sheet, address: b.cell, value: b.score });
    }
    for (const ind of form.indicators)
      if (ind.cell) cells.push({ sheet: ind.sheet, address: ind.cell, value: ind.score });
    // A form not fully read keeps its 总分 cell as it was: a partial score is no total (§11.2).
    const total = totalCellOf(form);
    if (total && writesTotal(form))
      cells.push({ sheet: total.sheet, address: total.ref.address, value: form.total });
  }
  return cells;
}

/**
 * The record sheet for a set of form writes, so a later change by a person is recognised as a
 * manual score; `fingerprints` of the owned sheets written (the reports) let a later run tell an
 * edited report from its own.
 */
export function recordSheet(
  result: ScoreResult,
  cells: readonly CellWrite[],
  options: PatchOptions,
  fingerprints?: Readonly<Record<string, string>>,
  name: string = RECORD_SHEET,
): SheetWrite {
  // A manual score that was kept (inside its band, §8.10) stays the person's: recording it as ours
  // would make the next run take it for selfeval's own and put the band default back over it.
  const kept = new Set<string>();
  for (const form of result.forms) {
    for (const ind of form.indicators)
      if (ind.manualKept && ind.cell) kept.add(`${ind.sheet}!${ind.cell}`);
  }
  const values: Record<string, number | string> = {};
  for (const c of cells) {
    const key = `${c.sheet}!${c.address}`;
    if (c.value !== null && !kept.has(key)) values[key] = c.value;
  }
  // Bands a person chose in the pane stay chosen while the indicator is still a judgement case.
  const decisions: Record<string, 'A' | 'B' | 'C'> = {};
  for (const form of result.forms)
    for (const ind of form.indicators)
      if (ind.decided && ind.cell) decisions[`${ind.sheet}!${ind.cell}`] = ind.decided;
  const rows = encodeRecord({
    profile: result.profile.id,
    writtenAt: options.now,
    values,
    ...(fingerprints ? { fingerprints } : {}),
    ...(Object.keys(decisions).length > 0 ? { decisions } : {}),
  });
  return { name, visibility: 'veryHidden', role: 'record', rows: plainRows(rows) };
}

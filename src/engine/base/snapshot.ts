/**
 * The snapshot a host adapter reads from a workbook: every sheet as a plain grid, its merged
 * ranges, number formats, and the record selfeval keeps of what it last wrote.
 */
import type { CellValue } from './cells';

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet as plain data. `cells[r][c]` may be undefined past a row's last value. */
export interface SheetSnapshot {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly MergeRange[];
  /** Number formats of cells that have one other than General, keyed by A1 address. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /**
   * Formulas of the cells that hold one, keyed by A1 address, without the leading `=`, for hosts
   * that read them (the exceljs adapter; `cells` keeps the value the formula last gave). A
   * formula a person typed is recorded before it is replaced, and left alone when it already
   * gives the computed value.
   */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Hidden sheets (the record, for one) are never forms. */
  readonly hidden?: boolean;
}

/** What selfeval wrote last time into this workbook (SCORING.md §4: how a manual score is told apart). */
export interface WriteRecord {
  /** Profile id the workbook was last scored with; a reviewer re-scores with the same one. */
  readonly profile: string | null;
  /** Time of the last run, ISO 8601. */
  readonly writtenAt: string | null;
  /** Value written per cell, keyed `Sheet!A1`. */
  readonly values: Readonly<Record<string, number | string>>;
  /**
   * Fingerprint of each owned sheet selfeval wrote, keyed by sheet name (the 自评报告 sheets): a
   * sheet whose content no longer matches was edited by a person and is never overwritten.
   */
  readonly fingerprints?: Readonly<Record<string, string>>;
  /**
   * Judgement cases a person decided in the pane: the band (A/B/C) they chose per 得分 cell, keyed
   * `Sheet!A1`. The next run checks a typed score against this band instead of the rule's own, so a
   * person's decision is kept (SCORING.md §4).
   */
  readonly decisions?: Readonly<Record<string, 'A' | 'B' | 'C'>>;
}

/** A whole workbook as the engine sees it. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** null when the workbook carries no selfeval record: every score found counts as typed by a person. */
  readonly record: WriteRecord | null;
}

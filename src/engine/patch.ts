/**
 * What to write back: the patch is plain data, applied in one batch by each host (exceljs for
 * files, Office.js in Excel), so the CLI and the add-in cannot drift apart.
 */
import type { CellValue } from './cells';
import { RECORD_SHEET, encodeRecord } from './record';
import type { ScoreResult } from './scoreTypes';

/** One cell to write. Text is always written as text (never as a formula). */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: number | string | null;
  /** Number format to set (`0.00%` for the execution rate); the cell's own format is kept otherwise. */
  readonly numberFormat?: string;
}

/** A sheet selfeval owns, created or cleared and filled from A1. */
export interface SheetWrite {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly rows: readonly (readonly CellValue[])[];
}

/** Everything one scoring run writes. */
export interface Patch {
  readonly cells: readonly CellWrite[];
  readonly sheets: readonly SheetWrite[];
}

/** Options of the patch: when it was made, for the record. */
export interface PatchOptions {
  /** ISO time of the run, stored in the record. */
  readonly now: string;
}

/** Number format of the execution-rate cell. */
export const RATE_FORMAT = '0.00%';

/**
 * The score cells of every form (execution rate, budget score, each 得分, the 总分), and the record
 * of what was written so that a later change by a person is recognised as a manual score.
 */
export function buildScorePatch(result: ScoreResult, options: PatchOptions): Patch {
  const cells: CellWrite[] = [];
  for (const form of result.forms) {
    const sheet = form.model.sheet;
    const b = form.budget;
    if (b) {
      if (b.rateCell && b.rate !== null) cells.push({ sheet, address: b.rateCell, value: b.rate, numberFormat: RATE_FORMAT });
      if (b.cell) cells.push({ sheet, address: b.cell, value: b.score });
    }
    for (const ind of form.indicators) if (ind.cell) cells.push({ sheet, address: ind.cell, value: ind.score });
    if (form.model.totalCell) cells.push({ sheet, address: form.model.totalCell.address, value: form.total });
  }
  const values: Record<string, number | string> = {};
  for (const c of cells) if (c.value !== null) values[`${c.sheet}!${c.address}`] = c.value;
  const record = encodeRecord({ profile: result.profile.id, writtenAt: options.now, values });
  return { cells, sheets: [{ name: RECORD_SHEET, visibility: 'veryHidden', rows: record }] };
}

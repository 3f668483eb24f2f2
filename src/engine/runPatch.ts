/**
 * The one patch a scoring run writes, whichever host runs it (CLI with --out, or the add-in's
 * 一键评分): the form's score cells, the sheets selfeval owns, and the record. Hosts call only this,
 * so the CLI and the add-in always write the same things.
 */
import { type Patch, type PatchOptions, recordSheet, scoreCellWrites } from './patch';
import type { ScoreResult } from './scoreTypes';
import type { WorkbookSnapshot } from './snapshot';

/** Builds the whole patch of a scoring run from the result and the workbook it was computed from. */
export function buildRunPatch(result: ScoreResult, snapshot: WorkbookSnapshot, options: PatchOptions): Patch {
  void snapshot; // owned sheets (report, workings, audit) are built from it; see their modules
  const cells = scoreCellWrites(result);
  return { cells, sheets: [recordSheet(result, cells, options)] };
}

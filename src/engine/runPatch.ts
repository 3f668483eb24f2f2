/**
 * The one patch a scoring run writes, whichever host runs it (CLI with --out, or the add-in's
 * 一键评分): the form's score cells, the sheets selfeval owns, and the record. Hosts call only this,
 * so the CLI and the add-in always write the same things.
 */
import { formAnchors } from './anchors';
import { AUDIT_SHEET, auditSheet } from './audit';
import {
  type Patch,
  type PatchOptions,
  type SheetWrite,
  recordSheet,
  scoreCellWrites,
} from './patch';
import { RECORD_SHEET } from './record';
import { REPORT_SHEET, planReportSheets } from './report/reportSheets';
import type { ScoreResult } from './scoreTypes';
import type { WorkbookSnapshot } from './snapshot';
import { WORKINGS_SHEET, workingsSheet } from './workings';

/**
 * True for a sheet name a scoring run writes (评分计算, 评分记录, 自评报告…, the record). Hosts use it to
 * skip what they need only for forms, such as merged areas.
 */
export function isOwnedSheetName(name: string): boolean {
  return (
    name === WORKINGS_SHEET ||
    name === AUDIT_SHEET ||
    name === RECORD_SHEET ||
    name.startsWith(REPORT_SHEET)
  );
}

/** Builds the whole patch of a scoring run from the result and the workbook it was computed from. */
export function buildRunPatch(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  options: PatchOptions,
): Patch {
  const cells = scoreCellWrites(result);
  const sheets: SheetWrite[] = [];
  // The workings recompute every score with live formulas next to the forms; the audit keeps each old value.
  const workings = workingsSheet(result, {
    now: options.now,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  if (workings) sheets.push(workings);
  sheets.push(auditSheet(result, snapshot, cells, options));
  // The 自评报告 sheets: regenerated, but never over a report a person has edited (their fingerprints go to the record).
  const reports = planReportSheets(result, snapshot);
  sheets.push(...reports.sheets);
  sheets.push(recordSheet(result, cells, options, reports.fingerprints));
  return {
    cells,
    sheets,
    ...(reports.notes.length > 0 ? { notes: reports.notes } : {}),
    anchors: formAnchors(result),
  };
}

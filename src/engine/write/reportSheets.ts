/**
 * Which sheets the reports of a run go to. A report sheet is regenerated on every run, but only
 * when it is still exactly what selfeval wrote last time (its fingerprint in the record matches);
 * a sheet a person has edited, or one selfeval did not write, is kept and the new report goes
 * beside it as `自评报告(2)` (NARRATIVE.md: never overwrite a person's words).
 */
import type { SheetWrite } from './patch';
import { REPORT_SHEET } from '../base/sheetNames';
import type { ScoreResult } from '../score/scoreTypes';
import type { WorkbookSnapshot } from '../base/snapshot';
import { buildReports } from '../report/buildReport';
import type { ReportDocument } from '../report/document';
import { byFingerprint, cleanSheetName, keptSheetNote, placeOwnedSheet } from './ownedSheets';
import { fingerprintRows } from './fingerprint';
import { reportSheetWrite } from './reportAsSheet';

export { cleanSheetName };

/** `自评报告`, or `自评报告-<项目名>` for a project form (the form's sheet name when the project has none). */
function baseName(doc: ReportDocument): string {
  if (doc.kind === 'department') return REPORT_SHEET;
  return cleanSheetName(`${REPORT_SHEET}-${doc.projectName?.trim() || doc.sheet}`);
}

/** The report sheets of a run, the fingerprints to record, and notes for the person. */
export interface ReportSheetsPlan {
  readonly reports: readonly ReportDocument[];
  readonly sheets: readonly SheetWrite[];
  /** Fingerprint per written sheet name, for the record. */
  readonly fingerprints: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
}

/** Plans the report sheets of a run from its result and the workbook as it was read. */
export function planReportSheets(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
): ReportSheetsPlan {
  const reports = buildReports(result, snapshot);
  const ownership = byFingerprint(snapshot);
  const taken = new Set<string>();
  const sheets: SheetWrite[] = [];
  const fingerprints: Record<string, string> = {};
  const notes: string[] = [];

  for (const doc of reports) {
    let base = baseName(doc);
    // Two forms of one kind in a workbook: the second report is named after its form's sheet, or
    // after the form itself when that name is taken too (several forms on one sheet, §11.4).
    if (taken.has(base.toLowerCase())) base = cleanSheetName(`${REPORT_SHEET}-${doc.sheet}`);
    if (taken.has(base.toLowerCase()) && doc.label)
      base = cleanSheetName(`${REPORT_SHEET}-${doc.label}`);
    const placement = placeOwnedSheet(base, snapshot, taken, ownership);
    if (placement === null) continue; // a thousand kept sheets of one name: nothing sensible left to do
    const note = keptSheetNote(placement, { kind: '报告', fresh: '自评报告' });
    if (note) notes.push(note);
    const write = reportSheetWrite(doc, placement.name, doc.sheet);
    sheets.push(write);
    fingerprints[placement.name] = fingerprintRows(write.rows);
  }
  return { reports, sheets, fingerprints, notes };
}

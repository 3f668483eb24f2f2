/**
 * Which sheets the reports of a run go to. A report sheet is regenerated on every run, but only
 * when it is still exactly what selfeval wrote last time (its fingerprint in the record matches);
 * a sheet a person has edited, or one selfeval did not write, is kept and the new report goes
 * beside it as `自评报告(2)` (NARRATIVE.md: never overwrite a person's words).
 */
import type { SheetWrite } from '../patch';
import type { ScoreResult } from '../scoreTypes';
import type { WorkbookSnapshot } from '../snapshot';
import { buildReports } from './buildReport';
import type { ReportDocument } from './document';
import { fingerprintRows, fingerprintSheet } from './fingerprint';
import { reportSheetWrite } from './sheet';

/** Base name of a department form's report sheet. */
export const REPORT_SHEET = '自评报告';
/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: no `[ ] : * ? / \`, no apostrophe at either end, at most 31 characters. */
export function cleanSheetName(name: string, reserve = 0): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(cleaned)
    .slice(0, MAX_SHEET_NAME - reserve)
    .join('')
    .trim();
}

/** `自评报告`, or `自评报告-<项目名>` for a project form (the form's sheet name when the project has none). */
function baseName(doc: ReportDocument): string {
  if (doc.kind === 'department') return REPORT_SHEET;
  return cleanSheetName(`${REPORT_SHEET}-${doc.projectName?.trim() || doc.sheet}`);
}

/** The n-th name of a series: `自评报告`, `自评报告(2)`, `自评报告(3)` (the base shortened to fit 31 characters). */
function numbered(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = `(${n})`;
  return `${cleanSheetName(base, suffix.length)}${suffix}`;
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
  const existing = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const recorded = snapshot.record?.fingerprints ?? {};
  const taken = new Set<string>();
  const sheets: SheetWrite[] = [];
  const fingerprints: Record<string, string> = {};
  const notes: string[] = [];

  for (const doc of reports) {
    let base = baseName(doc);
    // Two forms of one kind in a workbook: the second report is named after its form's sheet.
    if (taken.has(base.toLowerCase())) base = cleanSheetName(`${REPORT_SHEET}-${doc.sheet}`);
    let chosen: string | null = null;
    let keptNote: string | null = null;
    for (let n = 1; n < 1000; n++) {
      const name = numbered(base, n);
      const key = name.toLowerCase();
      if (taken.has(key)) continue;
      const there = existing.get(key);
      if (!there) {
        chosen = name;
        break;
      }
      const ours = recorded[there.name];
      if (ours !== undefined && ours === fingerprintSheet(there, ours)) {
        chosen = name;
        break;
      }
      if (n === 1) {
        keptNote =
          ours !== undefined
            ? `工作表“${there.name}”在上次生成后已被修改，为保留修改内容，本次未覆盖该表`
            : `工作表“${there.name}”不是绩效自评助手生成的报告（或生成记录已丢失），为保留其内容，本次未覆盖该表`;
      }
    }
    if (chosen === null) continue; // a thousand kept sheets of one name: nothing sensible left to do
    taken.add(chosen.toLowerCase());
    if (keptNote) notes.push(`${keptNote}，新的自评报告写入工作表“${chosen}”。`);
    const write = reportSheetWrite(doc, chosen, doc.sheet);
    sheets.push(write);
    fingerprints[chosen] = fingerprintRows(write.rows);
  }
  return { reports, sheets, fingerprints, notes };
}

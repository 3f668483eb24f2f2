/**
 * Entry point of the engine: a workbook snapshot in, every form scored with its findings out.
 */
import { type FindingData, finding } from '../findings/codes';
import { describeFindings } from '../findings/messages';
import { readWorkbookForms } from '../read/readWorkbook';
import { MOF2020, type Profile } from '../rules/profiles';
import { decodeRecord } from '../read/record';
import { scoreForm } from './scoreForm';
import { selfScoreInflated } from './selfScore';
import type { ScoreResult, ScoredForm } from './scoreTypes';
import type { WorkbookSnapshot } from '../base/snapshot';

/** Scores every form in the workbook. Never throws on bad data: problems are findings. */
export function scoreWorkbook(workbook: WorkbookSnapshot, profile: Profile = MOF2020): ScoreResult {
  const record = workbook.record ?? decodeRecord(workbook.sheets);
  const forms: ScoredForm[] = [];
  const findings: FindingData[] = [];
  const models = readWorkbookForms(workbook);
  // Sheets that hold several forms (§11.4): each finding then says which form it belongs to.
  const perSheet = new Map<string, number>();
  for (const m of models) perSheet.set(m.sheet, (perSheet.get(m.sheet) ?? 0) + 1);
  for (const model of models) {
    const scored = scoreForm(model, profile, record);
    forms.push(scored.form);
    // Last of the form's own findings: a form-level check of the unit's claim (VERIFY.md §2).
    const inflated = selfScoreInflated(model, scored.form, profile, record);
    if (inflated) scored.findings.push(inflated);
    const shared = (perSheet.get(model.sheet) ?? 0) > 1;
    const form = (model.firstRow ?? 0) + 1;
    // A loop, not push(...spread): a form of 200,000 rows has more findings than the call stack
    // holds arguments.
    for (const f of scored.findings) findings.push(shared ? { ...f, form } : f);
  }
  if (forms.length === 0) findings.push(finding('no_form_found', null, null, null));
  // The one place findings get their wording: rules only produce data.
  return { profile, forms, findings: describeFindings(findings) };
}

/** The result for a file that could not be opened at all (SCORING.md §8.1). */
export function unreadableResult(reason: string, profile: Profile = MOF2020): ScoreResult {
  return {
    profile,
    forms: [],
    findings: describeFindings([finding('file_unreadable', null, null, null, { reason })]),
  };
}

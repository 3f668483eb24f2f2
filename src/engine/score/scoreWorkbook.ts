/**
 * Entry point of the engine: a workbook snapshot in, every form scored with its findings out.
 */
import { type FindingData, finding } from '../findings/codes';
import { describeFindings } from '../findings/messages';
import { readForm } from '../read/readForm';
import { MOF2020, type Profile } from '../rules/profiles';
import { decodeRecord } from '../read/record';
import { isOwnedSheetName } from '../base/sheetNames';
import { scoreForm } from './scoreForm';
import type { ScoreResult, ScoredForm } from './scoreTypes';
import type { WorkbookSnapshot } from '../base/snapshot';

/** Scores every form in the workbook. Never throws on bad data: problems are findings. */
export function scoreWorkbook(workbook: WorkbookSnapshot, profile: Profile = MOF2020): ScoreResult {
  const record = workbook.record ?? decodeRecord(workbook.sheets);
  const forms: ScoredForm[] = [];
  const findings: FindingData[] = [];
  for (const sheet of workbook.sheets) {
    // The sheets a run writes are never forms: the 自评报告's 评分明细 carries a form's own header
    // (一级指标 … 年度指标值 · 实际完成值) and would otherwise be scored as one.
    if (isOwnedSheetName(sheet.name)) continue;
    const model = readForm(sheet);
    if (!model) continue;
    const scored = scoreForm(model, profile, record);
    forms.push(scored.form);
    // A loop, not push(...spread): a form of 200,000 rows has more findings than the call stack
    // holds arguments.
    for (const f of scored.findings) findings.push(f);
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

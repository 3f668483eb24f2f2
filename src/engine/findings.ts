/**
 * Findings: what a reviewer would flag, as data (SCORING.md §5). Codes are stable API; the Chinese
 * wording lives in messages/zhCN.ts so that a rule never builds a sentence itself.
 */
import { messageFor } from './messages/zhCN';

/** Every finding code (SCORING.md §5). */
export const FINDING_CODES = [
  'execution_over_budget',
  'execution_low',
  'budget_missing',
  'explanation_missing',
  'deviation_over_target',
  'weight_sum_not_100',
  'level1_weight_differs',
  'weight_missing',
  'score_exceeds_weight',
  'unit_mismatch',
  'direction_inferred',
  'qualitative_auto',
  'needs_judgement',
  'actual_missing',
  'target_missing',
  'manual_score_out_of_band',
  'score_changed',
  'no_form_found',
  'file_unreadable',
  'cell_error',
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** The severity of each code. */
export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  execution_over_budget: 'warning',
  execution_low: 'warning',
  budget_missing: 'error',
  explanation_missing: 'warning',
  deviation_over_target: 'warning',
  weight_sum_not_100: 'warning',
  level1_weight_differs: 'info',
  weight_missing: 'error',
  score_exceeds_weight: 'error',
  unit_mismatch: 'warning',
  direction_inferred: 'info',
  qualitative_auto: 'info',
  needs_judgement: 'warning',
  actual_missing: 'error',
  target_missing: 'error',
  manual_score_out_of_band: 'warning',
  score_changed: 'info',
  no_form_found: 'error',
  file_unreadable: 'error',
  cell_error: 'error',
};

/** Parameters a message may quote: numbers are shown as the form writes them. */
export type FindingParams = Readonly<Record<string, string | number | null>>;

/** A finding without its message: what rules produce. */
export interface FindingData {
  readonly code: FindingCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
  readonly params: FindingParams;
}

/** A finding as reported: code, severity, place, and a Chinese message naming the sheet and cell. */
export interface Finding extends FindingData {
  readonly severity: Severity;
  readonly message: string;
}

/** Completes a finding with its severity and message. */
export function finding(
  code: FindingCode,
  sheet: string | null,
  cell: string | null,
  indicator: string | null,
  params: FindingParams = {},
): Finding {
  const data: FindingData = { code, sheet, cell, indicator, params };
  // Spelled out rather than spread: a big workbook makes thousands of findings (npm run bench).
  return {
    code,
    sheet,
    cell,
    indicator,
    params,
    severity: SEVERITY[code],
    message: messageFor(data),
  };
}

/** Severity order for sorting and for `--strict`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

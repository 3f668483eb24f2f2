/**
 * Findings: what a reviewer would flag, as data (SCORING.md §5). Codes are stable API. A rule makes
 * a `FindingData` (code, place, parameters typed per code); the Chinese wording is attached in one
 * pass when a run ends (findings/messages.ts), so no rule builds a sentence and this module needs no
 * message module.
 */
import type { BandName } from '../base/bands';

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
  'weight_negative',
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
  'total_capped',
  'performance_outruns_spending',
  'rows_unread',
  'indicators_missing',
  'header_inferred',
  'form_hidden',
  'weight_unreadable',
  'self_score_inflated',
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
  weight_negative: 'error',
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
  total_capped: 'warning',
  performance_outruns_spending: 'warning',
  rows_unread: 'warning',
  indicators_missing: 'error',
  header_inferred: 'info',
  form_hidden: 'info',
  weight_unreadable: 'error',
  self_score_inflated: 'warning',
};

/** The parameters of a code whose message quotes nothing. */
interface NoParams {
  readonly [key: string]: never;
}

/** Parameters of the judgement findings: the rule that decided the band, and the score that stands. */
interface JudgementParams {
  readonly actual: string;
  readonly rule: string;
  readonly band: BandName;
  readonly score: string;
}

/**
 * What each code's message quotes. Numbers are already formatted as the form writes them (strings);
 * `subject` names a form-level item (预算执行) when the finding has no indicator.
 */
export interface ParamsByCode {
  readonly execution_over_budget: {
    readonly budget: string;
    readonly executed: string;
    readonly rawRate: string;
  };
  readonly execution_low: { readonly rate: string; readonly threshold: string };
  readonly budget_missing: { readonly reason: string };
  readonly explanation_missing: { readonly why: string };
  readonly deviation_over_target: {
    readonly target: string;
    readonly actual: string;
    readonly ratio: string;
    readonly threshold: string;
    /** Points lost under the profile's deviationPenalty (SCORING.md §10), when it applies. */
    readonly penalty?: string;
  };
  readonly weight_sum_not_100: { readonly sum: string; readonly budgetWeight: string | number };
  /** Either a label's written weight differs from its rows, or the rows differ from the nominal split. */
  readonly level1_weight_differs:
    | { readonly level1: string; readonly labelWeight: string; readonly sum: string }
    | { readonly level1: string; readonly sum: string; readonly nominal: string }
    /** One of several indicator blocks (§9.6) whose label weight differs from its rows' sum. */
    | {
        readonly level1: string;
        readonly block: string;
        readonly labelWeight: string;
        readonly sum: string;
      };
  readonly weight_missing: NoParams;
  /** A 分值 below zero (`-10`): no score can be taken from it. */
  readonly weight_negative: { readonly weight: string };
  readonly score_exceeds_weight: {
    readonly score: string;
    readonly weight: string;
    readonly subject?: string;
  };
  readonly unit_mismatch: {
    readonly target: string;
    readonly actual: string;
    readonly targetUnit: string;
    readonly actualUnit: string;
    readonly score: string;
  };
  readonly direction_inferred: { readonly reason: string | null };
  readonly qualitative_auto: JudgementParams;
  readonly needs_judgement: JudgementParams;
  readonly actual_missing: { readonly role?: string; readonly subject?: string };
  readonly target_missing: { readonly target: string };
  readonly manual_score_out_of_band: {
    readonly manual: string;
    readonly band: BandName;
    readonly low: string;
    readonly high: string;
    readonly score: string;
  };
  readonly score_changed: { readonly old: string; readonly new: string; readonly subject?: string };
  readonly no_form_found: NoParams;
  readonly file_unreadable: { readonly reason: string };
  readonly cell_error: { readonly role: string; readonly error: string; readonly subject?: string };
  /** §10 executionCaps: the raw rate, the `below` it fell under, the cap and the sum it capped. */
  readonly total_capped: {
    readonly rate: string;
    readonly below: string;
    readonly cap: string;
    readonly total: string;
  };
  /** §10 spendingGap: p (indicator score rate), e (capped execution rate), (p − e) ÷ p. */
  readonly performance_outruns_spending: {
    readonly performance: string;
    readonly execution: string;
    readonly gap: string;
    readonly threshold: string;
  };
  /** §11.1: rows of a form no rule accounted for; `rows` as 第…行 lists them, `quotes` the first three. */
  readonly rows_unread: { readonly rows: string; readonly count: string; readonly quotes: string };
  /** §11.2: a form whose indicators were not (all) read; it gets no grade. */
  readonly indicators_missing: IndicatorsMissingParams;
  /** §11.3: a header read by its meaning, and the role it was given (年度指标值 / 实际完成值). */
  readonly header_inferred: { readonly header: string; readonly role: string };
  /** §11.5: the form's sheet is hidden; it was scored all the same. */
  readonly form_hidden: NoParams;
  /** §11.7: a 分值 that holds text which is not a number, quoted. */
  readonly weight_unreadable: { readonly weight: string; readonly subject?: string };
  /**
   * VERIFY.md §2: the 总分 the unit typed is above the computed total by 0.5 points or more, or its
   * grade by the profile is above the computed grade. Both totals and both grades, as read and computed.
   */
  readonly self_score_inflated: {
    readonly typed: string;
    readonly total: string;
    readonly difference: string;
    readonly typedGrade: string;
    readonly grade: string;
  };
}

/**
 * Why a form gets no grade (SCORING.md §11.2), with what the headline quotes: the header row seen
 * and what it lacked, or the weights read against the form's, and the partial total.
 */
export type IndicatorsMissingParams = {
  /** 部分得分: the score of what was read, and the weights it is out of. */
  readonly total: string;
  readonly weightTotal: string;
} & (
  | { readonly reason: 'no_header' }
  | {
      readonly reason: 'header_incomplete';
      /** 1-based row of the header seen, the headers it placed, the roles it lacked, the texts it could not place. */
      readonly header: string;
      readonly seen: string;
      readonly missing: string;
      readonly unplaced: string;
    }
  | { readonly reason: 'no_rows'; readonly header: string }
  | {
      readonly reason: 'weights_under_half';
      readonly indicatorWeight: string;
      readonly formWeight: string;
    }
  | { readonly reason: 'unread_points'; readonly rows: string; readonly points: string }
  /** A row of header words inside the block that could not be placed: the columns may be wrong. */
  | { readonly reason: 'header_unread'; readonly header: string; readonly text: string }
);

/** Where a finding is and what it quotes, as one code's record. */
export interface FindingDataOf<K extends FindingCode> {
  readonly code: K;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
  readonly params: ParamsByCode[K];
  /**
   * The 1-based first row of the form the finding belongs to, set when its sheet holds several
   * forms (SCORING.md §11.4) so that each form's findings can be told apart.
   */
  readonly form?: number;
}

/** A finding without its message, as rules produce it; narrowing on `code` types `params`. */
export type FindingData<K extends FindingCode = FindingCode> = {
  [C in K]: FindingDataOf<C>;
}[K];

/** A finding as reported: code, severity, place, and a Chinese message naming the sheet and cell. */
export type Finding<K extends FindingCode = FindingCode> = {
  [C in K]: FindingDataOf<C> & { readonly severity: Severity; readonly message: string };
}[K];

/** The parameters argument of `finding`: optional exactly when a code quotes nothing required. */
export type ParamsArg<K extends FindingCode> = ParamsByCode[K] extends NoParams
  ? [params?: NoParams]
  : Partial<ParamsByCode[K]> extends ParamsByCode[K]
    ? [params?: ParamsByCode[K]]
    : [params: ParamsByCode[K]];

/** A finding of `code` at a place, with the parameters its message quotes. */
export function finding<K extends FindingCode>(
  code: K,
  sheet: string | null,
  cell: string | null,
  indicator: string | null,
  ...rest: ParamsArg<K>
): FindingDataOf<K> {
  const params = (rest[0] ?? {}) as ParamsByCode[K];
  // Spelled out rather than spread: a big workbook makes thousands of findings (npm run bench).
  const data: FindingDataOf<K> = {
    code,
    sheet,
    cell,
    indicator,
    params,
  };
  return data;
}

/** Severity order for sorting and for `--strict`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The figures a batch review keeps per file and per form. Workers turn each workbook into one
 * `ReviewedFile` and drop the workbook; the summary, the 汇总表, the charts and the 总结报告 are all
 * built from these records only, so memory does not grow with the size of the workbooks.
 * The JSON part (`ReviewForm` without `problems`/`outliers`) is stable API: docs/REVIEW.md.
 */
import type { FindingCode, Severity } from '../findings/codes';
import type { FormKind } from '../read/formModel';

/** How a file fared: scored (at least one form), no form in it, or could not be reviewed. */
export type ReviewStatus = 'scored' | 'no_form' | 'unreadable';

/** One finding as the 问题清单 lists it. */
export interface ReviewProblem {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
}

/** An indicator far over or under its target, for 三、绩效自评结果及分析 of the 总结报告. */
export interface ReviewOutlier {
  readonly indicator: string;
  readonly cell: string | null;
  readonly target: string;
  readonly actual: string;
  readonly score: number;
  readonly weight: number | null;
  /** over: the actual reached the deviation threshold of the target; under: under 60% of the points. */
  readonly direction: 'over' | 'under';
}

/** The budget figures of a form (rates as fractions). */
export interface ReviewBudget {
  readonly planned: number | null;
  readonly executed: number | null;
  readonly rate: number | null;
  readonly rawRate: number | null;
}

/** Where a form is: its file, sheet and 1-based first row. */
export interface ReviewFormRef {
  readonly file: string;
  readonly sheet: string;
  readonly firstRow: number;
}

/** One form in the JSON summary. */
export interface ReviewForm {
  readonly sheet: string;
  /** 1-based first row of the form on its sheet (several forms may share one, SCORING.md §11.4). */
  readonly firstRow: number;
  readonly kind: FormKind;
  readonly unit: string | null;
  readonly project: string | null;
  /** 主管部门 as the form names it (a department form is its own 主管部门); null when not named. */
  readonly department: string | null;
  readonly year: number | null;
  readonly profile: string;
  readonly total: number;
  /** null when the form was not fully read (SCORING.md §11.2): `total` is a partial score. */
  readonly grade: string | null;
  /** The number in the form's 总分 cell before scoring, or null when it held none. */
  readonly selfReportedTotal: number | null;
  /** total − selfReportedTotal, 2 decimals, or null. */
  readonly difference: number | null;
  /** How many 得分/执行率/总分 cells differ from the computed values (checkDifferences). */
  readonly scoresDiffering: number;
  /**
   * False when the unit left the form unscored: no 得分 cell holds anything and the 总分 is empty or
   * 0 (a SUM over empty cells). Such a form is 未自评, not 不一致: its differing cells are blanks.
   */
  readonly selfScored: boolean;
  /**
   * The form counted in this one's place (the same kind, unit, project and year: the first read in
   * full, in file order), or null. A repeated form is 重复: listed, and counted in no total.
   */
  readonly duplicateOf: ReviewFormRef | null;
  readonly budget: ReviewBudget | null;
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
  readonly codes: Readonly<Partial<Record<FindingCode, number>>>;
}

/** A form with what the 问题清单 and the 总结报告 need beyond the JSON. */
export interface ReviewedForm extends ReviewForm {
  readonly problems: readonly ReviewProblem[];
  readonly outliers: readonly ReviewOutlier[];
}

/** One reviewed file. `file` is relative to the folder given, with `/`. */
export interface ReviewedFile {
  readonly file: string;
  readonly status: ReviewStatus;
  /** One-line Chinese reason when not scored. */
  readonly message?: string;
  readonly forms: readonly ReviewedForm[];
  /** Findings about the whole file (no form found, unreadable). */
  readonly problems: readonly ReviewProblem[];
}

/** The JSON file entry: a ReviewedFile without the lists only the workbook needs. */
export interface ReviewJsonFile {
  readonly file: string;
  readonly status: ReviewStatus;
  readonly message?: string;
  readonly forms: readonly ReviewForm[];
}

/** The `summary` object of the JSON. */
export interface ReviewSummary {
  readonly files: number;
  /** Forms counted once each: a form repeated in another file (or twice in one) is counted once. */
  readonly forms: number;
  /** Files with at least one scored form. */
  readonly scored: number;
  readonly noForm: number;
  readonly unreadable: number;
  readonly grades: Readonly<Record<string, number>>;
  readonly meanTotal: number | null;
  readonly medianTotal: number | null;
  /** Self-scored forms with at least one 得分/执行率/总分 cell differing from the computed value. */
  readonly withDifferences: number;
  /** Forms the unit left unscored (未自评). */
  readonly notSelfScored: number;
  /** Forms left out of every count as repeats of an earlier one (重复). */
  readonly duplicates: number;
}

/** The whole JSON summary of a review (docs/REVIEW.md). */
export interface ReviewJson {
  /** The profile given, else `as saved per workbook` (each form says its own). */
  readonly profile: string;
  readonly files: readonly ReviewJsonFile[];
  readonly summary: ReviewSummary;
}

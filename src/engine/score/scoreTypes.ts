/**
 * The scored result of a workbook: per form the budget, every indicator with its score and the
 * reason for it, totals and grade, plus all findings. This is what reports, patches and the UI read.
 */
import type { CellValue } from '../base/cells';
import type { Finding } from '../findings/codes';
import type { FormModel, IndicatorRow } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import type { Profile } from '../rules/profiles';
import type { BandName } from '../base/bands';

/** Scoring method of an indicator (SCORING.md §8.16). */
export type Method = 'higher' | 'lower' | 'range' | 'deadline' | 'qualitative' | 'none';

/** What the engine read from target and actual, in one unit (the workings sheet shows it). */
export interface Reading {
  readonly target: number | null;
  /** Upper end of a range target. */
  readonly targetHigh: number | null;
  readonly actual: number | null;
  /** `%` for percents (numbers are fractions), a unit such as `人`, or ''. */
  readonly unit: string;
  /** Which rule mode applied: proportional, threshold (2021 floor) or satisfaction steps. */
  readonly mode: 'proportional' | 'threshold' | 'satisfaction' | null;
}

/** One scored indicator. */
export interface ScoredIndicator {
  readonly source: IndicatorRow;
  /** The sheet the row is on: the form's, or a sheet that continues it (SCORING.md §11.6). */
  readonly sheet: string;
  readonly name: string;
  readonly level1: string;
  readonly level2: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** Target and actual as written (split columns composed: `≥300件`). */
  readonly target: string;
  readonly actual: string;
  readonly weight: number | null;
  readonly score: number;
  readonly method: Method;
  readonly band: BandName | null;
  /** The 得分 cell (merge anchor), or null when the form has no 得分 column. */
  readonly cell: string | null;
  /** 评分依据: how the score was reached, in Chinese, for reviewers and the report. */
  readonly basis: string;
  readonly reading: Reading;
  /** 偏差原因分析及改进措施 text as written. */
  readonly explanation: string;
  /** The value that was in the 得分 cell before scoring. */
  readonly previous: CellValue;
  /** True when a person's score inside the band was kept. */
  readonly manualKept: boolean;
  /** The band a person chose for this judgement case in the pane (recorded in the workbook). */
  readonly decided?: BandName;
}

/** The scored budget block. */
export interface ScoredBudget {
  /** 预算数 used (全年预算数, or 年初预算数 when that is empty); null when none is usable. */
  readonly planned: number | null;
  readonly plannedCell: CellRef | null;
  readonly executed: number | null;
  readonly rate: number | null;
  readonly rawRate: number | null;
  readonly weight: number;
  readonly score: number;
  /** 得分 cell of the budget block. */
  readonly cell: string | null;
  /** 执行率 cell of the budget block. */
  readonly rateCell: string | null;
  readonly basis: string;
  readonly previous: CellValue;
  readonly explanation: string;
}

/** One scored form. */
export interface ScoredForm {
  readonly model: FormModel;
  readonly budget: ScoredBudget | null;
  readonly indicators: readonly ScoredIndicator[];
  /** Sum of all weights, the budget's included. */
  readonly weightTotal: number;
  /** 总分; with no grade, the 部分得分 of what was read (SCORING.md §11.2). */
  readonly total: number;
  /** 等级; null when the form was not fully read (`indicators_missing`, SCORING.md §11.2). */
  readonly grade: string | null;
  /** The profile's executionCaps (SCORING.md §10) lowered the total: from `sum` to `cap`. */
  readonly capped: {
    readonly cap: number;
    readonly below: number;
    readonly rawRate: number;
    readonly sum: number;
  } | null;
}

/** What a grade column shows for a form that was not fully read (SCORING.md §11.2). */
export const NO_GRADE = '未评定';
/** What a total is called when the form was not fully read: the score of what was read (§11.2). */
export const PARTIAL_TOTAL = '部分得分';

/** The scoring of a whole workbook. */
export interface ScoreResult {
  readonly profile: Profile;
  readonly forms: readonly ScoredForm[];
  readonly findings: readonly Finding[];
}

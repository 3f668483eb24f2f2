/**
 * What an indicator rule is given and what it gives back (rules/registry.ts lists the rules). Kept
 * apart from scoreIndicator.ts so that the registry, the scorer and the workings sheet share these
 * types without importing each other.
 */
import type { FindingCode, FindingData, ParamsArg } from '../findings/codes';
import type { IndicatorRow } from '../read/formModel';
import type { Profile } from './profiles';
import type { Method, Reading, ScoredIndicator } from '../score/scoreTypes';
import type { WriteRecord } from '../base/snapshot';
import type { ValueReading } from '../read/values';
import type { Direction } from './direction';
import type { BandName } from '../base/bands';

/** Context shared by all indicators of a form. */
export interface IndicatorContext {
  readonly sheet: string;
  /** The form's year (from its title or 年度 row), null when it has none. */
  readonly year: number | null;
  readonly profile: Profile;
  readonly record: WriteRecord | null;
}

/** Target or actual of a row: its text as composed from the form, and how it reads. */
export interface Side {
  readonly text: string;
  readonly reading: ValueReading;
  /** The row's 指标性质 says 定性: scored as qualitative whatever the value reads. */
  readonly forcedQualitative: boolean;
}

/** One indicator row as the rules see it: weight known, target and actual read. */
export interface RuleInput {
  readonly ind: IndicatorRow;
  readonly ctx: IndicatorContext;
  readonly w: number;
  readonly target: Side;
  readonly actual: Side;
  /** Higher or lower is better, from the operator or the words of the row (computed once). */
  readonly direction: () => Direction;
  /** A finding about this row. */
  readonly finding: <K extends FindingCode>(
    code: K,
    cell: string | null,
    ...params: ParamsArg<K>
  ) => FindingData<K>;
}

/** What a rule decides for a row. */
export interface Outcome {
  readonly score: number;
  readonly method: Method;
  readonly band: BandName | null;
  readonly basis: string;
  readonly reading: Reading;
  /** Judgement cases may keep a manual score inside their band. */
  readonly judgement: boolean;
  readonly findings: readonly FindingData[];
}

/** Cell references of one workings row (`H5`…), for the formulas of that row. */
export interface RowRefs {
  readonly t: string;
  readonly tHigh: string;
  readonly a: string;
  readonly w: string;
  readonly rate: string;
  readonly score: string;
}

/** What a workings formula is written from: the scored row, the profile and its row's cells. */
export interface FormulaInput {
  readonly ind: ScoredIndicator;
  readonly profile: Profile;
  readonly refs: RowRefs;
}

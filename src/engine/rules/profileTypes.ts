/**
 * The shape of a scoring profile (SCORING.md §7, §10). A profile is data: the catalogue's JSON files
 * under profiles/ are validated against docs/profile.schema.json (src/profiles/schema.ts is the one
 * definition) and compiled into catalogue.ts; a user's file goes through the same loader.
 */

/** A band of a stepped scale: at or above `min` (a rate or ratio), the score is `factor × w`. */
export interface Step {
  readonly min: number;
  readonly factor: number;
}

/** A judgement band (SCORING.md §3): scores from `min × w` (included) up to `max × w`. */
export interface Band {
  readonly min: number;
  readonly max: number;
  /** Score a rule gives when no manual score is kept, as a fraction of w. */
  readonly default: number;
}

/** How budget execution is scored. */
export type BudgetMode =
  { readonly mode: 'proportional' } | { readonly mode: 'steps'; readonly steps: readonly Step[] };

/** How a quantitative completion ratio r is scored. */
export type QuantityMode =
  | { readonly mode: 'proportional' }
  /** r ≥ 1 → w; r < floor → 0; otherwise w × (r − floor) / (1 − floor). */
  | { readonly mode: 'threshold'; readonly floor: number };

/** §10 deviationPenalty: a higher-is-better actual at or above threshold × target loses points. */
export interface DeviationPenalty {
  readonly threshold: number;
  readonly points: number;
}

/** §10 executionCaps: raw execution rate below `below` → the total is at most `cap`. */
export interface ExecutionCap {
  readonly below: number;
  readonly cap: number;
}

/** §10 spendingGap: (p − e) ÷ p above threshold → `performance_outruns_spending`. */
export interface SpendingGap {
  readonly threshold: number;
}

/** Nominal first-level weights without and with a 成本指标 first level. */
export interface NominalSplit {
  readonly standard: Readonly<Record<string, number>>;
  readonly withCost: Readonly<Record<string, number>>;
}

/** A scoring profile. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  /** The policy text the profile follows. */
  readonly source: string;
  /** Grade names with the lowest score (per 100 points) that earns them, best first; below all: the last grade. */
  readonly grades: readonly { readonly grade: string; readonly min: number }[];
  readonly lowestGrade: string;
  readonly bands: { readonly A: Band; readonly B: Band; readonly C: Band };
  /** higher-is-better a ≥ threshold × t → `deviation_over_target`. */
  readonly deviationThreshold: number;
  /** raw execution rate below this → `execution_low`. */
  readonly executionExplanationThreshold: number;
  /** Budget 分值 used when the form's cell is empty. */
  readonly defaultBudgetWeight: number;
  readonly budget: BudgetMode;
  readonly quantity: QuantityMode;
  /** Satisfaction indicators scored by the actual rate on steps, or null to score them as quantities. */
  readonly satisfaction: readonly Step[] | null;
  /** Nominal first-level split, or null when the profile has none (no `level1_weight_differs` against it). */
  readonly nominalSplit: NominalSplit | null;
  /** Points lost for a target overshot by far, or null. */
  readonly deviationPenalty: DeviationPenalty | null;
  /** Caps of the total by raw execution rate, lowest `below` first; empty for none. */
  readonly executionCaps: readonly ExecutionCap[];
  /** The performance-outruns-spending check, or null. */
  readonly spendingGap: SpendingGap | null;
}

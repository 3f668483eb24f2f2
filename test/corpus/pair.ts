/**
 * One corpus entry: a target/actual pair as a published form (or the spec) writes it, with the
 * score and the judgement finding worked out by hand from SCORING.md, never copied from the
 * product's output.
 */
export interface Pair {
  /** A source id of sources.ts (`P1`, `A12` …), or the spec's `S§9.1` / issue `I8`; `, ` joins several. */
  readonly source: string;
  readonly name: string;
  readonly target: string | number;
  readonly actual: string | number;
  readonly weight: number;
  /** The score by hand. */
  readonly score: number;
  /** The judgement finding expected, or null for a formula score with no judgement. */
  readonly code: 'qualitative_auto' | 'needs_judgement' | 'unit_mismatch' | null;
  readonly level1?: string;
  readonly level2?: string;
  /** Split columns: 符号 and 单位 (as in P2). */
  readonly nature?: string;
  readonly unit?: string;
  /** Why the hand score is what it is, where it is not plain (which § decides). */
  readonly why?: string;
}

/** A published form the pairs were copied from. */
export interface Source {
  readonly id: string;
  /** The form as it names itself: unit, project, year, province. */
  readonly title: string;
  /** Where it is published (the page or file address as found). */
  readonly url: string;
}

/**
 * Corpus part B: pairs copied from the published forms of sourcesB.ts, as the pages print them,
 * each scored by hand from SCORING.md.
 */
import type { Pair } from './pair';

export const PAIRS_B: readonly Pair[] = [];

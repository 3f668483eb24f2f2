/**
 * Corpus part A: pairs copied from the published forms of sourcesA.ts, as the pages print them,
 * each scored by hand from SCORING.md.
 */
import type { Pair } from './pair';

export const PAIRS_A: readonly Pair[] = [];

/**
 * Corpus part C: pairs copied from the published forms of sourcesC.ts, as the pages print them,
 * each scored by hand from SCORING.md.
 */
import type { Pair } from './pair';

export const PAIRS_C: readonly Pair[] = [];

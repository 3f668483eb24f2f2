/**
 * Corpus part D: pairs copied from the published forms of sourcesD.ts, as the pages print them,
 * each scored by hand from SCORING.md.
 */
import type { Pair } from './pair';

export const PAIRS_D: readonly Pair[] = [];

/** The whole phrasing corpus (see test/phrasingsCorpus.test.ts). */
import type { Pair } from './pair';
import { PAIRS_A } from './pairsA';
import { PAIRS_B } from './pairsB';
import { PAIRS_C } from './pairsC';
import { PAIRS_D } from './pairsD';
import { PAIRS_SPEC } from './pairsSpec';

export type { Pair, Source } from './pair';
export { SOURCES } from './sources';

export const PAIRS: readonly Pair[] = [
  ...PAIRS_SPEC,
  ...PAIRS_A,
  ...PAIRS_B,
  ...PAIRS_C,
  ...PAIRS_D,
];

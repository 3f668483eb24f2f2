/** Published forms of corpus part B (ids ,  …), each with its address. */
import type { Source } from './pair';

export const SOURCES_B: readonly Source[] = [];

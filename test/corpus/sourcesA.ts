/** Published forms of corpus part A (ids ,  …), each with its address. */
import type { Source } from './pair';

export const SOURCES_A: readonly Source[] = [];

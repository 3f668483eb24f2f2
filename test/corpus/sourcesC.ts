/** Published forms of corpus part C (ids ,  …), each with its address. */
import type { Source } from './pair';

export const SOURCES_C: readonly Source[] = [];

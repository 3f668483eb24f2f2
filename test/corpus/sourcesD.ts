/** Published forms of corpus part D (ids ,  …), each with its address. */
import type { Source } from './pair';

export const SOURCES_D: readonly Source[] = [];

/**
 * Satisfaction indicators under 财预〔2021〕101号 (SCORING.md §7): the surveyed rate itself is
 * scored on steps (≥90% → w, [80%,90%) → 0.8w, [60%,80%) → 0.5w, below → 0).
 */
import { dec, round } from '../base/decimal';
import type { Step } from './profiles';

/** True when an indicator measures satisfaction (its 二级指标 or its name says 满意度). */
export function isSatisfaction(level1: string, level2: string, name: string): boolean {
  return (
    /满意/.test(level2) || /满意度|满意率/.test(name) || (/满意度/.test(level1) && level2 === '')
  );
}

/** Score of a satisfaction rate (a fraction) on the profile's steps. */
export function scoreSatisfaction(w: number, rate: number, steps: readonly Step[]): number {
  for (const step of steps) if (rate >= step.min) return round(dec(w).times(step.factor));
  return 0;
}

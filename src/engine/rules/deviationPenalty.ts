/**
 * SCORING.md §10 deviationPenalty: a higher-is-better quantity whose actual reaches threshold × its
 * target loses `points` (never below 0). The 一体化 systems read such an overshoot as a target set
 * too low on purpose. The workings twin is `penaltyFormula`.
 */
import { gteTimes, minus, round } from '../base/decimal';
import type { DeviationPenalty } from './profileTypes';
import { lit } from './formulas';

/** The score after the penalty and the points actually lost, or null when none applies. */
export function deviationPenalty(
  score: number,
  t: number,
  a: number,
  penalty: DeviationPenalty | null,
): { score: number; lost: number } | null {
  if (!penalty || !(t > 0) || !gteTimes(a, t, penalty.threshold)) return null;
  const after = round(Math.max(0, minus(score, penalty.points)));
  return { score: after, lost: minus(score, after) };
}

/**
 * `base` with the penalty over the row's target and actual cells: t > 0 and a / t ≥ threshold →
 * MAX(0, base − points). IF evaluates lazily, so t = 0 never divides.
 */
export function penaltyFormula(
  base: string,
  t: string,
  a: string,
  penalty: DeviationPenalty | null,
): string {
  if (!penalty) return base;
  const cut = `IF(${t}>0,IF(${a}/${t}>=${lit(penalty.threshold)},${lit(penalty.points)},0),0)`;
  return `ROUND(MAX(0,${base}-${cut}),2)`;
}

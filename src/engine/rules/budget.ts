/**
 * Budget execution (SCORING.md §3 first row; §7 for the stepped 2021 rule): rate = 执行数 / 预算数,
 * capped at 100% for scoring.
 */
import { dec, round } from '../base/decimal';
import type { BudgetMode } from './profiles';

/** Raw and capped execution rates. */
export function executionRates(
  budget: number,
  executed: number,
): { rawRate: number; rate: number } {
  const rawRate = dec(executed).div(budget).toNumber();
  return { rawRate, rate: Math.min(rawRate, 1) };
}

/** Budget execution score for a capped rate. */
export function scoreBudget(w: number, rate: number, mode: BudgetMode): number {
  if (rate <= 0) return 0;
  if (mode.mode === 'proportional') return round(dec(w).times(rate));
  for (const step of mode.steps) if (rate >= step.min) return round(dec(w).times(step.factor));
  return 0;
}

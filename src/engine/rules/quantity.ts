/**
 * Quantitative indicators: higher-is-better, lower-is-better and ranges (SCORING.md §3; the
 * `threshold` mode is 财预〔2021〕101号's completion-ratio rule, §7).
 */
import { dec, minus, proportion, times } from '../base/decimal';
import type { QuantityMode } from './profiles';

/** Scores a completion ratio num/den ≤ 1 under the profile's quantity mode. */
function partial(w: number, num: number, den: number, mode: QuantityMode): number {
  if (num <= 0) return 0;
  // Exact integer arithmetic, not a Big division: the hottest call on large workbooks (npm run bench).
  if (mode.mode === 'proportional') return proportion(w, num, den);
  const r = dec(num).div(den);
  if (r.lt(mode.floor)) return 0;
  // w × (r − floor) / (1 − floor) = w × (num − floor·den) / ((1 − floor)·den), rounded once and
  // exactly: a 20-place r made exact halves round down (w 1.5, 5 of 6 → 0.875 gave 0.87, not 0.88).
  // The products and differences are decimal-exact (1 − 0.7 is 0.3, not 0.30000000000000004).
  return proportion(w, minus(num, times(mode.floor, den)), times(minus(1, mode.floor), den));
}

/** Higher is better (`≥ > =`, or a bare number): a ≥ t → w, else by a / t; t = 0 → w when a ≥ 0. */
export function scoreHigher(w: number, t: number, a: number, mode: QuantityMode): number {
  if (a >= t) return t === 0 && a < 0 ? 0 : w;
  if (t <= 0) return 0;
  return partial(w, a, t, mode);
}

/** Lower is better (`≤ <`): a ≤ t → w, else by t / a; t = 0 and a > 0 → 0. */
export function scoreLower(w: number, t: number, a: number, mode: QuantityMode): number {
  if (a <= t) return w;
  if (t <= 0) return 0;
  return partial(w, t, a, mode);
}

/** Range [lo, hi]: inside → w; below → by a / lo; above → by hi / a. */
export function scoreRange(
  w: number,
  lo: number,
  hi: number,
  a: number,
  mode: QuantityMode,
): number {
  if (a >= lo && a <= hi) return w;
  if (a < lo) return lo <= 0 ? 0 : partial(w, a, lo, mode);
  return partial(w, hi, a, mode);
}

/**
 * Decimal-exact arithmetic for scores. Scores are money-like: `0.1 + 0.2` must be `0.3`, and a
 * half must round up (SCORING.md §3), which binary floating point cannot promise.
 */
import Big from 'big.js';

Big.DP = 20;
Big.RM = Big.roundHalfUp;

/** A decimal number built from a JS number or numeric string. */
export function dec(x: number | string | Big): Big {
  return x instanceof Big ? x : new Big(x);
}

/** Rounds half-up to `dp` decimals (2 for scores) and returns a plain number. */
export function round(x: number | Big, dp = 2): number {
  return dec(x).round(dp, Big.roundHalfUp).toNumber();
}

/** Exact sum of numbers, rounded to 2 decimals. */
export function sum2(values: readonly number[]): number {
  let acc = new Big(0);
  for (const v of values) acc = acc.plus(v);
  return round(acc);
}

/** Exact sum without rounding (for weights, which may carry any number of decimals). */
export function sumExact(values: readonly number[]): number {
  let acc = new Big(0);
  for (const v of values) acc = acc.plus(v);
  return acc.toNumber();
}

/** `w × num / den` rounded half-up to 2 decimals; the ratio is computed exactly first. */
export function proportion(w: number, num: number, den: number): number {
  return round(dec(w).times(num).div(den));
}

/** `a / b` as an exact decimal number (used for rates and ratios; b must not be 0). */
export function ratio(a: number, b: number): number {
  return dec(a).div(b).toNumber();
}

/** Exact `a × b`. */
export function times(a: number, b: number): number {
  return dec(a).times(b).toNumber();
}

/** Exact `a - b`. */
export function minus(a: number, b: number): number {
  return dec(a).minus(b).toNumber();
}

/** Exact comparison: -1, 0 or 1. */
export function cmp(a: number, b: number): number {
  return dec(a).cmp(b);
}

export { Big };

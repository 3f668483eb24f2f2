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

const TWO_DECIMALS_RE = /^-?\d+\.\d{1,2}$/;

/**
 * The number in hundredths as an exact integer when its decimal text has at most 2 decimals
 * (`12.5` → 1250), else null. Weights and scores almost always qualify, and integer sums of them
 * are exact, which spares Big's allocations on big workbooks (npm run bench).
 */
export function hundredths(x: number): number | null {
  if (Number.isSafeInteger(x) && Math.abs(x) < 1e13) return x * 100;
  const s = String(x);
  if (s.length > 16 || !TWO_DECIMALS_RE.test(s)) return null;
  return Number(`${s}e2`);
}

/** Rounds half-up to `dp` decimals (2 for scores) and returns a plain number. */
export function round(x: number | Big, dp = 2): number {
  // A number that already has at most 2 decimals is its own rounding.
  if (typeof x === 'number' && dp === 2 && hundredths(x) !== null) return x;
  return dec(x).round(dp, Big.roundHalfUp).toNumber();
}

/** Sum in hundredths when every value has at most 2 decimals and the sum stays exact, else null. */
function sumHundredths(values: readonly number[]): number | null {
  let total = 0;
  for (const v of values) {
    const h = hundredths(v);
    if (h === null) return null;
    total += h;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}

/** Exact sum of numbers, rounded to 2 decimals. */
export function sum2(values: readonly number[]): number {
  // Integer hundredths add exactly; their quotient by 100 is the double Big would give.
  const h = sumHundredths(values);
  if (h !== null) return h / 100;
  let acc = new Big(0);
  for (const v of values) acc = acc.plus(v);
  return round(acc);
}

/** Exact sum without rounding (for weights, which may carry any number of decimals). */
export function sumExact(values: readonly number[]): number {
  const h = sumHundredths(values);
  if (h !== null) return h / 100;
  let acc = new Big(0);
  for (const v of values) acc = acc.plus(v);
  return acc.toNumber();
}

const DECIMAL_TEXT_RE = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** A number's decimal text as an integer and a power of ten (`12.5` → 125 × 10^-1), or null. */
function decimalParts(x: number): { digits: bigint; exp: number } | null {
  const m = DECIMAL_TEXT_RE.exec(String(x));
  if (!m) return null;
  const frac = m[3] ?? '';
  return { digits: BigInt(`${m[1]}${m[2]}${frac}`), exp: (m[4] ? Number(m[4]) : 0) - frac.length };
}

/**
 * `w × num / den` rounded half-up to 2 decimals, exactly: one integer division of the decimal
 * digits (BigInt) instead of a 20-place Big division, which was the engine's costliest call on
 * large workbooks, above all on the CLI's first, unoptimised run (npm run bench).
 */
export function proportion(w: number, num: number, den: number): number {
  const pw = decimalParts(w);
  const pn = decimalParts(num);
  const pd = decimalParts(den);
  if (!pw || !pn || !pd || pd.digits === 0n) return round(dec(w).times(num).div(den));
  // w·num/den·100 = (W·N / D) · 10^(ew + en + 2 − ed), all integers.
  let top = pw.digits * pn.digits;
  let bottom = pd.digits;
  const e = pw.exp + pn.exp + 2 - pd.exp;
  if (e >= 0) top *= 10n ** BigInt(e);
  else bottom *= 10n ** BigInt(-e);
  const negative = top < 0n !== bottom < 0n;
  const a = top < 0n ? -top : top;
  const b = bottom < 0n ? -bottom : bottom;
  // Half-up means half away from zero on the magnitude (Big.roundHalfUp).
  const q = (2n * a + b) / (2n * b);
  return Number(`${negative ? '-' : ''}${q}e-2`);
}

/** `a / b` as an exact decimal number (used for rates and ratios; b must not be 0). */
export function ratio(a: number, b: number): number {
  return dec(a).div(b).toNumber();
}

/**
 * `x × 10^places`, decimal-exact (`1.1` → `0.011`, not `0.011000000000000001`). The decimal point
 * moves in the number's text, which gives Big's result without its cost: every percent and 万/亿
 * value of a form goes through here (npm run bench).
 */
export function shiftPoint(x: number, places: number): number {
  if (x === 0) return x; // keeps -0 as Big does
  const s = String(x);
  if (/e/i.test(s))
    return places >= 0
      ? dec(x)
          .times(10 ** places)
          .toNumber()
      : dec(x)
          .div(10 ** -places)
          .toNumber();
  return Number(`${s}e${places}`);
}

/**
 * Exact `a ≥ b × k`. A float comparison settles every case that is not within a hair of equality;
 * only those go to Big (the deviation check runs for every indicator; npm run bench).
 */
export function gteTimes(a: number, b: number, k: number): boolean {
  const approx = b * k;
  const margin = Math.abs(approx) * 1e-9;
  if (a > approx + margin) return true;
  if (a < approx - margin) return false;
  return dec(a).gte(dec(b).times(k));
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

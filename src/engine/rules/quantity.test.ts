/** Quantitative rules (SCORING.md §3 higher/lower/range rows, §7 mof2021 completion ratio, §8.4). */
import type { QuantityMode } from './profiles';
import { scoreHigher, scoreLower, scoreRange } from './quantity';

const PROP: QuantityMode = { mode: 'proportional' };
const FLOOR: QuantityMode = { mode: 'threshold', floor: 0.6 };

describe('scoreHigher (mof2020, proportional)', () => {
  it('gives w when the actual reaches the target', () => {
    expect(scoreHigher(10, 0.9, 0.95, PROP)).toBe(10);
  });
  it('gives w at a = t exactly (boundary)', () => {
    expect(scoreHigher(10, 0.9, 0.9, PROP)).toBe(10);
  });
  it('gives w × a / t below the target, rounded half-up to 2 decimals', () => {
    expect(scoreHigher(2, 40, 38, PROP)).toBe(1.9);
    expect(scoreHigher(2, 81, 72, PROP)).toBe(1.78);
    expect(scoreHigher(2.5, 0.9, 0.88, PROP)).toBe(2.44);
    expect(scoreHigher(3, 3, 1, PROP)).toBe(1);
  });
  it('rounds an exact half up (w × a / t = 0.125 → 0.13)', () => {
    expect(scoreHigher(1, 8, 1, PROP)).toBe(0.13);
  });
  it('t = 0 gives w whenever a ≥ 0', () => {
    expect(scoreHigher(5, 0, 0, PROP)).toBe(5);
    expect(scoreHigher(5, 0, 3, PROP)).toBe(5);
    expect(scoreHigher(5, 0, -1, PROP)).toBe(0);
  });
  it('never goes below 0 for a negative actual', () => {
    expect(scoreHigher(5, 10, -3, PROP)).toBe(0);
  });
  it('keeps decimals exact (0.1 + 0.2 style noise never shows)', () => {
    expect(scoreHigher(0.3, 3, 1, PROP)).toBe(0.1);
  });
});

describe('scoreLower (mof2020, proportional)', () => {
  it('gives w when the actual is at or under the target', () => {
    expect(scoreLower(4, 0.05, 0.03, PROP)).toBe(4);
    expect(scoreLower(4, 0.05, 0.05, PROP)).toBe(4);
  });
  it('gives w × t / a above the target', () => {
    expect(scoreLower(4, 0.05, 0.1, PROP)).toBe(2);
    expect(scoreLower(3, 100, 120, PROP)).toBe(2.5);
  });
  it('t = 0 and a > 0 gives 0; a = 0 gives w', () => {
    expect(scoreLower(4, 0, 1, PROP)).toBe(0);
    expect(scoreLower(4, 0, 0, PROP)).toBe(4);
  });
});

describe('scoreRange (mof2020, proportional)', () => {
  it('gives w inside the range, both ends included', () => {
    expect(scoreRange(5, 0.85, 0.95, 0.85, PROP)).toBe(5);
    expect(scoreRange(5, 0.85, 0.95, 0.9, PROP)).toBe(5);
    expect(scoreRange(5, 0.85, 0.95, 0.95, PROP)).toBe(5);
  });
  it('gives w × a / lo below and w × hi / a above', () => {
    expect(scoreRange(5, 0.8, 0.9, 0.4, PROP)).toBe(2.5);
    expect(scoreRange(5, 0.5, 0.8, 1, PROP)).toBe(4);
  });
  it('gives 0 below a range whose low end is 0 or less', () => {
    expect(scoreRange(5, 0, 10, -1, PROP)).toBe(0);
  });
});

describe('threshold mode (mof2021: 60% floor)', () => {
  it('r ≥ 1 → w', () => {
    expect(scoreHigher(10, 100, 100, FLOOR)).toBe(10);
    expect(scoreLower(10, 100, 100, FLOOR)).toBe(10);
  });
  it('r = 0.8 → w × (0.8 − 0.6) / 0.4 = w / 2', () => {
    expect(scoreHigher(10, 100, 80, FLOOR)).toBe(5);
    expect(scoreLower(10, 80, 100, FLOOR)).toBe(8 * 0 + 5);
  });
  it('r exactly 0.6 → 0, r just above 0.6 → a little, r below 0.6 → 0', () => {
    expect(scoreHigher(10, 100, 60, FLOOR)).toBe(0);
    expect(scoreHigher(10, 100, 61, FLOOR)).toBe(0.25);
    expect(scoreHigher(10, 100, 59, FLOOR)).toBe(0);
  });
  it('applies to ranges too', () => {
    expect(scoreRange(10, 0.8, 0.9, 0.64, FLOOR)).toBe(5);
  });
  it('uses exact decimals for a user floor such as 0.7 (1 − 0.7 is not 0.30000000000000004)', () => {
    // r = 0.85 → (0.85 − 0.7) / 0.3 = 0.5 exactly.
    expect(scoreHigher(3, 100, 85, { mode: 'threshold', floor: 0.7 })).toBe(1.5);
    // w × 0.5 = 0.005 exactly rounds half-up to 0.01; with binary noise it would fall to 0.
    expect(scoreHigher(0.01, 100, 85, { mode: 'threshold', floor: 0.7 })).toBe(0.01);
  });
});

describe('threshold mode rounds exact halves up', () => {
  const mof2021 = { mode: 'threshold', floor: 0.6 } as const;
  it('scores w × (r − floor) / (1 − floor) without a 20-place r in between', () => {
    // r = 5/6: 1.5 × (5/6 − 0.6) / 0.4 = 0.875 exactly.
    expect(scoreHigher(1.5, 6, 5, mof2021)).toBe(0.88);
    expect(scoreHigher(2, 40, 38, mof2021)).toBe(1.75);
    expect(scoreLower(3, 500, 520, { mode: 'threshold', floor: 0.7 })).toBe(2.62);
  });
});

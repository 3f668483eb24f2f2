/** Decimal-exact arithmetic for scores (SCORING.md §3: half-up, no 0.30000000000000004). */
import fc from 'fast-check';
import {
  Big,
  cmp,
  dec,
  minus,
  proportion,
  ratio,
  round,
  shiftPoint,
  sum2,
  sumExact,
  times,
} from './decimal';

describe('decimal', () => {
  it('round is half-up where binary floats are not', () => {
    expect(round(1.005)).toBe(1.01);
    expect(round(2.675)).toBe(2.68);
    expect(round(0.125)).toBe(0.13);
    expect(round(-0.125)).toBe(-0.13);
    expect(round(1.23456, 3)).toBe(1.235);
  });
  it('sums exactly', () => {
    expect(sum2([0.1, 0.2])).toBe(0.3);
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([33.3, 33.3, 33.4])).toBe(100);
    expect(sum2([])).toBe(0);
  });
  it('proportion computes w × num / den before rounding once', () => {
    expect(proportion(2, 38, 40)).toBe(1.9);
    expect(proportion(2, 72, 81)).toBe(1.78);
    expect(proportion(1, 1, 8)).toBe(0.13);
  });
  it('ratio, times, minus, cmp', () => {
    expect(ratio(90, 100)).toBe(0.9);
    expect(times(3.06, 1e8)).toBe(306000000);
    expect(times(0.1, 3)).toBe(0.3);
    expect(minus(1, 0.7)).toBe(0.3);
    expect(cmp(0.1 + 0.2, 0.3)).toBe(1);
    expect(cmp(sumExact([0.1, 0.2]), 0.3)).toBe(0);
    expect(cmp(1, 2)).toBe(-1);
  });
  it('dec accepts numbers, strings and decimals', () => {
    expect(
      dec('1.5')
        .plus(dec(dec(1)))
        .toNumber(),
    ).toBe(2.5);
  });
});

describe('shiftPoint', () => {
  it('moves the decimal point exactly', () => {
    expect(shiftPoint(1.1, -2)).toBe(0.011);
    expect(shiftPoint(90, -2)).toBe(0.9);
    expect(shiftPoint(3.06, 8)).toBe(306000000);
    expect(shiftPoint(5.3, 4)).toBe(53000);
    expect(shiftPoint(1e-7, 2)).toBeCloseTo(1e-5, 20);
    expect(shiftPoint(1e21, -2)).toBe(1e19);
  });
});

describe('decimal properties (fast paths must agree with Big)', () => {
  // Decimals with 0–4 places written as exact text, positive and negative, small and large.
  const decimalArb = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, dp]) => Number(new Big(n).div(10 ** dp).toString()));

  it('round(x) is Big’s half-up rounding', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        expect(round(x)).toBe(new Big(x).round(2, Big.roundHalfUp).toNumber());
      }),
    );
  });
  it('sum2 and sumExact are Big’s exact sums', () => {
    fc.assert(
      fc.property(fc.array(decimalArb, { maxLength: 40 }), (xs) => {
        const big = xs.reduce((acc, x) => acc.plus(x), new Big(0));
        expect(sumExact(xs)).toBe(big.toNumber());
        expect(sum2(xs)).toBe(big.round(2, Big.roundHalfUp).toNumber());
      }),
    );
  });
});

describe('proportion on exact halves', () => {
  // A 20-place quotient times w lands just below the half (1.87499…) and rounded down before.
  it('rounds exact halves up although num / den is a repeating decimal', () => {
    expect(proportion(2.25, 0.15, 0.18)).toBe(1.88); // 2.25 × 5/6 = 1.875
    expect(proportion(1.5, 42, 504)).toBe(0.13); // 1.5 / 12 = 0.125
    expect(proportion(2.25, 0.4, 0.48)).toBe(1.88);
  });
  it('keeps the sign and handles exponents', () => {
    expect(proportion(-2, 1, 8)).toBe(-0.25);
    expect(proportion(2, 1e-7, 1e-7)).toBe(2);
  });
});

/** Budget execution rules (SCORING.md §3 first row, §7 mof2021 steps). */
import { MOF2020, MOF2021 } from './profiles';
import { executionRates, scoreBudget } from './budget';

describe('executionRates', () => {
  it('divides exactly and caps the scoring rate at 1', () => {
    expect(executionRates(11605.29, 21680.25).rate).toBe(1);
    expect(executionRates(11605.29, 21680.25).rawRate).toBeGreaterThan(1.8);
    expect(executionRates(100, 90)).toEqual({ rawRate: 0.9, rate: 0.9 });
    expect(executionRates(0.3, 0.1).rawRate).toBeCloseTo(1 / 3, 15);
  });
});

describe('scoreBudget, mof2020 (proportional)', () => {
  it('w × rate, rounded half-up', () => {
    expect(scoreBudget(10, 1, MOF2020.budget)).toBe(10);
    expect(scoreBudget(10, 0.9, MOF2020.budget)).toBe(9);
    expect(scoreBudget(10, 0.12345, MOF2020.budget)).toBe(1.23);
    expect(scoreBudget(10, 0.12355, MOF2020.budget)).toBe(1.24);
  });
  it('0 for no or negative execution', () => {
    expect(scoreBudget(10, 0, MOF2020.budget)).toBe(0);
    expect(scoreBudget(10, -0.5, MOF2020.budget)).toBe(0);
  });
});

describe('scoreBudget, mof2021 (steps)', () => {
  const steps = MOF2021.budget;
  it('100% → w', () => expect(scoreBudget(10, 1, steps)).toBe(10));
  it('just under 100% → 0.7w', () => expect(scoreBudget(10, 0.9999, steps)).toBe(7));
  it('exactly 80% → 0.7w', () => expect(scoreBudget(10, 0.8, steps)).toBe(7));
  it('just under 80% → 0.5w', () => expect(scoreBudget(10, 0.7999, steps)).toBe(5));
  it('exactly 60% → 0.5w', () => expect(scoreBudget(10, 0.6, steps)).toBe(5));
  it('below 60% → 0', () => expect(scoreBudget(10, 0.5999, steps)).toBe(0));
  it('rounds a factor × w with decimals', () => expect(scoreBudget(3.33, 0.85, steps)).toBe(2.33));
});

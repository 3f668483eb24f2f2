/** The three §10 mechanisms as pure rules, with their workings formulas. */
import { capFormula, executionCap } from './executionCaps';
import { deviationPenalty, penaltyFormula } from './deviationPenalty';
import { spendingGap } from './spendingGap';

const PENALTY = { threshold: 1.3, points: 2 };
const CAPS = [
  { below: 0.8, cap: 89 },
  { below: 0.7, cap: 79 },
  { below: 0.6, cap: 69 },
  { below: 0.5, cap: 59 },
];

describe('deviationPenalty', () => {
  it('a ≥ 1.3 t loses the points, exactly 130% included', () => {
    expect(deviationPenalty(20, 100, 130, PENALTY)).toEqual({ score: 18, lost: 2 });
    expect(deviationPenalty(20, 100, 150, PENALTY)).toEqual({ score: 18, lost: 2 });
    expect(deviationPenalty(20, 100, 129.99, PENALTY)).toBeNull();
  });
  it('never below 0; decimal-exact', () => {
    expect(deviationPenalty(1.5, 10, 20, PENALTY)).toEqual({ score: 0, lost: 1.5 });
    expect(deviationPenalty(10.1, 1, 2, { threshold: 1.3, points: 0.3 })).toEqual({
      score: 9.8,
      lost: 0.3,
    });
  });
  it('no penalty without a profile setting or a positive target', () => {
    expect(deviationPenalty(20, 100, 200, null)).toBeNull();
    expect(deviationPenalty(20, 0, 5, PENALTY)).toBeNull();
  });
  it('formula: the base less the points when a / t ≥ threshold, guarded for t = 0', () => {
    expect(penaltyFormula('X', 'H3', 'J3', null)).toBe('X');
    expect(penaltyFormula('X', 'H3', 'J3', PENALTY)).toBe(
      'ROUND(MAX(0,X-IF(H3>0,IF(J3/H3>=1.3,2,0),0)),2)',
    );
  });
});

describe('executionCaps', () => {
  it('the lowest `below` the raw rate is under applies; at the boundary it does not', () => {
    expect(executionCap(100, 45, CAPS)).toEqual({ below: 0.5, cap: 59 });
    expect(executionCap(100, 50, CAPS)).toEqual({ below: 0.6, cap: 69 });
    expect(executionCap(100, 79.99, CAPS)).toEqual({ below: 0.8, cap: 89 });
    expect(executionCap(100, 80, CAPS)).toBeNull();
    expect(executionCap(100, 120, CAPS)).toBeNull();
  });
  it('no cap without a usable budget or without caps', () => {
    expect(executionCap(null, 10, CAPS)).toBeNull();
    expect(executionCap(0, 10, CAPS)).toBeNull();
    expect(executionCap(100, null, CAPS)).toBeNull();
    expect(executionCap(100, 10, [])).toBeNull();
  });
  it('formula: nested IFs from the strictest cap', () => {
    expect(capFormula('S', 'H3', 'J3', CAPS.slice(0, 2))).toBe(
      'IF(J3/H3<0.7,MIN(79,S),IF(J3/H3<0.8,MIN(89,S),S))',
    );
    expect(capFormula('S', 'H3', 'J3', [])).toBe('S');
  });
});

describe('spendingGap', () => {
  const GAP = { threshold: 0.05 };
  it('(p − e) / p above the threshold', () => {
    // p = 90 / 90 = 1, e = 0.92: 8% > 5%.
    expect(spendingGap([60, 30], [60, 30], 0.92, GAP)).toEqual({
      performance: 1,
      execution: 0.92,
      gap: 0.08,
    });
    // p = 1, e = 0.95: exactly 5% is not above 5%.
    expect(spendingGap([60, 30], [60, 30], 0.95, GAP)).toBeNull();
  });
  it('nothing without a rate, weights, a positive p or the setting', () => {
    expect(spendingGap([60], [60], null, GAP)).toBeNull();
    expect(spendingGap([], [], 0.5, GAP)).toBeNull();
    expect(spendingGap([0], [60], 0.5, GAP)).toBeNull();
    expect(spendingGap([60], [60], 0.5, null)).toBeNull();
  });
});

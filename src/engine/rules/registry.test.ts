/**
 * The rule registry: every rule is asked once, in order, and every scored method finds the rule
 * (and so the workings formula) that scored it.
 */
import { MOF2020, MOF2021 } from './profiles';
import type { Method } from '../score/scoreTypes';
import { BUDGET_RULE, ORDER, RULES, ruleOf } from './registry';

const METHODS: readonly Method[] = ['higher', 'lower', 'range', 'deadline', 'qualitative', 'none'];

describe('rule registry', () => {
  it('ORDER asks every rule exactly once, qualitative (the catch-all) last', () => {
    expect([...ORDER].sort()).toEqual(Object.keys(RULES).sort());
    expect(new Set(ORDER).size).toBe(ORDER.length);
    expect(ORDER[ORDER.length - 1]).toBe('qualitative');
    for (const id of ORDER) expect(RULES[id].id).toBe(id);
  });

  it('every method maps to a rule; satisfaction steps to their own', () => {
    for (const method of METHODS) {
      expect(ruleOf({ method, reading: { ...reading, mode: null } }).id).toBe(method);
    }
    expect(ruleOf({ method: 'higher', reading: { ...reading, mode: 'satisfaction' } }).id).toBe(
      'satisfaction',
    );
  });

  it('arithmetic rules have a formula; judgement rules say null', () => {
    expect(RULES.higher.formula).not.toBeNull();
    expect(RULES.lower.formula).not.toBeNull();
    expect(RULES.range.formula).not.toBeNull();
    expect(RULES.satisfaction.formula).not.toBeNull();
    expect(RULES.deadline.formula).toBeNull();
    expect(RULES.qualitative.formula).toBeNull();
    expect(RULES.none.formula).toBeNull();
  });

  it('the budget rule writes its rate and score formulas from the row', () => {
    const refs = { t: 'H3', tHigh: 'I3', a: 'J3', w: 'L3', rate: 'M3', score: 'O3' };
    const budget = { rate: 0.9, planned: 100, executed: 90 } as const;
    const b = budget as unknown as Parameters<typeof BUDGET_RULE.formula>[0]['budget'];
    expect(BUDGET_RULE.rateFormula({ budget: b, refs })).toBe('MIN(1,J3/H3)');
    expect(BUDGET_RULE.formula({ budget: b, profile: MOF2020, refs })).toBe(
      'IF(M3<=0,0,ROUND(L3*M3,2))',
    );
    expect(BUDGET_RULE.formula({ budget: b, profile: MOF2021, refs })).toBe(
      'IF(M3<=0,0,IF(M3>=1,ROUND(L3,2),IF(M3>=0.8,ROUND(L3*0.7,2),IF(M3>=0.6,ROUND(L3*0.5,2),0))))',
    );
  });
});

const reading = { target: 1, targetHigh: null, actual: 1, unit: '' } as const;

/** The catalogue (SCORING.md §7, §10) as the engine sees it; files are tested in src/profiles. */
import { HUBEI_LEGACY, MOF2020, MOF2021, PROFILES, YITIHUA_STRICT } from './profiles';

describe('built-in profiles', () => {
  it('mof2020 is proportional with the official thresholds', () => {
    expect(MOF2020.budget).toEqual({ mode: 'proportional' });
    expect(MOF2020.quantity).toEqual({ mode: 'proportional' });
    expect(MOF2020.deviationThreshold).toBe(1.3);
    expect(MOF2020.executionExplanationThreshold).toBe(0.9);
    expect(MOF2020.defaultBudgetWeight).toBe(10);
    expect(MOF2020.grades.map((g) => [g.grade, g.min])).toEqual([
      ['优', 90],
      ['良', 80],
      ['中', 60],
    ]);
    expect(MOF2020.lowestGrade).toBe('差');
    expect(MOF2020.bands.A).toEqual({ min: 0.8, max: 1, default: 1 });
    expect(MOF2020.bands.B).toEqual({ min: 0.6, max: 0.8, default: 0.7 });
    expect(MOF2020.bands.C).toEqual({ min: 0, max: 0.6, default: 0.3 });
    expect(MOF2020.nominalSplit?.standard).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(MOF2020.nominalSplit?.withCost).toEqual({
      成本指标: 20,
      产出指标: 40,
      效益指标: 20,
      满意度指标: 10,
    });
  });
  it('mof2021 has budget steps, a 0.6 floor and satisfaction steps', () => {
    expect(MOF2021.budget).toEqual({
      mode: 'steps',
      steps: [
        { min: 1, factor: 1 },
        { min: 0.8, factor: 0.7 },
        { min: 0.6, factor: 0.5 },
      ],
    });
    expect(MOF2021.quantity).toEqual({ mode: 'threshold', floor: 0.6 });
    expect(MOF2021.satisfaction).toEqual([
      { min: 0.9, factor: 1 },
      { min: 0.8, factor: 0.8 },
      { min: 0.6, factor: 0.5 },
    ]);
    expect(MOF2021.deviationPenalty).toBeNull();
    expect(MOF2021.executionCaps).toEqual([]);
  });
  it('the catalogue of §10, in its order, with stable ids and a source each', () => {
    expect(Object.keys(PROFILES)).toEqual(['mof2020', 'mof2021', 'hubei-legacy', 'yitihua-strict']);
    for (const [id, p] of Object.entries(PROFILES)) {
      expect(p.id).toBe(id);
      expect(p.source).not.toBe('');
    }
    expect(MOF2020.deviationPenalty).toBeNull();
    expect(MOF2020.executionCaps).toEqual([]);
    expect(MOF2020.spendingGap).toBeNull();
  });
  it('hubei-legacy: budget 20 points, bands floored at 50%, no nominal split', () => {
    expect(HUBEI_LEGACY).toEqual({
      ...MOF2020,
      id: 'hubei-legacy',
      name: HUBEI_LEGACY.name,
      source: HUBEI_LEGACY.source,
      defaultBudgetWeight: 20,
      bands: {
        A: { min: 0.8, max: 1, default: 1 },
        B: { min: 0.5, max: 0.8, default: 0.65 },
        C: { min: 0, max: 0.5, default: 0.25 },
      },
      nominalSplit: null,
    });
  });
  it('yitihua-strict = mof2020 + deviationPenalty {1.3, 2} + four caps + spendingGap 0.05', () => {
    expect(YITIHUA_STRICT).toEqual({
      ...MOF2020,
      id: 'yitihua-strict',
      name: YITIHUA_STRICT.name,
      source: YITIHUA_STRICT.source,
      deviationPenalty: { threshold: 1.3, points: 2 },
      executionCaps: [
        { below: 0.5, cap: 59 },
        { below: 0.6, cap: 69 },
        { below: 0.7, cap: 79 },
        { below: 0.8, cap: 89 },
      ],
      spendingGap: { threshold: 0.05 },
    });
  });
});

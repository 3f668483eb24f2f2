/** Profiles as data (SCORING.md §7): the built-ins and user profiles loaded from JSON. */
import { MOF2020, MOF2021, PROFILES, ProfileError, profileFromJson } from './profiles';

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
    expect(MOF2020.nominalSplit.standard).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(MOF2020.nominalSplit.withCost).toEqual({
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
    expect(PROFILES).toEqual({ mof2020: MOF2020, mof2021: MOF2021 });
  });
});

describe('profileFromJson: valid files', () => {
  it('a minimal file extends mof2020', () => {
    const p = profileFromJson({ id: 'hubei-2022' });
    expect(p).toEqual({ ...MOF2020, id: 'hubei-2022' });
  });
  it('extends mof2021 and overrides what differs; steps are sorted best first', () => {
    const p = profileFromJson({
      id: 'my.profile_1',
      extends: 'mof2021',
      name: '本地规则',
      source: '某省',
      deviationThreshold: 1.5,
      executionExplanationThreshold: 0.85,
      defaultBudgetWeight: 20,
      grades: [
        { grade: '中', min: 60 },
        { grade: '优', min: 90 },
      ],
      lowestGrade: '不合格',
      bands: { B: { min: 0.5, max: 0.8, default: 0.65 } },
      budget: {
        mode: 'steps',
        steps: [
          { min: 0.6, factor: 0.4 },
          { min: 1, factor: 1 },
        ],
      },
      quantity: { mode: 'threshold', floor: 0.5 },
      satisfaction: null,
    });
    expect(p.id).toBe('my.profile_1');
    expect(p.name).toBe('本地规则');
    expect(p.source).toBe('某省');
    expect(p.deviationThreshold).toBe(1.5);
    expect(p.executionExplanationThreshold).toBe(0.85);
    expect(p.defaultBudgetWeight).toBe(20);
    expect(p.grades).toEqual([
      { grade: '优', min: 90 },
      { grade: '中', min: 60 },
    ]);
    expect(p.lowestGrade).toBe('不合格');
    expect(p.bands).toEqual({
      A: MOF2021.bands.A,
      B: { min: 0.5, max: 0.8, default: 0.65 },
      C: MOF2021.bands.C,
    });
    expect(p.budget).toEqual({
      mode: 'steps',
      steps: [
        { min: 1, factor: 1 },
        { min: 0.6, factor: 0.4 },
      ],
    });
    expect(p.quantity).toEqual({ mode: 'threshold', floor: 0.5 });
    expect(p.satisfaction).toBeNull();
  });
  it('proportional modes and satisfaction steps', () => {
    const p = profileFromJson({
      id: 'x',
      extends: 'mof2021',
      budget: { mode: 'proportional' },
      quantity: { mode: 'proportional' },
      satisfaction: [
        { min: 0.8, factor: 0.5 },
        { min: 0.95, factor: 1 },
      ],
    });
    expect(p.budget).toEqual({ mode: 'proportional' });
    expect(p.quantity).toEqual({ mode: 'proportional' });
    expect(p.satisfaction).toEqual([
      { min: 0.95, factor: 1 },
      { min: 0.8, factor: 0.5 },
    ]);
  });
  it('does not change the built-in profiles', () => {
    profileFromJson({ id: 'y', extends: 'mof2021', quantity: { mode: 'proportional' } });
    expect(MOF2021.quantity).toEqual({ mode: 'threshold', floor: 0.6 });
  });
});

describe('profileFromJson: invalid shapes throw ProfileError with a Chinese message', () => {
  const cases: readonly (readonly [string, unknown, RegExp])[] = [
    ['not an object', [1, 2], /JSON 对象/],
    ['null', null, /JSON 对象/],
    ['a string', 'mof2020', /JSON 对象/],
    ['unknown base', { id: 'a', extends: 'mof1999' }, /extends.*mof1999/],
    ['base not a string', { id: 'a', extends: 2021 }, /extends/],
    ['missing id', {}, /配置项 id/],
    ['bad id', { id: '我的 配置' }, /配置项 id/],
    ['threshold as text', { id: 'a', deviationThreshold: '1.3' }, /deviationThreshold.*"1.3"/],
    ['negative weight', { id: 'a', defaultBudgetWeight: -1 }, /defaultBudgetWeight/],
    ['grades not an array', { id: 'a', grades: { 优: 90 } }, /grades 应为数组/],
    ['grade without name', { id: 'a', grades: [{ min: 90 }] }, /grades\[0\]\.grade/],
    ['grade above 100', { id: 'a', grades: [{ grade: '优', min: 190 }] }, /grades\[0\]\.min/],
    ['bands not an object', { id: 'a', bands: [] }, /bands 应为对象/],
    ['band not an object', { id: 'a', bands: { A: 1 } }, /bands\.A 应为对象/],
    [
      'band default above 1',
      { id: 'a', bands: { C: { min: 0, max: 0.6, default: 3 } } },
      /bands\.C\.default/,
    ],
    ['budget not an object', { id: 'a', budget: 'steps' }, /budget 应为对象/],
    ['budget unknown mode', { id: 'a', budget: { mode: 'linear' } }, /budget\.mode.*linear/],
    [
      'budget steps empty',
      { id: 'a', budget: { mode: 'steps', steps: [] } },
      /budget\.steps 应为非空数组/,
    ],
    [
      'budget step not an object',
      { id: 'a', budget: { mode: 'steps', steps: [1] } },
      /budget\.steps\[0\] 应为对象/,
    ],
    [
      'budget step factor above 1',
      { id: 'a', budget: { mode: 'steps', steps: [{ min: 1, factor: 2 }] } },
      /budget\.steps\[0\]\.factor/,
    ],
    ['quantity not an object', { id: 'a', quantity: 1 }, /quantity 应为对象/],
    ['quantity unknown mode', { id: 'a', quantity: { mode: 'steps' } }, /quantity\.mode/],
    ['quantity floor 1', { id: 'a', quantity: { mode: 'threshold', floor: 1 } }, /quantity\.floor/],
    ['quantity floor missing', { id: 'a', quantity: { mode: 'threshold' } }, /quantity\.floor/],
    ['satisfaction not an array', { id: 'a', satisfaction: {} }, /satisfaction 应为非空数组/],
  ];
  it.each(cases)('%s', (_label, json, message) => {
    let caught: unknown;
    try {
      profileFromJson(json);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ProfileError);
    expect((caught as ProfileError).name).toBe('ProfileError');
    expect((caught as ProfileError).message).toMatch(message);
    expect((caught as ProfileError).message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('profileFromJson: nominal first-level split', () => {
  it('takes a split from the file and keeps the other from the base profile', () => {
    const p = profileFromJson({
      id: 'local',
      nominalSplit: { standard: { 产出指标: 40, 效益指标: 40, 满意度指标: 10 } },
    });
    expect(p.nominalSplit.standard).toEqual({ 产出指标: 40, 效益指标: 40, 满意度指标: 10 });
    expect(p.nominalSplit.withCost).toEqual(MOF2020.nominalSplit.withCost);
  });
  it('rejects a split level that is not a number', () => {
    expect(() =>
      profileFromJson({ id: 'x', nominalSplit: { standard: { 产出指标: '五十' } } }),
    ).toThrow(ProfileError);
    expect(() => profileFromJson({ id: 'x', nominalSplit: [] })).toThrow(/nominalSplit/);
  });
});

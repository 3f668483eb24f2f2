/**
 * The profile loader (SCORING.md §7, §10): valid files over their base, and every kind of bad file
 * (unknown key, wrong type, missing value, invalid JSON) as a ProfileError naming the key path and
 * what was expected, in Chinese.
 */
import { MOF2020, MOF2021, PROFILES } from '../engine';
import { ProfileError, keyPath, profileFromJson, profileFromText } from './load';

const named = { name: '本地规则', source: '某省财政厅文件' };
const load = (json: Record<string, unknown>) => profileFromJson({ ...named, ...json }, PROFILES);

describe('valid files', () => {
  it('a minimal file extends mof2020', () => {
    expect(load({ id: 'hubei-2022' })).toEqual({ ...MOF2020, ...named, id: 'hubei-2022' });
  });
  it('extends mof2021 and overrides what differs; steps are sorted best first', () => {
    const p = load({
      id: 'my.profile_1',
      extends: 'mof2021',
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
    expect(p).toMatchObject({
      id: 'my.profile_1',
      ...named,
      deviationThreshold: 1.5,
      executionExplanationThreshold: 0.85,
      defaultBudgetWeight: 20,
      lowestGrade: '不合格',
      quantity: { mode: 'threshold', floor: 0.5 },
      satisfaction: null,
    });
    expect(p.grades).toEqual([
      { grade: '优', min: 90 },
      { grade: '中', min: 60 },
    ]);
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
  });
  it('the three §10 mechanisms; caps kept lowest `below` first', () => {
    const p = load({
      id: 'x',
      deviationPenalty: { threshold: 1.5, points: 1 },
      executionCaps: [
        { below: 0.8, cap: 90 },
        { below: 0.6, cap: 70 },
      ],
      spendingGap: { threshold: 0.1 },
    });
    expect(p.deviationPenalty).toEqual({ threshold: 1.5, points: 1 });
    expect(p.executionCaps).toEqual([
      { below: 0.6, cap: 70 },
      { below: 0.8, cap: 90 },
    ]);
    expect(p.spendingGap).toEqual({ threshold: 0.1 });
  });
  it('a split from the file, the other from the base; null means none', () => {
    const p = load({ id: 'l', nominalSplit: { standard: { 产出指标: 40, 效益指标: 40 } } });
    expect(p.nominalSplit?.standard).toEqual({ 产出指标: 40, 效益指标: 40 });
    expect(p.nominalSplit?.withCost).toEqual(MOF2020.nominalSplit?.withCost);
    expect(load({ id: 'n', nominalSplit: null }).nominalSplit).toBeNull();
  });
  it('does not change the catalogue', () => {
    load({ id: 'y', extends: 'mof2021', quantity: { mode: 'proportional' } });
    expect(MOF2021.quantity).toEqual({ mode: 'threshold', floor: 0.6 });
  });
  it('text with a BOM and a $schema key', () => {
    const text = `\uFEFF${JSON.stringify({ $schema: 'x', id: 't', ...named })}`;
    expect(profileFromText(text, PROFILES).id).toBe('t');
  });
});

describe('bad files: key path and what was expected, in Chinese', () => {
  const cases: readonly (readonly [string, unknown, string])[] = [
    ['not an object', [1, 2], '（整个文件）：应为对象（{…}）'],
    ['null', null, '（整个文件）：应为对象（{…}）'],
    ['unknown base', { id: 'a', ...named, extends: 'mof1999' }, 'extends：应为 mof2020、'],
    ['base not a string', { id: 'a', ...named, extends: 2021 }, 'extends：应为文字'],
    ['missing id', { ...named }, 'id：缺少此项，应为文字'],
    ['missing source', { id: 'a', name: 'n' }, 'source：缺少此项，应为文字'],
    ['bad id', { id: '我的 配置', ...named }, 'id：应为由字母、数字、._- 组成的名称'],
    [
      'unknown key',
      { id: 'a', ...named, deviationTreshold: 1.3 },
      'deviationTreshold：未知的配置项',
    ],
    ['nested unknown key', { id: 'a', ...named, bands: { D: {} } }, 'bands.D：未知的配置项'],
    [
      'threshold as text',
      { id: 'a', ...named, deviationThreshold: '1.3' },
      'deviationThreshold：应为数字',
    ],
    [
      'negative weight',
      { id: 'a', ...named, defaultBudgetWeight: -1 },
      'defaultBudgetWeight：应为不小于 0 的数字',
    ],
    ['grades not an array', { id: 'a', ...named, grades: { 优: 90 } }, 'grades：应为数组（[…]）'],
    [
      'grade min as text',
      { id: 'a', ...named, grades: [{ grade: '优', min: '90' }] },
      'grades[0].min：应为数字',
    ],
    [
      'grade without name',
      { id: 'a', ...named, grades: [{ min: 90 }] },
      'grades[0].grade：缺少此项，应为文字',
    ],
    [
      'grade above 100',
      { id: 'a', ...named, grades: [{ grade: '优', min: 190 }] },
      'grades[0].min：应为不大于 100 的数字',
    ],
    [
      'band default above 1',
      { id: 'a', ...named, bands: { C: { min: 0, max: 0.6, default: 3 } } },
      'bands.C.default：应为不大于 1 的数字',
    ],
    [
      'budget unknown mode',
      { id: 'a', ...named, budget: { mode: 'linear' } },
      'budget.mode：应为 "proportional" 或 "steps"',
    ],
    [
      'budget steps empty',
      { id: 'a', ...named, budget: { mode: 'steps', steps: [] } },
      'budget.steps：至少需要 1 项',
    ],
    [
      'quantity floor missing',
      { id: 'a', ...named, quantity: { mode: 'threshold' } },
      'quantity.floor：缺少此项，应为数字',
    ],
    [
      'penalty points missing',
      { id: 'a', ...named, deviationPenalty: { threshold: 1.3 } },
      'deviationPenalty.points：缺少此项，应为数字',
    ],
    [
      'cap as text',
      { id: 'a', ...named, executionCaps: [{ below: 0.8, cap: '89' }] },
      'executionCaps[0].cap：应为数字',
    ],
    [
      'gap threshold above 1',
      { id: 'a', ...named, spendingGap: { threshold: 5 } },
      'spendingGap.threshold：应为不大于 1 的数字',
    ],
  ];
  it.each(cases)('%s', (_label, json, message) => {
    expect(() => profileFromJson(json, PROFILES)).toThrow(ProfileError);
    expect(() => profileFromJson(json, PROFILES)).toThrow(message);
  });
  it('invalid JSON', () => {
    expect(() => profileFromText('{"id": "a",', PROFILES)).toThrow(/^不是有效的 JSON：/);
  });
  it('every problem of a file at once', () => {
    expect(() =>
      profileFromJson({ id: 'a', ...named, grades: [{ grade: 1, min: 'x' }] }, PROFILES),
    ).toThrow('grades[0].grade：应为文字；grades[0].min：应为数字');
  });
  it('key paths as a person reads them', () => {
    expect(keyPath(['grades', 0, 'min'])).toBe('grades[0].min');
    expect(keyPath([])).toBe('');
  });
});

/** Judgement cases: qualitative classification and the three bands (SCORING.md §3, §4, §8.6). */
import { MOF2020 } from './profiles';
import { bandDefault, bandLimits, classifyQualitative, inBand } from './judgement';

describe('classifyQualitative (order: equality, C, B, achievement, other)', () => {
  it('equal to the target text → A, automatic', () => {
    expect(classifyQualitative('应保尽保', '应保尽保')).toEqual({
      band: 'A',
      automatic: true,
      rule: '与年度指标值一致',
    });
    expect(classifyQualitative(' 应保尽保。', '应保尽保')).toMatchObject({
      band: 'A',
      automatic: true,
    });
  });
  it('equality wins over a negative marker in the target text itself', () => {
    expect(classifyQualitative('未发生重大事故', '未发生重大事故')).toMatchObject({
      band: 'A',
      automatic: true,
    });
  });
  it.each([
    '达成年度指标',
    '达成预期指标',
    '已完成',
    '完成',
    '全面完成',
    '已实现',
    '实现',
    '达到',
    '是',
    '有效',
    '明显',
    '显著',
    '良好',
    '提升',
    '提高',
    '健全',
    '落实',
  ])('achievement phrase %s → A, automatic', (phrase) => {
    expect(classifyQualitative(phrase, '效果明显提升')).toMatchObject({
      band: 'A',
      automatic: true,
    });
  });
  it('achievement phrase inside a sentence → A, automatic', () => {
    expect(classifyQualitative('服务质量明显提升', '逐步提升')).toMatchObject({
      band: 'A',
      automatic: true,
    });
  });
  it.each(['部分完成', '基本完成', '基本达到预期', '基本满意'])(
    '%s → B, needs judgement',
    (text) => {
      expect(classifyQualitative(text, '全面完成')).toMatchObject({ band: 'B', automatic: false });
    },
  );
  it.each([
    '未完成',
    '没有完成',
    '尚未完成',
    '暂未实现',
    '资金不足',
    '进度滞后',
    '满意度下降',
    '延期',
    '否',
  ])('%s → C, needs judgement', (text) => {
    expect(classifyQualitative(text, '全面完成')).toMatchObject({ band: 'C', automatic: false });
  });
  it('C markers win over B markers', () => {
    expect(classifyQualitative('部分未完成', '完成')).toMatchObject({ band: 'C' });
  });
  it('markers match as words, not inside unrelated words (§8.6)', () => {
    expect(classifyQualitative('未来发展明显提升', 'x')).toMatchObject({
      band: 'A',
      automatic: true,
    });
    expect(classifyQualitative('未成年人保护落实', 'x')).toMatchObject({
      band: 'A',
      automatic: true,
    });
    expect(classifyQualitative('困难群众基本生活得到保障', 'x')).toMatchObject({
      band: 'A',
      automatic: false,
    });
    expect(classifyQualitative('是否达标已落实', 'x')).toMatchObject({
      band: 'A',
      automatic: true,
    });
  });
  it('any other description → A, needs a person to confirm', () => {
    expect(classifyQualitative('上调至780元/月', '不低于上年')).toMatchObject({
      band: 'A',
      automatic: false,
    });
  });
});

describe('bands of MOF2020', () => {
  it('defaults: A → w, B → 70%, C → 30%', () => {
    expect(bandDefault(MOF2020, 'A', 5)).toBe(5);
    expect(bandDefault(MOF2020, 'B', 5)).toBe(3.5);
    expect(bandDefault(MOF2020, 'C', 5)).toBe(1.5);
    expect(bandDefault(MOF2020, 'B', 2.5)).toBe(1.75);
    expect(bandDefault(MOF2020, 'C', 3.33)).toBe(1);
  });
  it('limits', () => {
    expect(bandLimits(MOF2020, 'B', 10)).toEqual({ low: 6, high: 8 });
  });
  it('A is [80%, 100%], 80% included', () => {
    expect(inBand(MOF2020, 'A', 10, 8)).toBe(true);
    expect(inBand(MOF2020, 'A', 10, 10)).toBe(true);
    expect(inBand(MOF2020, 'A', 10, 7.99)).toBe(false);
    expect(inBand(MOF2020, 'A', 10, 10.01)).toBe(false);
  });
  it('B is [60%, 80%), 60% included, 80% excluded', () => {
    expect(inBand(MOF2020, 'B', 10, 6)).toBe(true);
    expect(inBand(MOF2020, 'B', 10, 7.99)).toBe(true);
    expect(inBand(MOF2020, 'B', 10, 8)).toBe(false);
    expect(inBand(MOF2020, 'B', 10, 5.99)).toBe(false);
  });
  it('C is [0, 60%)', () => {
    expect(inBand(MOF2020, 'C', 10, 0)).toBe(true);
    expect(inBand(MOF2020, 'C', 10, 5.99)).toBe(true);
    expect(inBand(MOF2020, 'C', 10, 6)).toBe(false);
    expect(inBand(MOF2020, 'C', 10, -1)).toBe(false);
  });
});

/**
 * The qualitative lexicon (SCORING.md §4, §8.6, §9.1, §9.2): each list, matched as words.
 */
import {
  ACHIEVEMENTS,
  BASIC_NOUNS,
  B_MARKERS,
  C_MARKERS,
  findWord,
  isAbsenceActual,
  isAbsenceTarget,
} from './lexicon';
import { classifyQualitative } from './judgement';

const marker = (word: string) => [...C_MARKERS, ...B_MARKERS].find((m) => m.word === word)!;

describe('lexicon lists', () => {
  it('holds the §4 markers and phrases and the §9.1 nouns', () => {
    expect(C_MARKERS.map((m) => m.word)).toEqual(
      expect.arrayContaining(['未', '没有', '尚未', '暂未', '不足', '滞后', '下降', '延期', '否']),
    );
    expect(B_MARKERS.map((m) => m.word)).toEqual(['部分', '基本', '有所']);
    expect(ACHIEVEMENTS).toEqual(expect.arrayContaining(['达成年度指标', '完成', '落实', '健全']));
    for (const noun of [
      '基本生活',
      '基本养老',
      '基本医疗',
      '基本公共服务',
      '基本公共卫生',
      '基本支出',
      '基本建设',
      '基本农田',
      '基本药物',
      '基本情况',
      '基本保障线',
      '基本医疗保险',
    ])
      expect(BASIC_NOUNS).toContain(noun);
    for (const m of [...C_MARKERS, ...B_MARKERS]) expect(m.source).not.toBe('');
  });
});

describe('markers match as words: the compounds list decides', () => {
  it.each([
    ['未', '未完成', 0],
    ['未', '面向未来', -1],
    ['未', '未成年人保护到位', -1],
    ['未', '未来三年未发生', 4],
    ['否', '否', 0],
    ['否', '是否达标已核实', -1],
    ['否', '能否按期尚不确定', -1],
    ['部分', '部分完成', 0],
    ['部分', '资金全部分配到位', -1],
    ['基本', '基本完成', 0],
    ['基本', '基本缓解', 0],
    ['基本', '保障基本生活', -1],
    ['基本', '基本医疗保险参保率提高', -1],
    ['基本', '基本公共服务基本覆盖', 6],
    ['有所', '有所改善', 0],
  ] as const)('%s in %s → %i', (word, text, at) => {
    expect(findWord(text, marker(word))).toBe(at);
  });
});

describe('absence targets and actuals (§9.2)', () => {
  it.each([
    '不发生',
    '无',
    '零',
    '杜绝',
    '0起',
    '0次',
    '0件',
    '不出现',
    '杜绝发生安全事故',
    '确保全年不发生',
  ])('%s is an absence target', (t) => expect(isAbsenceTarget(t)).toBe(true));
  it.each(['明显提升', '100%', '无障碍设施完善率提高'.slice(3)])('%s is no absence target', (t) =>
    expect(isAbsenceTarget(t)).toBe(false),
  );
  it.each(['未发生', '无', '没有发生', '未出现', '零', '0起', '0次', '全年未发生安全事故'])(
    '%s is an absence actual',
    (a) => expect(isAbsenceActual(a)).toBe(true),
  );
  it.each(['未完成', '发生1起', '未发生，但整改未完成'])('%s is no absence actual', (a) =>
    expect(isAbsenceActual(a)).toBe(false),
  );
});

describe('classifier in the §8.6 order', () => {
  it.each([
    ['有所提升', '有所提升', 'A', true],
    ['未发生', '杜绝发生', 'A', true],
    ['未发生', '明显提升', 'C', false],
    ['基本扭转', '扭转', 'B', false],
    ['基本消除', '消除', 'B', false],
    ['基本生活得到保障', '保障', 'A', false],
    ['基本生活得到有效保障', '保障', 'A', true],
    ['部分完成', '完成', 'B', false],
    ['未完成', '完成', 'C', false],
    ['面向未来已完成', '完成', 'A', true],
    ['是', '是', 'A', true],
    ['显著', '明显', 'A', true],
  ] as const)('%s (target %s) → %s, automatic %s', (actual, target, band, automatic) => {
    const c = classifyQualitative(actual, target);
    expect([c.band, c.automatic]).toEqual([band, automatic]);
  });

  it('§9.8: an unreadable number needs a person, and the rule quotes it', () => {
    const c = classifyQualitative('完成12个以上任务', '≥10个', {
      side: 'actual',
      text: '完成12个以上任务',
    });
    expect(c).toMatchObject({ band: 'A', automatic: false });
    expect(c.rule).toContain('“完成12个以上任务”无法识别');
    const t = classifyQualitative('达标', '≥1200元/人.年', {
      side: 'target',
      text: '≥1200元/人.年',
    });
    expect(t.rule).toContain('年度指标值数值“≥1200元/人.年”无法识别');
  });
});

/** Sentence rules of the report: endings, joins, and splitting 偏差原因分析及改进措施 into reason and measure. */
import { bare, chineseNumeral, clauses, quotedList, sentence, splitExplanation } from './chinese';

describe('sentence endings', () => {
  it('ends with exactly one 。', () => {
    expect(sentence('受疫情影响')).toBe('受疫情影响。');
    expect(sentence('受疫情影响，')).toBe('受疫情影响。');
    expect(sentence('受疫情影响；')).toBe('受疫情影响。');
    expect(sentence('受疫情影响。')).toBe('受疫情影响。');
    expect(sentence('是否达标？')).toBe('是否达标？');
    expect(sentence('自评等级为“优”。')).toBe('自评等级为“优”。');
    expect(sentence('  ')).toBe('');
  });
  it('joins clauses with ； and ends with 。', () => {
    expect(clauses(['甲，', '乙。', '', '丙'])).toBe('甲；乙；丙。');
    expect(clauses([])).toBe('');
  });
  it('quotes names so that a 、 inside a name stays readable', () => {
    expect(quotedList(['特困分散供养、集中供养人数', '保障孤儿人数'])).toBe(
      '“特困分散供养、集中供养人数”、“保障孤儿人数”',
    );
  });
  it('strips trailing punctuation', () => {
    expect(bare(' 文字；， ')).toBe('文字');
  });
  it('writes Chinese ordinals', () => {
    expect([1, 4, 10, 11, 20, 23].map(chineseNumeral)).toEqual([
      '一',
      '四',
      '十',
      '十一',
      '二十',
      '二十三',
    ]);
  });
});

describe('splitExplanation', () => {
  it('splits at 下一步 and drops the lead words', () => {
    expect(
      splitExplanation(
        '受疫情等因素影响，部分现场抽查工作未能按计划开展。下一步将统筹安排抽查计划，加快推进社会组织抽查审计。',
      ),
    ).toEqual({
      reason: '受疫情等因素影响，部分现场抽查工作未能按计划开展',
      measure: '统筹安排抽查计划，加快推进社会组织抽查审计',
    });
  });
  it('splits at 改进措施 with labels on both parts', () => {
    expect(splitExplanation('偏差原因：材料价格上涨。改进措施：加强成本控制。')).toEqual({
      reason: '材料价格上涨',
      measure: '加强成本控制',
    });
  });
  it('splits at 拟 only at the start of a clause', () => {
    expect(splitExplanation('宣传解释不到位；拟加强政策宣传')).toEqual({
      reason: '宣传解释不到位',
      measure: '加强政策宣传',
    });
    expect(splitExplanation('模拟演练次数不足')).toEqual({
      reason: '模拟演练次数不足',
      measure: '',
    });
  });
  it('keeps a text without a measure as the reason, and an empty text empty', () => {
    expect(splitExplanation('部分对象核查未完成。')).toEqual({
      reason: '部分对象核查未完成',
      measure: '',
    });
    expect(splitExplanation('')).toEqual({ reason: '', measure: '' });
  });
  it('reads a text that is only a measure', () => {
    expect(splitExplanation('下一步，我局将加快进度。')).toEqual({
      reason: '',
      measure: '加快进度',
    });
  });
});

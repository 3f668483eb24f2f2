/**
 * How real value phrasings are read (SCORING.md §2, §8.5): every row of the spec's table plus the
 * many ways people actually write targets and actuals — full-width digits, thousands separators,
 * 万/亿, compound units, ranges, deadlines, bounds written as actuals, and qualitative text.
 */
import { type ValueReading, readValueText } from '../src/engine';

type Row = readonly [written: string, reading: ValueReading];

/** `shift`: the power of ten of a multiplier written (万 4, 亿 8), kept for the other side's reading. */
const num = (
  op: '>=' | '>' | '<=' | '<' | '=' | null,
  value: number,
  unit = '',
  shift?: number,
): ValueReading => ({
  kind: 'number',
  op,
  q: shift ? { value, unit, shift } : { value, unit },
});
const pct = (op: '>=' | '>' | '<=' | '<' | '=' | null, value: number): ValueReading =>
  num(op, value, '%');
const range = (lo: number, hi: number, unit = '%', shift?: number): ValueReading => ({
  kind: 'range',
  lo: shift ? { value: lo, unit, shift } : { value: lo, unit },
  hi: shift ? { value: hi, unit, shift } : { value: hi, unit },
});
const deadline = (year: number | null, month: number | null, day: number | null): ValueReading => ({
  kind: 'deadline',
  date: { year, month, day },
});
const text = (t: string): ValueReading => ({ kind: 'text', text: t });
/** Text with a number the grammar could not read (SCORING.md §9.8): quoted in the judgement. */
const unread = (t: string, normalised = t): ValueReading => ({
  kind: 'text',
  text: t,
  unreadNumber: normalised,
});

const ROWS: readonly Row[] = [
  // §2 table, row 1: at least.
  ['≥90%', pct('>=', 0.9)],
  ['>=90%', pct('>=', 0.9)],
  ['不低于90%', pct('>=', 0.9)],
  ['不少于90%', pct('>=', 0.9)],
  ['大于等于90%', pct('>=', 0.9)],
  ['达到90%', pct('>=', 0.9)],
  ['90%以上', pct('>=', 0.9)],
  // Row 2: more than.
  ['>90%', pct('>', 0.9)],
  ['大于90%', pct('>', 0.9)],
  ['高于90%', pct('>', 0.9)],
  ['超过90%', pct('>', 0.9)],
  // Row 3: at most.
  ['≤5%', pct('<=', 0.05)],
  ['<=5%', pct('<=', 0.05)],
  ['不高于5%', pct('<=', 0.05)],
  ['不超过5%', pct('<=', 0.05)],
  ['5%以内', pct('<=', 0.05)],
  ['控制在5%以内', pct('<=', 0.05)],
  ['5%以下', pct('<=', 0.05)],
  // Row 4: less than.
  ['<5%', pct('<', 0.05)],
  ['小于5%', pct('<', 0.05)],
  ['低于5%', pct('<', 0.05)],
  // Row 5: equal.
  ['=100%', pct('=', 1)],
  ['等于100%', pct('=', 1)],
  // Row 6: bare numbers with units.
  ['12个', num(null, 12, '个')],
  ['750户', num(null, 750, '户')],
  ['3633人次', num(null, 3633, '人次')],
  ['100', num(null, 100)],
  // Row 7: multipliers.
  ['5.3万人', num(null, 53000, '人', 4)],
  ['3.06亿元', num(null, 306000000, '元', 8)],
  ['1000万元', num(null, 10000000, '元', 4)],
  ['150万', num(null, 1500000, '', 4)],
  // Row 8: ranges.
  ['85%-95%', range(0.85, 0.95)],
  ['85%～95%', range(0.85, 0.95)],
  // Row 9: deadlines.
  ['2022年12月31日前', deadline(2022, 12, 31)],
  ['12月底前', deadline(null, 12, null)],
  ['年底前', deadline(null, 12, 31)],
  ['2022年12月', deadline(2022, 12, null)],
  // Row 10: qualitative text.
  ['应保尽保', text('应保尽保')],
  ['不低于上年', text('不低于上年')],
  ['效果明显', text('效果明显')],
  ['是', text('是')],
  ['达成预期指标', text('达成预期指标')],
  ['符合相关规定', text('符合相关规定')],

  // Full-width digits, signs and spaces.
  ['９０％', pct(null, 0.9)],
  ['≥９０％', pct('>=', 0.9)],
  ['＞＝９５％', pct('>=', 0.95)],
  ['≥ ３,６３３人次', num('>=', 3633, '人次')],
  ['＜＝５％', pct('<=', 0.05)],
  ['１００ 个', num(null, 100, '个')],
  ['  ≥ 98 % ', pct('>=', 0.98)],
  // Thousands separators.
  ['3,633', num(null, 3633)],
  ['≥1,200人', num('>=', 1200, '人')],
  ['11,605.29万元', num(null, 116052900, '元', 4)],
  ['1,234,567元', num(null, 1234567, '元')],
  ['１，２００户', num(null, 1200, '户')],
  // 万/亿 with operators and compound units.
  ['≥5万人次', num('>=', 50000, '人次', 4)],
  ['不少于1.2万份', num('>=', 12000, '份', 4)],
  ['≤0.5亿元', num('<=', 50000000, '元', 8)],
  ['0.6万元/户', num(null, 6000, '元/户', 4)],
  ['780元/月', num(null, 780, '元/月')],
  ['≥780元/人·月', num('>=', 780, '元/人·月')],
  ['≥1200元/人/年', num('>=', 1200, '元/人/年')],
  ['2.5万㎡', num(null, 25000, '㎡', 4)],
  ['3000平方米', num(null, 3000, '㎡')],
  ['12公里', num(null, 12, 'km')],
  // Permille, decimals, signs.
  ['≤3‰', pct('<=', 0.003)],
  ['99.5%', pct(null, 0.995)],
  ['≥95.00%', pct('>=', 0.95)],
  ['0.95', num(null, 0.95)],
  ['-5%', pct(null, -0.05)],
  // Other operator words and suffixes.
  ['大于或等于95%', pct('>=', 0.95)],
  ['不小于90%', pct('>=', 0.9)],
  ['至少3次', num('>=', 3, '次')],
  ['100人及以上', num('>=', 100, '人')],
  ['3个以上', num('>=', 3, '个')],
  ['不多于2起', num('<=', 2, '起')],
  ['小于等于1%', pct('<=', 0.01)],
  ['1%及以下', pct('<=', 0.01)],
  ['10天之内', num('<=', 10, '天')],
  ['少于3起', num('<', 3, '起')],
  ['多于50人', num('>', 50, '人')],
  ['≧90%', pct('>=', 0.9)],
  ['≦2%', pct('<=', 0.02)],
  ['约100人左右', unread('约100人左右')],
  ['100人左右', num(null, 100, '人')],
  ['0起', num(null, 0, '起')],
  ['6个月内', num('<=', 6, '个月')],
  ['10天内', num('<=', 10, '天')],
  ['≥95%（含）', pct('>=', 0.95)],
  ['95%。', pct(null, 0.95)],
  ['10万元以内', num('<=', 100000, '元', 4)],
  ['≥1.5亿元', num('>=', 150000000, '元', 8)],
  ['0', num(null, 0)],
  // More ranges.
  ['85-95%', range(0.85, 0.95)],
  ['85%~95%', range(0.85, 0.95)],
  ['85％～95％', range(0.85, 0.95)],
  ['85%至95%', range(0.85, 0.95)],
  ['10-20个', range(10, 20, '个')],
  ['1万-2万人', range(10000, 20000, '人', 4)],
  // More deadlines.
  ['2022年6月30日前', deadline(2022, 6, 30)],
  ['6月30日之前完成', deadline(null, 6, 30)],
  ['2022年底前', deadline(2022, 12, 31)],
  ['年底', deadline(null, 12, 31)],
  ['年内完成', deadline(null, 12, 31)],
  ['2022年度内', deadline(2022, 12, 31)],
  ['2022年12月20日完成', deadline(2022, 12, 20)],
  ['2022年11月30日', deadline(2022, 11, 30)],
  ['2022-12-31', deadline(2022, 12, 31)],
  ['2022/6/30', deadline(2022, 6, 30)],
  ['2022.12.31', deadline(2022, 12, 31)],
  ['12月31日', deadline(null, 12, 31)],
  ['10月份', deadline(null, 10, null)],
  ['２０２２年１２月底前', deadline(2022, 12, null)],
  // A number with a 4-digit integer part and a short fraction is a number, not a date.
  ['1200.5', num(null, 1200.5)],
  ['3633.25人次', num(null, 3633.25, '人次')],
  ['2022.5', num(null, 2022.5)],
  ['2022.12前', deadline(2022, 12, null)],
  // Bounds written as actuals: the reading keeps the operator; a rule treats it as reached.
  ['大于90%', pct('>', 0.9)],
  ['超过100%', pct('>', 1)],
  ['达到100%', pct('>=', 1)],
  ['100%以上', pct('>=', 1)],
  // Qualitative texts, including ones that start with an operator word (§8.5).
  ['不低于上年水平', text('不低于上年水平')],
  ['高于全省平均水平', text('高于全省平均水平')],
  ['不超过预算', text('不超过预算')],
  ['达到预期目标', text('达到预期目标')],
  ['控制在预算范围内', text('控制在预算范围内')],
  ['在规定时间内', text('在规定时间内')],
  ['上调至780元/月', unread('上调至780元/月')],
  ['100%完成', unread('100%完成')],
  ['按时完成', text('按时完成')],
  ['逐步提高', text('逐步提高')],
  ['有效提升', text('有效提升')],
  ['基本达成预期指标', text('基本达成预期指标')],
  ['部分完成', text('部分完成')],
  ['未完成', text('未完成')],
  ['否', text('否')],
  ['显著', text('显著')],
  ['持续改善', text('持续改善')],
  ['群众满意度较高', text('群众满意度较高')],
  ['  应保尽保  ', text('应保尽保')],
  // §9.3 compound units, unit-naming brackets, 百分比/百分率, spaces anywhere.
  ['≥1200元/人·年', num('>=', 1200, '元/人·年')],
  ['1150元/人·年', num(null, 1150, '元/人·年')],
  ['≥780元/人*月', num('>=', 780, '元/人·月')],
  ['≥780元/人×月', num('>=', 780, '元/人·月')],
  ['≥12人次/年', num('>=', 12, '人次/年')],
  ['≤55万元/公里', num('<=', 550000, '元/公里', 4)],
  ['100元每人', num(null, 100, '元/人')],
  ['不低于95 %（百分比）', pct('>=', 0.95)],
  ['≥95%(百分率)', pct('>=', 0.95)],
  ['≥95百分比', pct('>=', 0.95)],
  ['95（%）', pct(null, 0.95)],
  ['≤30万元（万元）', num('<=', 300000, '元', 4)],
  ['12个（个）', num(null, 12, '个')],
  ['30（万元）', num(null, 300000, '元', 4)],
  ['>= 98 %', pct('>=', 0.98)],
  ['≥ 90 %', pct('>=', 0.9)],
  ['1 2 0 0 元', num(null, 1200, '元')],
  // §9.3: a bracket naming another unit is no unit-naming bracket: the text is not read.
  ['12个（项）', unread('12个（项）', '12个(项)')],
  // §9.4 Chinese numerals; 万元 is 元 × 10⁴, 万人次 is 人次 × 10⁴.
  ['三个', num(null, 3, '个')],
  ['十二项', num(null, 12, '项')],
  ['两次', num(null, 2, '次')],
  ['一百二十人', num(null, 120, '人')],
  ['1.2万', num(null, 12000, '', 4)],
  ['完成三项', num(null, 3, '项')],
  ['不少于两次', num('>=', 2, '次')],
  ['十二个月内', num('<=', 12, '个月')],
  ['二十万人次', num(null, 200000, '人次', 4)],
  ['1.5万人次', num(null, 15000, '人次', 4)],
  ['百分之九十', pct(null, 0.9)],
  ['不低于百分之九十五', pct('>=', 0.95)],
  ['十二月底前', deadline(null, 12, null)],
  // Chinese numerals inside ordinary words are words.
  ['一致', text('一致')],
  ['十分满意', text('十分满意')],
  ['三年行动计划完成', text('三年行动计划完成')],
  ['统一标准', text('统一标准')],
  // Lead words of actuals: the number stands as a bare actual.
  ['完成12个', num(null, 12, '个')],
  ['累计3,633人次', num(null, 3633, '人次')],
  ['实际完成95%', pct(null, 0.95)],
  // Ranges kept within (控制在), and with Chinese separators.
  ['控制在85%-95%', range(0.85, 0.95)],
  ['10个至20个', range(10, 20, '个')],
  // §9.8: a number nobody can read says so.
  ['1150元/人.年', unread('1150元/人.年')],
  ['≥95%左右以上', unread('≥95%左右以上')],
  ['完成12个以上任务', unread('完成12个以上任务')],
  ['95%-85%', unread('95%-85%')],
  // Nothing at all.
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['　', { kind: 'empty' }],
];

describe('value phrasings (SCORING.md §2)', () => {
  it('has at least 150 phrasings', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROWS)('%s', (written, reading) => {
    // `written` is for display (评分依据) and is checked below; the reading is what scores.
    const { written: _shown, ...read } = readValueText(written) as ValueReading & {
      written?: string;
    };
    expect(read).toEqual(reading);
  });

  it.each([
    ['≤50万元/公里', '50万元/公里'],
    ['大于90%', '90%'],
    ['３,６３３人次', '3633人次'],
    ['不少于１２个', '12个'],
    ['3.06亿元', '3.06亿元'],
  ])('keeps %s as written for display: %s', (text, shown) => {
    expect(readValueText(text)).toMatchObject({ kind: 'number', written: shown });
  });

  it.each(['150万', '96', '1,600,000'])(
    'has nothing to show as written for a bare number %s',
    (text) => {
      expect(readValueText(text)).not.toHaveProperty('written');
    },
  );
});

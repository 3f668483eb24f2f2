/**
 * The lexicon of the value grammar (grammar.ts; SCORING.md §8.5, §9.3), as data: operator words
 * and signs, suffix operators, lead words, multipliers, percent words, measure words and the units
 * a Chinese numeral may carry, range separators, unit joiners and the words of deadlines. The
 * productions read these lists; a phrasing the grammar should know is added here.
 */
import type { Operator } from './grammarTypes';

// ---------------------------------------------------------------------------------------------
// Lexicon of the grammar (data): operator words, suffixes, multipliers, measure words, date words.

/** Prefix operators, signs and words. Longest match wins, so the order here does not matter. */
export const PREFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  大于或等于: '>=',
  大于等于: '>=',
  高于或等于: '>=',
  高于等于: '>=',
  不低于: '>=',
  不少于: '>=',
  不小于: '>=',
  至少: '>=',
  达到: '>=',
  '≥': '>=',
  '>=': '>=',
  '≧': '>=',
  '=>': '>=',
  小于或等于: '<=',
  小于等于: '<=',
  低于或等于: '<=',
  低于等于: '<=',
  不高于: '<=',
  不超过: '<=',
  不多于: '<=',
  不大于: '<=',
  至多: '<=',
  最多: '<=',
  控制在: '<=',
  '≤': '<=',
  '<=': '<=',
  '≦': '<=',
  '=<': '<=',
  大于: '>',
  高于: '>',
  超过: '>',
  多于: '>',
  '>': '>',
  小于: '<',
  低于: '<',
  少于: '<',
  '<': '<',
  等于: '=',
  '==': '=',
  '=': '=',
};

/** Suffix operators: `90%以上`, `5%以内`, `6个月内`; `左右` (about) says no operator. */
export const SUFFIX_OPERATORS: Readonly<Record<string, Operator | null>> = {
  及以上: '>=',
  以上: '>=',
  及以下: '<=',
  以下: '<=',
  以内: '<=',
  之内: '<=',
  内: '<=',
  左右: null,
};

/**
 * Words an actual may start with that add nothing to its number: `完成12个`, `累计3633人次`,
 * `实际完成95%`. They are read, not an operator (the number stands as a bare actual).
 */
export const LEAD_WORDS: readonly string[] = [
  '实际完成',
  '已完成',
  '完成',
  '共计',
  '累计',
  '合计',
  '共',
  '全年',
];

/** Multipliers: powers of ten. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** Words that mean `%` (the systems' own column words, §9.3). */
export const PERCENT_WORDS: readonly string[] = ['百分比', '百分率'];

/**
 * Measure words (量词) that may follow a Chinese numeral: `三个`, `十二项`, `两次`, `一百二十人`.
 * A Chinese numeral before anything else (`一致`, `十分满意`) is a word, not a number.
 */
export const MEASURE_WORDS: readonly string[] = [
  '个',
  '项',
  '次',
  '人',
  '名',
  '位',
  '户',
  '家',
  '件',
  '起',
  '所',
  '座',
  '场',
  '期',
  '批',
  '条',
  '份',
  '篇',
  '本',
  '台',
  '套',
  '辆',
  '处',
  '间',
  '张',
  '天',
  '日',
  '周',
  '月',
  '年',
  '季度',
  '小时',
  '类',
  '支',
  '队',
  '村',
  '镇',
  '所',
  '栋',
  '口',
  '块',
  '宗',
  '轮',
  '部',
  '门',
  '种',
  '册',
  '幅',
  '公里',
  '亩',
  '吨',
  '元',
];

/** Units a Chinese numeral may carry: the measure words and a few compounds (`十二个月`, `两人次`). */
export const CHINESE_NUMERAL_UNITS: ReadonlySet<string> = new Set([
  ...MEASURE_WORDS,
  '个月',
  '人次',
  '户次',
  '场次',
  '批次',
  '项次',
  '个工作日',
  '工作日',
  '个百分点',
]);
/** Longest unit read after a number (a longer run of words is a sentence). */
export const MAX_UNIT_LENGTH = 8;

/** Range separators. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '—', '–', '－', '至', '到'];
/** Characters that join unit atoms into one compound unit (`元/人·月`); `*` `×` `・` read as `·`. */
export const UNIT_JOINERS: Readonly<Record<string, string>> = {
  '/': '/',
  '·': '·',
  '*': '·',
  '×': '·',
  '・': '·',
  '•': '·',
  每: '/',
};

/** Before-words of deadlines and of the year-end words. */
export const BEFORE_WORDS: readonly string[] = ['之前', '以前', '前'];
/** Within-words of a deadline (`6月30日之内`). */
export const WITHIN_WORDS: readonly string[] = ['之内', '内'];
/** Words a deadline may end with (`6月30日之前完成`). */
export const DONE_WORDS: readonly string[] = ['完成', '办结', '实现'];
/** Words of the year's end (`年底前`, `2022年度内`): 31 December. */
export const YEAR_END_WORDS: readonly string[] = [
  '年底',
  '年末',
  '年内',
  '年度内',
  '度内',
  '度末',
  '底',
  '末',
];

/**
 * Judgement cases (SCORING.md §4, §8.6): qualitative actuals are put in one of the three official
 * bands of the 分值 (A 80%–100%, B 60%–80%, C below 60%), and a manual score is kept when it lies
 * inside the band the rule found.
 */
import { dec, round } from '../decimal';
import type { Profile } from '../profiles';
import { toHalfWidth } from '../text';

/** One of the three official bands. */
export type BandName = 'A' | 'B' | 'C';

/** How a qualitative actual was classified, and by which rule (shown to reviewers). */
export interface Classification {
  readonly band: BandName;
  /** true: decided by a clear rule (`qualitative_auto`); false: a person must confirm (`needs_judgement`). */
  readonly automatic: boolean;
  /** The rule, in words for the message: `与年度指标值一致`, `含“部分”`… */
  readonly rule: string;
}

/**
 * Negative markers, matched as words: each pattern excludes the compounds in which the characters
 * mean something else (`未来`, `未成年`, `是否`, `基本生活`).
 */
const C_MARKERS: readonly (readonly [string, RegExp])[] = [
  ['尚未', /尚未/],
  ['暂未', /暂未/],
  ['没有', /没有/],
  ['未', /未(?!来|成年|婚|知|必|免)/],
  ['不足', /不足/],
  ['滞后', /滞后/],
  ['下降', /下降/],
  ['延期', /延期/],
  ['否', /(?<!是|与|能)否(?!则|决|认)/],
];
const B_MARKERS: readonly (readonly [string, RegExp])[] = [
  ['部分', /部分/],
  // 基本 is a marker only as an adverb (基本完成, 基本达到…), not in 基本生活, 基本养老, 基本支出.
  [
    '基本',
    /基本(?=完成|达到|达成|实现|落实|满足|满意|到位|覆盖|符合|持平|稳定|健全|完善|建成|形成|解决|按时|按期|$|[,，。;；])/,
  ],
];
const ACHIEVEMENTS: readonly string[] = [
  '达成年度指标',
  '达成预期指标',
  '全面完成',
  '已完成',
  '已实现',
  '完成',
  '实现',
  '达到',
  '有效',
  '明显',
  '显著',
  '良好',
  '提升',
  '提高',
  '健全',
  '落实',
];

function norm(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[。.!！]+$/, '');
}

/** Classifies a qualitative actual against its target text (SCORING.md §8.6 order). */
export function classifyQualitative(actual: string, target: string): Classification {
  const a = norm(actual);
  if (a !== '' && a === norm(target))
    return { band: 'A', automatic: true, rule: '与年度指标值一致' };
  for (const [word, re] of C_MARKERS)
    if (re.test(a)) return { band: 'C', automatic: false, rule: `含“${word}”` };
  for (const [word, re] of B_MARKERS)
    if (re.test(a)) return { band: 'B', automatic: false, rule: `含“${word}”` };
  if (a === '是') return { band: 'A', automatic: true, rule: '为“是”' };
  const phrase = ACHIEVEMENTS.find((p) => a.includes(p));
  if (phrase) return { band: 'A', automatic: true, rule: `含达成表述“${phrase}”` };
  return { band: 'A', automatic: false, rule: '为情况描述，无未完成表述' };
}

/** The band's default score for weight w. */
export function bandDefault(profile: Profile, band: BandName, w: number): number {
  // A full default is the weight itself, as a quantity at target gets (no rounding of odd weights).
  const factor = profile.bands[band].default;
  return factor === 1 ? w : round(dec(w).times(factor));
}

/** Lowest and highest score of a band for weight w (the upper end of B and C is exclusive). */
export function bandLimits(
  profile: Profile,
  band: BandName,
  w: number,
): { low: number; high: number } {
  const b = profile.bands[band];
  return { low: round(dec(w).times(b.min)), high: round(dec(w).times(b.max)) };
}

/** True when a manual score lies inside the band: [min·w, max·w], the top excluded below band A. */
export function inBand(profile: Profile, band: BandName, w: number, score: number): boolean {
  const b = profile.bands[band];
  const low = dec(w).times(b.min);
  const high = dec(w).times(b.max);
  if (dec(score).lt(low)) return false;
  return band === 'A' ? dec(score).lte(high) : dec(score).lt(high);
}

/**
 * Judgement cases (SCORING.md §4, §8.6): qualitative actuals are put in one of the three official
 * bands of the 分值, with limits from the profile in force (mof2020: A 80%–100%, B 60%–80%, C below
 * 60%; hubei-legacy: B 50%–80%, C below 50%, SCORING.md §10), and a manual score is kept when it
 * lies inside the band the rule found.
 */
import type { BandName } from '../base/bands';
import { dec, round } from '../base/decimal';
import type { Profile } from './profiles';
import { toHalfWidth } from '../base/text';
import {
  ACHIEVEMENTS,
  B_MARKERS,
  C_MARKERS,
  findWord,
  isAbsenceActual,
  isAbsenceTarget,
} from './lexicon';

/** How a qualitative actual was classified, and by which rule (shown to reviewers). */
export interface Classification {
  readonly band: BandName;
  /** true: decided by a clear rule (`qualitative_auto`); false: a person must confirm (`needs_judgement`). */
  readonly automatic: boolean;
  /** The rule, in words for the message: `与年度指标值一致`, `含“部分”`… */
  readonly rule: string;
}

function norm(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[。.!！]+$/, '');
}

/**
 * Classifies a qualitative actual against its target text, reading the lexicon (lexicon.ts) in the
 * §8.6 order: equality with the target; an absence target met by an absence actual (§9.2); C
 * markers; B markers (§9.1 基本 as an adverb, 有所); achievement phrases. `unreadNumber` is a text
 * of target or actual that holds a number nobody can read (§9.8): the case then always needs a
 * person, and the rule quotes that text.
 */
export function classifyQualitative(
  actual: string,
  target: string,
  unreadNumber?: { readonly side: 'target' | 'actual'; readonly text: string },
): Classification {
  const a = norm(actual);
  if (a !== '' && a === norm(target))
    return { band: 'A', automatic: true, rule: '与年度指标值一致' };
  const c = classifyWords(a, norm(target));
  if (unreadNumber === undefined) return c;
  const where = unreadNumber.side === 'target' ? '年度指标值' : '所写';
  return {
    band: c.band,
    automatic: false,
    rule: `${where}数值“${unreadNumber.text}”无法识别，${c.rule}`,
  };
}

function classifyWords(a: string, t: string): Classification {
  if (isAbsenceTarget(t) && isAbsenceActual(a))
    return { band: 'A', automatic: true, rule: '为未发生表述，符合“不发生”类指标值' };
  for (const m of C_MARKERS)
    if (findWord(a, m) >= 0) return { band: 'C', automatic: false, rule: `含“${m.word}”` };
  for (const m of B_MARKERS)
    if (findWord(a, m) >= 0) return { band: 'B', automatic: false, rule: `含“${m.word}”` };
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

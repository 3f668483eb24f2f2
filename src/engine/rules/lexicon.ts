/**
 * The qualitative lexicon as data (SCORING.md §4, §8.6, §9.1, §9.2): the words that put a
 * qualitative actual in band A, B or C, each list with where it comes from. The classifier
 * (judgement.ts) reads them in the §8.6 order; tests in lexicon.test.ts cover every list.
 *
 * Matching is on words, not characters: a marker found inside one of its compounds (`未来` for
 * `未`, `基本生活` for `基本`) is no marker. The compounds list of each marker decides.
 */

/** A marker word and the compounds in which its characters mean something else. */
export interface MarkerWord {
  readonly word: string;
  readonly compounds: readonly string[];
  /** Where the word comes from: the spec section, or a reading of real forms. */
  readonly source: string;
}

/**
 * 基本 as part of a noun of the field is no B marker (§9.1, list given there; the last five seen
 * in published forms: 基本养老保险 and 基本医疗保险 are the insurance schemes, 基本民生, 基本住房
 * 保障 and 基本公共文化服务 are policy nouns).
 */
export const BASIC_NOUNS: readonly string[] = [
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
  '基本养老保险',
  '基本民生',
  '基本住房',
  '基本公共文化服务',
  '基本原则',
];

/** C markers: 未完成 and the like (§4 list; 未 and 否 with the compounds that are no negation). */
export const C_MARKERS: readonly MarkerWord[] = [
  { word: '尚未', compounds: [], source: '§4' },
  { word: '暂未', compounds: [], source: '§4' },
  { word: '没有', compounds: [], source: '§4' },
  {
    word: '未',
    compounds: ['未来', '未成年', '未婚', '未知', '未必', '未免'],
    source: '§4; compounds §8.6 (未来 is not 未)',
  },
  { word: '不足', compounds: [], source: '§4' },
  { word: '滞后', compounds: [], source: '§4' },
  { word: '下降', compounds: [], source: '§4' },
  { word: '延期', compounds: [], source: '§4' },
  {
    word: '否',
    compounds: ['是否', '与否', '能否', '否则', '否决', '否认'],
    source: '§4; compounds: 是否/与否 ask a question, 否则/否决/否认 are other words',
  },
];

/** B markers (§4 部分, 基本; §9.1 基本 as an adverb and 有所 before a verb). */
export const B_MARKERS: readonly MarkerWord[] = [
  // 全部分配, 各部分: 部分 inside 全部/各部 is not "in part".
  { word: '部分', compounds: ['全部分', '各部分'], source: '§4' },
  { word: '基本', compounds: BASIC_NOUNS, source: '§4, §9.1 (基本 is an adverb unless a noun)' },
  { word: '有所', compounds: [], source: '§9.1 (有所提升, 有所改善)' },
];

/** Achievement phrases (§4), longest first so the message quotes the whole phrase. */
export const ACHIEVEMENTS: readonly string[] = [
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

/**
 * Absence targets (§9.2): the target says something must not happen or must be zero. Whole texts
 * or starts of texts (`杜绝发生安全事故`, `不发生重大安全事故`, `零事故`, `无重大投诉`).
 */
export const ABSENCE_TARGET_STARTS: readonly string[] = [
  '不发生',
  '杜绝',
  '不出现',
  '零发生',
  '零事故',
  '零投诉',
  '零差错',
  '零伤亡',
  '无重大',
  '无发生',
  '0起',
  '0次',
  '0件',
  '0例',
];
/** Absence targets that are the whole text (§9.2: 无, 零). */
export const ABSENCE_TARGET_WHOLE: readonly string[] = ['无', '零', '0', '没有', '为零'];
/** Absence phrases inside a target (`确保全年不发生`, `安全事故为0`). */
export const ABSENCE_TARGET_INSIDE: readonly string[] = ['不发生', '杜绝', '不出现', '为零', '为0'];

/** Absence actuals (§9.2): it did not happen. `未` inside them is no C marker. */
export const ABSENCE_ACTUALS: readonly string[] = [
  '未发生',
  '没有发生',
  '未出现',
  '没有出现',
  '无发生',
  '零发生',
  '未发现',
  '0起',
  '0次',
  '0件',
  '0例',
];
/** Absence actuals that are the whole text. */
export const ABSENCE_ACTUAL_WHOLE: readonly string[] = ['无', '零', '0', '没有', '为零', '杜绝'];

/** Every position where `word` occurs as a word, not inside one of its compounds. */
export function findWord(text: string, marker: MarkerWord): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(marker.word, from);
    if (at < 0) return -1;
    if (!insideCompound(text, at, marker)) return at;
    from = at + 1;
  }
}

function insideCompound(text: string, at: number, marker: MarkerWord): boolean {
  for (const c of marker.compounds) {
    const offset = c.indexOf(marker.word);
    if (offset < 0) continue;
    const start = at - offset;
    if (start >= 0 && text.startsWith(c, start)) return true;
  }
  return false;
}

/** True when a target says something must not happen or must be zero (§9.2). */
export function isAbsenceTarget(t: string): boolean {
  if (ABSENCE_TARGET_WHOLE.includes(t)) return true;
  if (ABSENCE_TARGET_STARTS.some((w) => t.startsWith(w))) return true;
  return ABSENCE_TARGET_INSIDE.some((w) => t.includes(w));
}

/**
 * True when an actual says it did not happen (§9.2): an absence phrase, and no other C marker
 * once the absence phrases are taken out (`未发生，但整改未完成` is no absence).
 */
export function isAbsenceActual(a: string): boolean {
  if (ABSENCE_ACTUAL_WHOLE.includes(a)) return true;
  const phrase = ABSENCE_ACTUALS.find((w) => a.includes(w));
  if (!phrase) return false;
  let rest = a;
  for (const w of ABSENCE_ACTUALS) rest = rest.split(w).join('|');
  return !C_MARKERS.some((m) => findWord(rest, m) >= 0);
}

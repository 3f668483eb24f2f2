/**
 * Small rules of Chinese official prose the report builder needs: how a sentence ends, how list
 * items and clauses are joined, and how a 偏差原因分析及改进措施 text splits into its reason and its
 * measure. People write these cells freely, so every rule here is forgiving.
 */

const END_MARKS = /[。！？!?…]$/;
/** Punctuation a clause may trail that must go before the sentence gets its 。. */
const TRAILING = /[\s，,、；;：:.。]+$/;

/** Trims a text and removes the punctuation it trails (`受疫情影响，` → `受疫情影响`). */
export function bare(text: string): string {
  return text.trim().replace(TRAILING, '');
}

/** Ends a text with exactly one 。 (kept when it already ends with ！ ？ … or 。). */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  // A closing quote or bracket after the end mark still ends the sentence: `…“优”。` is complete.
  if (END_MARKS.test(t) || /[。！？!?][”’」』）)]$/.test(t)) return t;
  return `${bare(t)}。`;
}

/** Joins clauses with ； and ends the whole with 。. */
export function clauses(parts: readonly string[]): string {
  const kept = parts.map(bare).filter((p) => p !== '');
  return kept.length === 0 ? '' : sentence(kept.join('；'));
}

/** Quotes a name the way reports cite an indicator: “name”. */
export function quoted(name: string): string {
  return `“${name.trim()}”`;
}

/** Joins quoted names with 、 (names may contain 、 themselves, which the quotes keep apart). */
export function quotedList(names: readonly string[]): string {
  return names.map(quoted).join('、');
}

/**
 * Where the measure part of an explanation starts: 改进措施/整改措施, 下一步, or 拟 / 今后 at the start
 * of a clause (拟 inside a word such as 模拟 is not a marker).
 */
const MEASURE_START = /(改进措施|整改措施|下一步|(?:^|(?<=[，,。；;：:\s]))(?:拟|今后))/;

/** Labels people put before the reason: `偏差原因：`, `原因分析:`. */
const REASON_LABEL = /^(偏差原因分析|偏差原因|原因分析|未完成原因|原因)\s*[：:]\s*/;

/** Words that open a measure and would repeat the heading 下一步拟改进措施. */
const MEASURE_LEAD =
  /^(改进措施|整改措施)\s*(?:[：:]|为|是)?\s*|^下一步\s*(?:工作中|工作)?\s*[，,]?\s*(?:我[局单位部门厅委办]*|本[局单位部门]*)?\s*(?:将|拟)?\s*|^(?:拟|今后)\s*(?:将)?\s*/;

/** The reason and the measure of a 偏差原因分析及改进措施 text; either may be empty. */
export function splitExplanation(text: string): {
  readonly reason: string;
  readonly measure: string;
} {
  const t = text.trim();
  if (t === '') return { reason: '', measure: '' };
  const m = MEASURE_START.exec(t);
  const at = m ? m.index : -1;
  const reasonPart = at >= 0 ? t.slice(0, at) : t;
  const measurePart = at >= 0 ? t.slice(at) : '';
  const reason = bare(reasonPart.replace(REASON_LABEL, ''));
  let measure = measurePart;
  // Strip a lead word or two (`下一步将`, `改进措施：拟`) so the item reads as a measure on its own.
  for (let i = 0; i < 3; i++) {
    const next = measure.replace(MEASURE_LEAD, '');
    if (next === measure) break;
    measure = next;
  }
  return { reason, measure: bare(measure) };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Chinese ordinal numeral for 1–99 (一, 十一, 二十三), used for 一、 二、 headings. */
export function chineseNumeral(n: number): string {
  if (n <= 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10] ?? ''}`;
  if (n < 100)
    return `${DIGITS[Math.floor(n / 10)] ?? ''}十${n % 10 === 0 ? '' : (DIGITS[n % 10] ?? '')}`;
  return String(n);
}

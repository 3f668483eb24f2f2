/**
 * Text normalisation shared by header matching and value reading: people type full-width digits,
 * signs and spaces (`９０％`), which must read the same as half-width ones (SCORING.md §2).
 */

const FULL_WIDTH_RE = /[\uff01-\uff5e\u3000]/g;
const HAS_FULL_WIDTH_RE = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (U+FF01–FF5E) to half-width, ideographic space to space; `≥` and CJK stay. */
export function toHalfWidth(s: string): string {
  // One regex replace instead of rebuilding every string char by char: almost every cell is already
  // half-width and comes back unchanged, which was the parser's largest cost (and garbage) on big
  // workbooks (npm run bench). A plain test first is cheaper still than a replace that finds nothing.
  if (!HAS_FULL_WIDTH_RE.test(s)) return s;
  return s.replace(FULL_WIDTH_RE, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Half-width, trimmed, all white space removed: the form used to match header words. */
export function squash(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, '');
}

// One-entry caches: the parser asks for the key of the same cell text several times in a row (total
// row? placeholder? repeated header?), once per indicator row (npm run bench). Pure: same in, same out.
let lastKeyIn: string | null = null;
let lastKeyOut = '';
let lastBaseIn: string | null = null;
let lastBaseOut = '';

/** Header key: squashed, brackets of either width unified, trailing colon dropped. */
export function headerKey(s: string): string {
  if (s === lastKeyIn) return lastKeyOut;
  const key = squash(s)
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/[:：]+$/, '');
  lastKeyIn = s;
  lastKeyOut = key;
  return key;
}

/** Header key without parenthesised parts: `执行数(B)` → `执行数`, `全年(调整)预算数` → `全年预算数`. */
export function headerBase(s: string): string {
  if (s === lastBaseIn) return lastBaseOut;
  const base = headerKey(s).replace(/\([^()]*\)/g, '');
  lastBaseIn = s;
  lastBaseOut = base;
  return base;
}

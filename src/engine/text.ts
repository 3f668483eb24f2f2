/**
 * Text normalisation shared by header matching and value reading: people type full-width digits,
 * signs and spaces (`９０％`), which must read the same as half-width ones (SCORING.md §2).
 */

/** Full-width ASCII (U+FF01–FF5E) to half-width, ideographic space to space; `≥` and CJK stay. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** Half-width, trimmed, all white space removed: the form used to match header words. */
export function squash(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, '');
}

/** Header key: squashed, brackets of either width unified, trailing colon dropped. */
export function headerKey(s: string): string {
  return squash(s)
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/[:：]+$/, '');
}

/** Header key without parenthesised parts: `执行数(B)` → `执行数`, `全年(调整)预算数` → `全年预算数`. */
export function headerBase(s: string): string {
  return headerKey(s).replace(/\([^()]*\)/g, '');
}

/**
 * The scanner of the value grammar (grammar.ts): a position in the normalised text and small
 * readers (the longest word of an index, one of a list, Arabic digits) that advance it only on
 * success, with the character classes they test. The productions (quantityGrammar.ts,
 * deadlineGrammar.ts) and the Chinese numerals (chineseNumerals.ts) are written over it.
 */
// ---------------------------------------------------------------------------------------------
// The scanner: a position in the text and small readers that advance it only on success.

/** Words of a list grouped by first character, longest first: a lookup, not a scan (npm run bench). */
export function wordIndex(words: Iterable<string>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const list = map.get(w.charAt(0)) ?? [];
    list.push(w);
    map.set(w.charAt(0), list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** A position in a value text and readers that advance it only on success. */
export class Scanner {
  pos = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(n = 0): string {
    return this.s.charAt(this.pos + n);
  }
  rest(): string {
    return this.s.slice(this.pos);
  }
  /** Longest word of the index at the position; advances past it. */
  word(index: ReadonlyMap<string, readonly string[]>): string | null {
    for (const w of index.get(this.peek()) ?? []) {
      if (this.s.startsWith(w, this.pos)) {
        this.pos += w.length;
        return w;
      }
    }
    return null;
  }
  /** One of the words (first that matches; callers list longest first). */
  oneOf(words: readonly string[]): string | null {
    for (const w of words) {
      if (this.s.startsWith(w, this.pos)) {
        this.pos += w.length;
        return w;
      }
    }
    return null;
  }
  /** Arabic digits with an optional fraction: `1200`, `0.95`. */
  digits(): string | null {
    const start = this.pos;
    let p = this.pos;
    while (isDigit(this.s.charAt(p))) p++;
    if (p === start) return null;
    if (this.s.charAt(p) === '.' && isDigit(this.s.charAt(p + 1))) {
      p++;
      while (isDigit(this.s.charAt(p))) p++;
    }
    this.pos = p;
    return this.s.slice(start, p);
  }
}

/** True for an Arabic digit 0–9. */
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True for characters a unit atom is made of: letters, CJK, a few unit signs. */
export function isUnitChar(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    '㎡²³°℃'.includes(ch)
  );
}

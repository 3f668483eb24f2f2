/**
 * How wide text is and how many lines it wraps to, for the hosts that do not grow rows by
 * themselves (merged cells in Excel, any cell in LibreOffice's print) and for fitting table columns
 * in Word. An estimate: CJK and full-width characters one em, Latin letters and digits about half.
 */

/** Width of text in ems. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    ems += code < 0x2e80 && !(code >= 0x2018 && code <= 0x201d) ? 0.55 : 1;
  }
  return ems;
}

/** Lines a text wraps to at a width (points) and font size, counting its own line breaks. */
export function wrappedLines(text: string, widthPt: number, fontPt: number): number {
  // A few points of cell padding, and 12% slack: hosts measure column widths with their own default
  // font (Calibri in Excel, a substitute elsewhere) and break before whole glyphs, so a line holds
  // fewer characters than the arithmetic says. A little spare height is better than a clipped line.
  const perLine = Math.max(1, ((widthPt - 6) / fontPt) * 0.88);
  return text
    .split(/\r?\n/)
    .reduce((acc, line) => acc + Math.max(1, Math.ceil(textEms(line) / perLine)), 0);
}

/** Width of a column range in points, as Excel lays out a width in character units (7 px + 5 px padding at 96 dpi). */
export function widthInPoints(widths: readonly number[]): number {
  return widths.reduce((acc, w) => acc + (Math.trunc(w * 7) + 5) * 0.75, 0);
}

/** Points a line of 11-point text takes in a row; a few more for the cell's own padding. */
const LINE_POINTS = 15;
const ROW_PADDING = 4;
/** The tallest row Excel allows. */
const MAX_ROW_POINTS = 409;

/**
 * Height (points) of a row of wrapped cells, each given as its text and its column's width in
 * character units, so that every line shows; null when every text fits on one line. For the hosts
 * that keep the height a file sets and never grow the row themselves.
 */
export function wrappedRowHeight(
  cells: readonly (readonly [string, number])[],
  fontPt = 11,
): number | null {
  let lines = 1;
  for (const [text, width] of cells)
    lines = Math.max(lines, wrappedLines(text, widthInPoints([width]), fontPt));
  if (lines <= 1) return null;
  return Math.min(MAX_ROW_POINTS, Math.ceil((lines * LINE_POINTS * fontPt) / 11 + ROW_PADDING));
}

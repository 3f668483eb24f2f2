/**
 * Text inside XML, both ways: the WPS adapter reads SpreadsheetML from the host and the exceljs
 * adapter writes and re-reads parts of .xlsx files; one spelling of the entities for both.
 */

// Characters XML 1.0 does not allow, dropped as exceljs drops them (a person's text may hold them).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text as XML character data or attribute value. */
export function escapeXml(s: string): string {
  // Most cell text needs nothing: one test instead of two replacements.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** XML character data or attribute value as text (the five entities and numeric references). */
export function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

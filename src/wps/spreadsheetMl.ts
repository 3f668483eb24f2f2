/**
 * Reads the number formats, merges and error cells out of the SpreadsheetML 2003 text that
 * `Range.Value(11)` (xlRangeValueXMLSpreadsheet) answers: one host call gives what would otherwise
 * take a call per cell (WPS has no bulk "list merged areas"). Row and column indexes in the text are
 * relative to the range read (ss:Index is 1-based within the <Table>).
 *
 * A small scanner rather than DOMParser: the text is machine-written, the pane may run where no
 * DOM parser is wanted (tests in Node), and only four attributes are needed.
 */
import { type MergeRange, unescapeXml } from '../engine';

/** What the SpreadsheetML text tells beyond Value2, 0-based relative to the range read. */
export interface RangeExtras {
  /** Number format by `row,col` (relative), General left out. */
  readonly formats: Map<string, string>;
  readonly merges: MergeRange[];
  /** Cells whose data type is Error, with the error text (`#DIV/0!`). */
  readonly errors: Map<string, string>;
}

/** SpreadsheetML's named formats (Excel writes these words instead of the format codes). */
const NAMED: Readonly<Record<string, string>> = {
  'General Number': 'General',
  General: 'General',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Percent: '0.00%',
  Scientific: '0.00E+00',
  'General Date': 'yyyy-mm-dd h:mm',
  'Long Date': 'yyyy"年"m"月"d"日"',
  'Medium Date': 'dd-mmm-yy',
  'Short Date': 'yyyy-mm-dd',
  'Long Time': 'h:mm:ss',
  'Medium Time': 'h:mm AM/PM',
  'Short Time': 'h:mm',
};

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s(?:ss:)?${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : null;
}

/** Parses the text; null when it is not SpreadsheetML (the caller then reads without it). */
export function parseSpreadsheetMl(xml: unknown): RangeExtras | null {
  if (typeof xml !== 'string' || !xml.includes('<Table')) return null;
  const styles = new Map<string, string>();
  for (const m of xml.matchAll(/<Style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/Style>)/g)) {
    const id = attr(m[1]!, 'ID');
    const nf = /<NumberFormat\b([^>]*)\/?>/.exec(m[2] ?? '');
    const format = nf ? attr(nf[1]!, 'Format') : null;
    if (id && format) styles.set(id, NAMED[format] ?? format);
  }
  const formats = new Map<string, string>();
  const errors = new Map<string, string>();
  const merges: MergeRange[] = [];
  const table = xml.slice(xml.indexOf('<Table'));
  let row = -1;
  for (const rm of table.matchAll(/<Row\b([^>]*?)(\/>|>([\s\S]*?)<\/Row>)/g)) {
    const rIndex = attr(rm[1]!, 'Index');
    row = rIndex ? Number(rIndex) - 1 : row + 1;
    // A row's own StyleID applies only to cells not listed, which hold no value to read.
    let col = -1;
    const body = rm[3] ?? '';
    for (const cm of body.matchAll(/<Cell\b([^>]*?)(\/>|>([\s\S]*?)<\/Cell>)/g)) {
      const tag = cm[1]!;
      const cIndex = attr(tag, 'Index');
      col = cIndex ? Number(cIndex) - 1 : col + 1;
      const key = `${row},${col}`;
      const style = attr(tag, 'StyleID');
      const format = style ? styles.get(style) : undefined;
      if (format && format !== 'General') formats.set(key, format);
      const across = Number(attr(tag, 'MergeAcross') ?? 0);
      const down = Number(attr(tag, 'MergeDown') ?? 0);
      if (across > 0 || down > 0)
        merges.push({ top: row, left: col, bottom: row + down, right: col + across });
      const data = /<(?:ss:)?Data\b([^>]*)>([\s\S]*?)<\/(?:ss:)?Data>/.exec(cm[3] ?? '');
      if (data && attr(data[1]!, 'Type') === 'Error') errors.set(key, unescapeXml(data[2]!));
      // A merged cell takes the columns it spans: the next listed cell follows them.
      col += across;
    }
  }
  return { formats, merges, errors };
}

/**
 * The report as a worksheet: one paragraph per row, merged across the eight columns of the 评分明细
 * table so that the text is about an A4 page wide, wrapped, with row heights estimated from the
 * number of wrapped lines (Excel does not grow merged rows by itself). Headings are bold and larger;
 * fill-ins are on a yellow fill; the table is a real bordered table; the 附件 line links to the form's
 * sheet (the form is not copied); page setup prints A4 portrait, one page wide.
 */
import { fmtScore } from '../base/format';
import { widthInPoints, wrappedLines } from '../base/textWidth';
import { cellRef } from './workings';

import type { CellStyle, SheetCell, SheetWrite } from './patch';
import {
  type HeadingLevel,
  type ReportBlock,
  type ReportCellValue,
  type ReportDocument,
  listMarker,
} from '../report/document';

/**
 * Column widths (Excel character units) of the 评分明细 columns: 一级, 二级, 三级指标, 年度指标值,
 * 实际完成值, 分值, 得分, 偏差原因; 92 in all ≈ A4 text width.
 */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [10, 11, 18, 11, 11, 5, 7, 19];

/** Fill of a part a person still has to write (待补充). */
export const FILL_IN_COLOR = '#FFFF00';

const BODY_FONT = '仿宋';
const BODY_SIZE = 12;
const TABLE_SIZE = 10.5;
/** First-line indent of two characters, as official documents indent every paragraph. */
const INDENT = '\u3000\u3000';

const HEADING_STYLE: Readonly<Record<HeadingLevel, CellStyle>> = {
  1: { bold: true, fontName: '黑体', fontSize: 14 },
  2: { bold: true, fontName: '楷体', fontSize: 13 },
  3: { bold: true, fontName: BODY_FONT, fontSize: BODY_SIZE },
  4: { bold: false, fontName: BODY_FONT, fontSize: BODY_SIZE },
};

/** Row height in points for a number of lines of a font size. */
/** Excel's largest row height, in points: a taller row is refused by Excel. */
const MAX_ROW_HEIGHT = 409;

function heightFor(lines: number, fontPt: number): number {
  // CJK faces (仿宋, Noto CJK) need about 1.5 em per line.
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * fontPt * 1.5 + 4));
}

/** Text inside a formula's string literal. */
const quote = (s: string): string => s.replace(/"/g, '""');

const cellText = (v: ReportCellValue): string => (typeof v === 'number' ? fmtScore(v) : v);

/** Renders one report as an owned sheet named `name`, placed after `after` when given. */
export function reportSheetWrite(doc: ReportDocument, name: string, after?: string): SheetWrite {
  const widths = REPORT_COLUMN_WIDTHS;
  const lastCol = widths.length - 1;
  const fullWidth = widthInPoints(widths);
  const rows: (SheetCell | null)[][] = [];
  const rowHeights: Record<number, number> = {};
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];

  const paragraphRow = (text: string, style: CellStyle, extra = 0): void => {
    const r = rows.length;
    rows.push([{ value: text, style: { wrap: true, valign: 'top', ...style } }]);
    merges.push({ top: r, left: 0, bottom: r, right: lastCol });
    const size = style.fontSize ?? BODY_SIZE;
    rowHeights[r] = Math.min(
      MAX_ROW_HEIGHT,
      heightFor(wrappedLines(text, fullWidth, size), size) + extra,
    );
  };

  const body: CellStyle = { fontName: BODY_FONT, fontSize: BODY_SIZE, align: 'left' };
  const addBlock = (b: ReportBlock): void => {
    switch (b.kind) {
      case 'title':
        paragraphRow(
          b.text,
          { bold: true, fontName: '宋体', fontSize: 18, align: 'center', valign: 'middle' },
          14,
        );
        break;
      case 'heading':
        paragraphRow(
          `${INDENT}${b.text}`,
          { ...HEADING_STYLE[b.level], align: 'left', valign: 'bottom' },
          b.level <= 2 ? 6 : 2,
        );
        break;
      case 'paragraph':
        paragraphRow(`${INDENT}${b.text}`, body);
        break;
      case 'fillIn':
        paragraphRow(`${INDENT}${b.text}`, { ...body, fill: FILL_IN_COLOR });
        break;
      case 'attachmentRef': {
        // A link to the form's sheet: the workbook already holds the form, so the sheet does not copy it.
        const r = rows.length;
        paragraphRow(`${INDENT}${b.text}`, body);
        const shown = `${INDENT}${b.text}`;
        rows[r] = [
          {
            value: {
              formula: `HYPERLINK("#${quote(cellRef(b.sheet, 'A1'))}","${quote(shown)}")`,
              result: shown,
            },
            style: { ...body, wrap: true, valign: 'top', color: '#0563C1' },
          },
        ];
        break;
      }
      case 'attachment':
        break;
      case 'list':
        b.items.forEach((item, i) =>
          paragraphRow(`${INDENT}${listMarker(b.style, i)}${item}`, body),
        );
        break;
      case 'table': {
        const header = b.columns.map((c): SheetCell => ({
          value: c.header,
          style: {
            bold: true,
            fontName: BODY_FONT,
            fontSize: TABLE_SIZE,
            align: 'center',
            valign: 'middle',
            wrap: true,
            border: true,
            fill: '#F2F2F2',
          },
        }));
        rowHeights[rows.length] = heightFor(1, TABLE_SIZE);
        rows.push(header);
        const emphasis = new Set(b.emphasis ?? []);
        // One style object per column (and per emphasis), shared by the rows: a big form's table
        // has a row per indicator.
        const cellStyle = (bold: boolean): CellStyle[] =>
          b.columns.map((c) => ({
            fontName: BODY_FONT,
            fontSize: TABLE_SIZE,
            wrap: true,
            border: true,
            valign: 'top',
            align: c.align,
            bold: bold || undefined,
          }));
        const plainStyles = cellStyle(false);
        const boldStyles = cellStyle(true);
        b.rows.forEach((row, ri) => {
          let lines = 1;
          const cells = b.columns.map((c, ci): SheetCell => {
            const v = row[ci] ?? '';
            const w = widthInPoints([widths[ci] ?? 10]);
            lines = Math.max(lines, wrappedLines(cellText(v), w, TABLE_SIZE));
            return {
              // Numbers stay numbers so that a reader can sum them; text stays text (never a formula).
              value: v === '' ? null : v,
              style: (emphasis.has(ri) ? boldStyles : plainStyles)[ci],
            };
          });
          // A spare line for a wrapped cell: narrow columns break mixed digits and CJK less evenly
          // than the estimate (`执行数304.00万元，执行率95%`), and a clipped figure is worse than space.
          rowHeights[rows.length] = heightFor(lines > 1 ? lines + 1 : lines, TABLE_SIZE);
          rows.push(cells);
        });
        break;
      }
    }
  };
  for (const b of doc.blocks) addBlock(b);

  return {
    name,
    visibility: 'visible',
    rows,
    columnWidths: widths,
    rowHeights,
    merges,
    page: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:${String.fromCharCode(65 + lastCol)}${rows.length}`,
      margins: { left: 0.7, right: 0.6, top: 0.8, bottom: 0.8 },
      footer: '&C第 &P 页，共 &N 页',
    },
    after,
  };
}

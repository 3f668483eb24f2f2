/**
 * The 自评报告 as a Word document for submission, in the layout of official documents (GB/T 9704):
 * A4, title in 小标宋/宋体 二号 bold, body in 仿宋_GB2312 三号 with fixed 29-point lines and a two-character
 * first-line indent, headings 黑体 / 楷体 / 仿宋 bold by level, the 评分明细 as a bordered table, and the
 * page number `— 1 —` at the foot of each page.
 *
 * Browser-safe: no node: imports, and the package is packed with `Packer.toArrayBuffer`, so the
 * task pane can offer the same file as the CLI.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel as DocxHeading,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ISectionOptions,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { buildReports, fmtScore, listMarker } from '../engine';
import type {
  HeadingLevel,
  ReportCellValue,
  ScoreResult,
  ReportBlock,
  ReportDocument,
} from '../engine';

/** Options of the Word rendering. */
export interface ReportDocxOptions {
  /** Only the report of the form on this sheet (default: every form, each starting on a new page). */
  readonly sheet?: string;
  /** Document author shown in the file's properties. */
  readonly creator?: string;
}

/** Thrown when `options.sheet` names no scored form (a programming error of the caller). */
export class ReportSheetError extends Error {
  constructor(sheet: string) {
    super(`No scored form on sheet ${JSON.stringify(sheet)}`);
    this.name = 'ReportSheetError';
  }
}

// Sizes are in half-points (Word's unit): 三号 16pt = 32, 二号 22pt = 44, 小四 12pt = 24, 四号 14pt = 28.
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const TABLE_SIZE = 21; // 五号 10.5pt: six columns of an A4 page
const FOOTER_SIZE = 28;
/** Fixed line pitch of 29 points (580 twips): 22 lines on an A4 page with official margins. */
const LINE = 580;
/** Two characters of 三号 (16pt = 320 twips each). */
const INDENT = 640;

const fonts = (
  eastAsia: string,
): { ascii: string; hAnsi: string; eastAsia: string; cs: string } => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia,
});
const FANGSONG = fonts('仿宋_GB2312');

/** Page: A4 with the official margins 37 / 35 / 28 / 26 mm (top, bottom, left, right), in twips. */
const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const HEADING_OF: Readonly<Record<HeadingLevel, (typeof DocxHeading)[keyof typeof DocxHeading]>> = {
  1: DocxHeading.HEADING_1,
  2: DocxHeading.HEADING_2,
  3: DocxHeading.HEADING_3,
  4: DocxHeading.HEADING_4,
};

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    children: [new TextRun({ text, font: FANGSONG, size: BODY_SIZE })],
  });
}

const cellText = (v: ReportCellValue): string => (typeof v === 'number' ? fmtScore(v) : v);

function tableOf(b: Extract<ReportBlock, { kind: 'table' }>): Table {
  const total = b.columns.reduce((acc, c) => acc + c.width, 0);
  const widths = b.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const emphasis = new Set(b.emphasis ?? []);
  const cell = (text: string, i: number, opts: { bold?: boolean; header?: boolean }): TableCell => {
    const col = b.columns[i];
    const align =
      opts.header || col?.align === 'center'
        ? AlignmentType.CENTER
        : col?.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT;
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      shading: opts.header ? { fill: 'F2F2F2' } : undefined,
      children: [
        new Paragraph({
          alignment: align,
          // Table text is single-spaced: the body's fixed 29-point pitch would make every row tall.
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          // TextRun takes `string | options`; the rule takes `bold` for the deprecated String#bold.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          children: [new TextRun({ text, font: FANGSONG, size: TABLE_SIZE, bold: opts.bold })],
        }),
      ],
    });
  };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) => cell(c.header, i, { bold: true, header: true })),
  });
  const rows = b.rows.map(
    (r, ri) =>
      new TableRow({
        cantSplit: true,
        children: b.columns.map((_, i) =>
          cell(cellText(r[i] ?? ''), i, { bold: emphasis.has(ri) }),
        ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [header, ...rows],
  });
}

/** Title characters that fit one line of 二号 on the text width. */
const TITLE_LINE = 20;

/**
 * The title as runs, broken after `年度` when it is longer than a line, so that a line break never
 * splits a word the way automatic wrapping would (`…绩效自` / `评报告`).
 */
function titleRuns(text: string): TextRun[] {
  const at = text.indexOf('年度');
  if (Array.from(text).length <= TITLE_LINE || at < 0) return [new TextRun(text)];
  return [new TextRun(text.slice(0, at + 2)), new TextRun({ text: text.slice(at + 2), break: 1 })];
}

function childrenOf(doc: ReportDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        out.push(new Paragraph({ heading: DocxHeading.TITLE, children: titleRuns(b.text) }));
        break;
      case 'heading':
        out.push(new Paragraph({ heading: HEADING_OF[b.level], children: [new TextRun(b.text)] }));
        break;
      case 'paragraph':
        out.push(bodyParagraph(b.text));
        break;
      case 'list':
        b.items.forEach((item, i) => out.push(bodyParagraph(`${listMarker(b.style, i)}${item}`)));
        break;
      case 'table':
        out.push(tableOf(b));
        break;
    }
  }
  return out;
}

/** The footer of every page: `— 1 —`, centred, 宋体 四号. */
function pageFooter(): Footer {
  const run = (children: string[]): TextRun =>
    new TextRun({ children, font: fonts('宋体'), size: FOOTER_SIZE });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

const headingStyle = (
  eastAsia: string,
  bold: boolean,
): {
  run: { font: ReturnType<typeof fonts>; size: number; bold: boolean; color: string };
  paragraph: {
    indent: { firstLine: number };
    spacing: { line: number; lineRule: typeof LineRuleType.EXACT; before: number; after: number };
    keepNext: boolean;
  };
} => ({
  run: { font: fonts(eastAsia), size: BODY_SIZE, bold, color: '000000' },
  paragraph: {
    indent: { firstLine: INDENT },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    keepNext: true,
  },
});

/** The Word document of the given reports, each report in its own section (new page). */
export function reportDocument(
  reports: readonly ReportDocument[],
  options: ReportDocxOptions = {},
): Document {
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: {
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.left,
      right: PAGE.right,
      footer: 1100,
    },
  };
  // A workbook without a form still gets a valid document that says so, rather than an empty package.
  const none: ISectionOptions = {
    properties: { page },
    children: [bodyParagraph('工作簿中没有可评分的绩效自评表。')],
  };
  const sections: ISectionOptions[] =
    reports.length === 0
      ? [none]
      : reports.map((doc) => ({
          properties: { page },
          footers: { default: pageFooter() },
          children: childrenOf(doc),
        }));
  return new Document({
    creator: options.creator ?? '绩效自评助手',
    title: reports[0]?.title ?? '绩效自评报告',
    styles: {
      default: {
        document: {
          run: { font: FANGSONG, size: BODY_SIZE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
        title: {
          run: { font: fonts('方正小标宋简体'), size: TITLE_SIZE, bold: true, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
          },
        },
        heading1: headingStyle('黑体', false),
        heading2: headingStyle('楷体_GB2312', false),
        heading3: headingStyle('仿宋_GB2312', true),
        heading4: headingStyle('仿宋_GB2312', false),
      },
    },
    sections,
  });
}

/** The 自评报告 of a scored workbook as a .docx file; the text depends on the scores only. */
export async function renderReportDocx(
  result: ScoreResult,
  options: ReportDocxOptions = {},
): Promise<Uint8Array> {
  let reports = buildReports(result);
  if (options.sheet !== undefined) {
    reports = reports.filter((r) => r.sheet === options.sheet);
    if (reports.length === 0) throw new ReportSheetError(options.sheet);
  }
  const buffer = await Packer.toArrayBuffer(reportDocument(reports, options));
  return new Uint8Array(buffer);
}

/**
 * The 自评报告 as a Word document for submission, in the layout of official documents (GB/T 9704):
 * A4, title in 小标宋/宋体 二号 bold, body in 仿宋_GB2312 三号 with fixed 29-point lines and a two-character
 * first-line indent, headings 黑体 / 楷体 / 仿宋 bold by level, and the page number `— 1 —` at the foot
 * of each page. The 评分明细 and the attached form (附件) are bordered tables on landscape pages, their
 * columns fitted to their content so that a score never wraps; fill-ins are highlighted. Only headings
 * and a table's header row keep with the next paragraph, so no page is left near-empty.
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
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
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
import { buildReports, fmtScore, listMarker, textEms } from '../engine';
import type {
  HeadingLevel,
  ReportCellValue,
  ReportDocument,
  ReportTable,
  ScoreResult,
  WorkbookSnapshot,
} from '../engine';

/** Options of the Word rendering. */
export interface ReportDocxOptions {
  /** Only the report of the form on this sheet (default: every form, each starting on a new page). */
  readonly sheet?: string;
  /** Document author shown in the file's properties. */
  readonly creator?: string;
  /** The workbook the result was scored from: its 报告素材 sheet fills the parts no form holds. */
  readonly snapshot?: WorkbookSnapshot;
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
/** A landscape page turns the portrait one: its margins go round with it (top → left …). */
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.top - PAGE.bottom;
/** Left and right padding of a table cell, in twips. */
const CELL_PAD = 60;

const HEADING_OF: Readonly<Record<HeadingLevel, (typeof DocxHeading)[keyof typeof DocxHeading]>> = {
  1: DocxHeading.HEADING_1,
  2: DocxHeading.HEADING_2,
  3: DocxHeading.HEADING_3,
  4: DocxHeading.HEADING_4,
};

function bodyParagraph(text: string, fillIn = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    children: [
      new TextRun({
        text,
        font: FANGSONG,
        size: BODY_SIZE,
        // A part a person still has to write (待补充) is highlighted, as the sheet fills it yellow.
        ...(fillIn ? { highlight: HighlightColor.YELLOW } : {}),
      }),
    ],
  });
}

/**
 * Column widths (twips) that fit a table's content on `available`: a column of numbers or short
 * codes gets the width of its longest cell, so a score never wraps; the text columns share what is
 * left, each up to its longest line (water-filling), the long ones by their relative width.
 */
export function fitColumnWidths(b: ReportTable, available: number, fontHalfPts: number): number[] {
  const em = fontHalfPts * 10; // half-points → twips: 1 pt = 20 twips
  const pad = 2 * CELL_PAD + 60; // the cell margins, and a little slack for the host's own metrics
  const natural = b.columns.map((c, i) => {
    const cells = b.rows.map((r) => textEms(cellText(r[i] ?? '')));
    return Math.ceil(Math.max(textEms(c.header), ...cells) * em + pad);
  });
  // Numbers, and any column whose longest cell is short, keep their natural width.
  const fixed = b.columns.map((c, i) => c.align === 'right' || (natural[i] ?? 0) <= 6 * em + pad);
  const widths = natural.map((n, i) => (fixed[i] ? n : 0));
  let left = available - widths.reduce((a, x) => a + x, 0);
  let open = b.columns.map((_, i) => i).filter((i) => !fixed[i]);
  // Water-filling: a text column that fits in its share takes its natural width; the rest split what remains.
  for (;;) {
    const weight = open.reduce((a, i) => a + (b.columns[i]?.width ?? 1), 0);
    const fits = open.filter(
      (i) => (natural[i] ?? 0) <= (left * (b.columns[i]?.width ?? 1)) / Math.max(weight, 1),
    );
    if (fits.length === 0 || fits.length === open.length) {
      if (fits.length === open.length) {
        // Everything fits: spread the spare width over the text columns by their natural width.
        const total = open.reduce((a, i) => a + (natural[i] ?? 0), 0);
        for (const i of open)
          widths[i] = Math.floor(((natural[i] ?? 0) * left) / Math.max(total, 1));
      } else {
        for (const i of open)
          widths[i] = Math.floor((left * (b.columns[i]?.width ?? 1)) / Math.max(weight, 1));
      }
      break;
    }
    for (const i of fits) {
      widths[i] = natural[i] ?? 0;
      left -= widths[i];
    }
    open = open.filter((i) => !fits.includes(i));
  }
  // A table too wide even so (a form with very long numbers): scale everything to the page.
  const sum = widths.reduce((a, x) => a + x, 0);
  return sum > available ? widths.map((w) => Math.floor((w * available) / sum)) : widths;
}

const cellText = (v: ReportCellValue): string => (typeof v === 'number' ? fmtScore(v) : v);

function tableOf(b: ReportTable): Table {
  const available = b.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const widths = fitColumnWidths(b, available, TABLE_SIZE);
  const tableWidth = widths.reduce((a, x) => a + x, 0);
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
      margins: { left: CELL_PAD, right: CELL_PAD, top: 20, bottom: 20 },
      shading: opts.header ? { fill: 'F2F2F2' } : undefined,
      children: [
        new Paragraph({
          alignment: align,
          // The header row keeps with the first row, so a table never starts at a page's foot.
          keepNext: opts.header === true,
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
    width: { size: tableWidth, type: WidthType.DXA },
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

/** A run of the report on pages of one orientation (a Word section). */
interface Segment {
  readonly landscape: boolean;
  readonly children: (Paragraph | Table)[];
  /** How many of the last children are headings (they move with a landscape table that follows). */
  headings: number;
}

/** The `附件` label and the form's title at the head of the attached form. */
function attachmentHead(title: string): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: '附件', font: fonts('黑体'), size: BODY_SIZE })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 200 },
      children: [new TextRun({ text: title, font: fonts('方正小标宋简体'), size: 36 })],
    }),
  ];
}

/**
 * The report as sections: portrait text, then a landscape section from the first wide table
 * (评分明细, with the headings just above it) on, and one for the attached form.
 */
function segmentsOf(doc: ReportDocument): Segment[] {
  const segments: Segment[] = [{ landscape: false, children: [], headings: 0 }];
  const current = (): Segment => segments[segments.length - 1]!;
  const push = (p: Paragraph | Table, heading = false): void => {
    const seg = current();
    seg.children.push(p);
    seg.headings = heading ? seg.headings + 1 : 0;
  };
  const landscape = (): Segment => {
    const from = current();
    const moved = from.headings > 0 ? from.children.splice(-from.headings) : [];
    from.headings = 0;
    const seg: Segment = { landscape: true, children: moved, headings: 0 };
    segments.push(seg);
    return seg;
  };
  // Text after a landscape table stays on its pages: turning back to portrait would leave the few
  // lines of （四） alone on a near-empty page between the table and the attached form.
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        push(new Paragraph({ heading: DocxHeading.TITLE, children: titleRuns(b.text) }));
        break;
      case 'heading':
        push(
          new Paragraph({ heading: HEADING_OF[b.level], children: [new TextRun(b.text)] }),
          true,
        );
        break;
      case 'paragraph':
      case 'attachmentRef':
        push(bodyParagraph(b.text));
        break;
      case 'fillIn':
        push(bodyParagraph(b.text, true));
        break;
      case 'list':
        b.items.forEach((item, i) => {
          push(bodyParagraph(`${listMarker(b.style, i)}${item}`));
        });
        break;
      case 'table':
        if (b.landscape) landscape().children.push(tableOf(b));
        else push(tableOf(b));
        break;
      case 'attachment': {
        const seg = landscape();
        seg.children.push(...attachmentHead(b.title));
        for (const part of b.blocks) {
          if (part.kind === 'table') {
            seg.children.push(tableOf(part));
            // A little space between the budget block and the indicator table.
            seg.children.push(
              new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO } }),
            );
          } else {
            seg.children.push(
              new Paragraph({
                spacing: { line: 360, lineRule: LineRuleType.AUTO },
                children: [new TextRun({ text: part.text, font: FANGSONG, size: 24 })],
              }),
            );
          }
        }
        break;
      }
    }
  }
  return segments.filter((seg) => seg.children.length > 0);
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
  // The same sheet of paper turned: docx swaps width and height for a landscape section.
  const turned = {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
    margin: {
      top: PAGE.left,
      bottom: PAGE.right,
      left: PAGE.top,
      right: PAGE.bottom,
      footer: 700,
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
      : reports.flatMap((doc) =>
          segmentsOf(doc).map((seg) => ({
            properties: { page: seg.landscape ? turned : page },
            footers: { default: pageFooter() },
            children: seg.children,
          })),
        );
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

/**
 * The 自评报告 of a scored workbook as a .docx file. With `options.snapshot` (the workbook the result
 * was scored from), its 报告素材 sheet fills the parts no form holds, as in the report sheet.
 */
export async function renderReportDocx(
  result: ScoreResult,
  options: ReportDocxOptions = {},
): Promise<Uint8Array> {
  let reports = buildReports(result, options.snapshot);
  if (options.sheet !== undefined) {
    reports = reports.filter((r) => r.sheet === options.sheet);
    if (reports.length === 0) throw new ReportSheetError(options.sheet);
  }
  const buffer = await Packer.toArrayBuffer(reportDocument(reports, options));
  return new Uint8Array(buffer);
}

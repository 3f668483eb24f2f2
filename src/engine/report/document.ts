/**
 * The 自评报告 as a structured document: title, numbered headings, paragraphs, numbered lists and
 * the 评分明细 table. It is plain data so that the worksheet, Word and Markdown renderings are three
 * views of one text and cannot say different things.
 */

/** Heading depth, as official reports number them: 1 一、 2 （一） 3 1. 4 （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** How a numbered list counts its items: `1、` (problems, measures) or `（1）` (items under a `1.`). */
export type ListStyle = 'dun' | 'paren';

/** A column of the report's table. */
export interface ReportColumn {
  readonly header: string;
  /** Numbers are right-aligned, short codes centred, text left-aligned. */
  readonly align: 'left' | 'center' | 'right';
  /** Relative width (the renderers scale it to the page). */
  readonly width: number;
}

/** A table cell: text as written, or a number (score, weight) the renderers format with fmtScore. */
export type ReportCellValue = string | number;

/** A bordered table. */
export interface ReportTable {
  readonly kind: 'table';
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCellValue[])[];
  /** Rows shown bold (the 总分 row). */
  readonly emphasis?: readonly number[];
  /** Printed across a landscape page in Word (too many columns for portrait). */
  readonly landscape?: boolean;
}

/** One block of the report. Headings carry their numbering in the text (`（一）…`). */
export type ReportBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /**
   * A part no form holds (基本情况, 自评工作开展情况 …), left for a person: one guidance line in
   * brackets, highlighted (yellow fill in the sheet, highlight in Word) and counted as 待补充.
   */
  | { readonly kind: 'fillIn'; readonly text: string }
  | { readonly kind: 'list'; readonly style: ListStyle; readonly items: readonly string[] }
  /** The `附件：…` line: a link to the form's sheet in the workbook, plain text elsewhere. */
  | { readonly kind: 'attachmentRef'; readonly text: string; readonly sheet: string }
  | ReportTable
  /**
   * The form itself, attached at the end (附件): a landscape section in Word, a table in Markdown;
   * the report sheet links to the form's sheet instead of copying it.
   */
  | {
      readonly kind: 'attachment';
      readonly title: string;
      readonly sheet: string;
      readonly blocks: readonly (
        { readonly kind: 'paragraph'; readonly text: string } | ReportTable
      )[];
    };

/** The report of one form. */
export interface ReportDocument {
  /** The form's sheet, which the report is attached to (附件). */
  readonly sheet: string;
  readonly kind: 'department' | 'project';
  /** Project name of a project form, else null (it names the report sheet). */
  readonly projectName: string | null;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
  /**
   * The name a person knows the form by (项目名称, unit or title), for naming its report sheet when
   * another report took the plain name (several forms on one sheet, SCORING.md §11.4).
   */
  readonly label?: string;
}

/** The number of fill-ins a person still has to write in a report (待补充 N 处). */
export function fillInCount(doc: ReportDocument): number {
  return doc.blocks.filter((b) => b.kind === 'fillIn').length;
}

/** The marker of item `i` (0-based) of a list in the given style: `1、` or `（1）`. */
export function listMarker(style: ListStyle, i: number): string {
  return style === 'dun' ? `${i + 1}、` : `（${i + 1}）`;
}

/**
 * The 汇总 table of the review page (--html) and of browser mode's batch review, as plain rows of
 * texts and sort keys: one definition of its columns, so that both show the same table. No DOM:
 * html.ts writes it as HTML text, BatchReview.tsx as React elements.
 */
import {
  NOT_SELF_SCORED,
  NO_GRADE,
  type ReviewedFile,
  type ReviewedForm,
  fmtPercent,
  fmtScore,
  formProblemText,
} from '../engine';

/** A table cell: the text shown and the value it sorts by (numbers sort as numbers, null last). */
export interface TableCell {
  readonly text: string;
  readonly sort: string | number | null;
}

const t = (s: string | null | undefined): TableCell => ({ text: s ?? '', sort: s ?? '' });
const n = (v: number | null | undefined, show: (x: number) => string = fmtScore): TableCell => ({
  text: v === null || v === undefined ? '' : show(v),
  sort: v ?? null,
});

/** One column: its header, whether it holds numbers, and its cell for a form of a file. */
export interface TableColumn {
  readonly header: string;
  readonly numeric: boolean;
  readonly cell: (form: ReviewedForm, file: string) => TableCell;
}

/**
 * The columns in order: 单位, 复核得分 and 等级 first, so that a pane 350 px wide shows what a reviewer
 * reads first before the table's box scrolls sideways; where the form came from last.
 */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { header: '单位', numeric: false, cell: (f) => t(f.unit) },
  { header: '复核得分', numeric: true, cell: (f) => n(f.total) },
  { header: '等级', numeric: false, cell: (f) => t(f.grade ?? NO_GRADE) },
  { header: '项目', numeric: false, cell: (f) => t(f.project) },
  { header: '自评得分', numeric: true, cell: (f) => n(f.selfReportedTotal) },
  { header: '差异', numeric: true, cell: (f) => n(f.difference) },
  {
    header: '不一致单元格',
    numeric: true,
    // A form the unit left unscored differs in every cell: 未自评 says so, and sorts with the blanks.
    cell: (f) =>
      f.selfScored ? n(f.scoresDiffering, String) : { text: NOT_SELF_SCORED, sort: null },
  },
  { header: '执行率', numeric: true, cell: (f) => n(f.budget?.rate, fmtPercent) },
  { header: '主要问题', numeric: false, cell: (f) => t(formProblemText(f)) },
  { header: '错误', numeric: true, cell: (f) => n(f.findings.error, String) },
  { header: '警告', numeric: true, cell: (f) => n(f.findings.warning, String) },
  { header: '提示', numeric: true, cell: (f) => n(f.findings.info, String) },
  { header: '主管部门', numeric: false, cell: (f) => t(f.department) },
  { header: '工作表', numeric: false, cell: (f) => t(f.sheet) },
  { header: '文件', numeric: false, cell: (_f, file) => t(file) },
];

/** Index of a column by its header. */
export const columnOf = (header: string): number =>
  TABLE_COLUMNS.findIndex((c) => c.header === header);

/** One row: its cells, and what the row's look depends on. */
export interface TableRow {
  readonly cells: readonly TableCell[];
  /** The computed grade, '' for a form with none or a file not reviewed. */
  readonly grade: string;
  /** A self-scored form with differing cells. */
  readonly differs: boolean;
  /** A repeat of an earlier form (重复): shown, counted nowhere. */
  readonly duplicate: boolean;
  /** A file that was not reviewed (no form, unreadable): its reason in 主要问题. */
  readonly unreviewed: boolean;
}

/** The look of each official grade in the table (the summary workbook's conditional formats): fill, text. */
export const GRADE_LOOK: Readonly<Record<string, readonly [string, string]>> = {
  优: ['#c6efce', '#006100'],
  良: ['#ddebf7', '#1f4e78'],
  中: ['#ffeb9c', '#9c5700'],
  差: ['#ffc7ce', '#9c0006'],
};

const STATUS_TEXT = { scored: '已复核', no_form: '未找到自评表', unreadable: '无法读取' } as const;

/** The table's rows: one per form, and one per file that could not be reviewed, in file order. */
export function summaryTableRows(files: readonly ReviewedFile[]): TableRow[] {
  const out: TableRow[] = [];
  for (const f of files) {
    if (f.forms.length === 0) {
      // No unit to name it by: the first columns say which file and what became of it, so that a
      // narrow pane shows both before the box scrolls sideways.
      const cells = TABLE_COLUMNS.map(() => t(''));
      cells[columnOf('单位')] = t(f.file);
      cells[columnOf('等级')] = t(STATUS_TEXT[f.status]);
      cells[columnOf('文件')] = t(f.file);
      cells[columnOf('主要问题')] = t(f.message ?? '');
      out.push({ cells, grade: '', differs: false, duplicate: false, unreviewed: true });
      continue;
    }
    for (const form of f.forms) {
      out.push({
        cells: TABLE_COLUMNS.map((c) => c.cell(form, f.file)),
        grade: form.grade ?? '',
        differs: form.selfScored && form.scoresDiffering > 0,
        duplicate: form.duplicateOf !== null,
        unreviewed: false,
      });
    }
  }
  return out;
}

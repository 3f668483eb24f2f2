/**
 * Every form of a workbook, in sheet order, then row order (SCORING.md §11.4): hidden sheets are
 * read like any other and say so (§11.5), the sheets selfeval owns are never forms, and a sheet
 * that continues the form before it (§11.6) is read as part of that form.
 */
import { isOwnedSheetName } from '../base/sheetNames';
import type { SheetSnapshot, WorkbookSnapshot } from '../base/snapshot';
import { RowMarks, finishCoverage } from './coverage';
import { refAt } from './formBlocks';
import type { FormModel } from './formModel';
import type { GridRole } from './headerGrid';
import { blockContext, readSheetForms, type FormRead } from './readForm';
import { readIndicatorRows, valueColumns } from './readIndicators';
import { SheetView } from './sheetView';

/** A sheet whose name says it continues the one before it: `…续`, `…（续）`, `…续表`. */
const CONTINUED_NAME_RE = /续\)?$|续表\)?$/;

/** True when a sheet's name marks it as a continued sheet (§11.6). */
export function isContinuedName(name: string): boolean {
  return CONTINUED_NAME_RE.test(name.trim().replace(/（/g, '(').replace(/）/g, ')'));
}

/**
 * The sheet read with the columns of the form it continues (a continued sheet has no header of its
 * own), or null when it holds no indicator row or — unless its name says it continues — no 总分 row.
 */
function continuationRows(
  sheet: SheetSnapshot,
  cols: Partial<Record<GridRole, number>>,
  named: boolean,
): FormModel | null {
  const view = new SheetView(sheet);
  const marks = new RowMarks(0, view.rowCount - 1);
  const grid = { cols, dataStart: 0, inferred: [], unplaced: [] };
  const block = readIndicatorRows(view, grid, marks, blockContext(view, sheet.name), null);
  if (block.rows.length === 0 || (!named && block.totalRow === null)) return null;
  const unread = finishCoverage(view, marks, {
    valueCols: valueColumns(cols),
    weightCol: cols.weight,
    scoreCol: cols.score,
    nameCol: cols.name,
    goal: null,
  });
  const totalRow = block.totalRow;
  return {
    sheet: sheet.name,
    kind: 'project',
    title: null,
    unit: null,
    projectName: null,
    authority: null,
    implementer: null,
    year: null,
    budget: null,
    goal: null,
    indicators: block.rows,
    level1Labels: block.level1Labels,
    blocks: block.blocks,
    hasLevel1: block.hasLevel1,
    totalCell: totalRow !== null ? refAt(view, totalRow, cols.score) : null,
    totalWeightCell: totalRow !== null ? refAt(view, totalRow, cols.weight) : null,
    unread,
    inferredHeaders: [],
    diagnosis: null,
  };
}

/** The form `base` with the rows of the sheet that continues it (§11.6). */
function joined(base: FormModel, part: FormModel): FormModel {
  const onPart = <T extends object>(xs: readonly T[]): T[] =>
    xs.map((x) => ({ ...x, sheet: part.sheet }));
  const indicators = [...base.indicators];
  for (const row of part.indicators) indicators.push({ ...row, sheet: part.sheet });
  const hasTotal = part.totalCell !== null;
  const rows = indicators.length > 0;
  return {
    ...base,
    indicators,
    level1Labels: [...base.level1Labels, ...onPart(part.level1Labels)],
    blocks: [...(base.blocks ?? []), ...onPart(part.blocks ?? [])],
    hasLevel1: (base.hasLevel1 ?? false) || (part.hasLevel1 ?? false),
    totalCell: hasTotal ? part.totalCell : base.totalCell,
    totalWeightCell: hasTotal ? part.totalWeightCell : base.totalWeightCell,
    ...(hasTotal ? { totalSheet: part.sheet } : {}),
    unread: [...(base.unread ?? []), ...(part.unread ?? [])],
    inferredHeaders: [...(base.inferredHeaders ?? []), ...(part.inferredHeaders ?? [])],
    diagnosis: rows ? null : (base.diagnosis ?? null),
    continuedOn: [...(base.continuedOn ?? []), part.sheet],
  };
}

/** Every form of the workbook (§11.4–§11.6), in sheet order and then row order. */
export function readWorkbookForms(workbook: WorkbookSnapshot): FormModel[] {
  const forms: FormModel[] = [];
  // The form a next sheet may continue, with the columns its rows are read by.
  let open: { index: number; cols: Partial<Record<GridRole, number>> } | null = null;
  for (const sheet of workbook.sheets) {
    // The sheets a run writes are never forms: the 自评报告's 评分明细 carries a form's own header
    // (一级指标 … 年度指标值 · 实际完成值) and would otherwise be scored as one.
    if (isOwnedSheetName(sheet.name)) continue;
    const named = isContinuedName(sheet.name);
    const reads: FormRead[] = readSheetForms(sheet);
    const prev = open ? forms[open.index] : undefined;
    if (open && prev) {
      const first = reads[0];
      if (named && first && first.model.budget === null) {
        // A continued sheet with a header of its own: its first form's rows are the previous form's.
        forms[open.index] = joined(prev, first.model);
        reads.shift();
        if (reads.length === 0) continue;
      } else if (reads.length === 0 && (named || prev.totalCell === null)) {
        // No header at all: its rows are read with the columns of the form it continues.
        const part = continuationRows(sheet, open.cols, named);
        if (part) {
          forms[open.index] = joined(prev, part);
          continue;
        }
      }
    }
    open = null;
    for (const r of reads) {
      forms.push(r.model);
      open = r.cols ? { index: forms.length - 1, cols: r.cols } : null;
    }
  }
  return forms;
}

/**
 * Finds the forms on a sheet by their header words, never by fixed rows or columns (SCORING.md §1),
 * and reads each into a FormModel. A sheet may hold several forms (§11.4): a new title (…自评表), a
 * second 项目名称/部门名称 field or a second budget header after a form's blocks starts the next one.
 * Every non-empty row of a form's region is accounted for or reported unread (§11.1).
 */
import { a1 } from '../base/cells';
import type { SheetSnapshot } from '../base/snapshot';
import { headerKey, squash } from '../base/text';
import { type RowShape, RowMarks, finishCoverage, shapeOf } from './coverage';
import {
  type RoleColumns,
  fieldKey,
  findLabelled,
  findYear,
  readBudget,
  readGoal,
  refAt,
} from './formBlocks';
import type { BlockLabel, FormKind, FormModel, ReadDiagnosis } from './formModel';
import { type GridRole, readHeaderGrid } from './headerGrid';
import { type InferredHeader, type UnplacedHeader, inferColumns } from './headerInference';
import {
  AUTHORITY_LABELS,
  DEPARTMENT_WORDS,
  IMPLEMENTER_LABELS,
  PROJECT_LABELS,
  PROJECT_WORDS,
  UNIT_LABELS,
  type BudgetRole,
  type IndicatorRole,
  budgetRole,
  indicatorRole,
} from './headers';
import { type BlockContext, blockLabelOf, readIndicatorRows, valueColumns } from './readIndicators';
import { SheetView } from './sheetView';

type IndicatorColumns = RoleColumns<IndicatorRole>;

/** Columns of a header row by role (the first column naming each role; merged headers count once). */
function rolesOfRow<R extends string>(
  view: SheetView,
  row: number,
  roleOf: (t: string) => R | undefined,
  unplaced?: UnplacedHeader[],
): RoleColumns<R> {
  const cols: RoleColumns<R> = {};
  let lastAnchor = '';
  for (let c = 0; c < view.width(row); c++) {
    const [ar, ac] = view.anchor(row, c);
    const key = `${ar},${ac}`;
    if (key === lastAnchor) continue;
    lastAnchor = key;
    const text = view.text(row, c);
    if (text === '' || text.length > 40) continue;
    const role = roleOf(text);
    if (role === undefined) unplaced?.push({ col: c, text, cell: a1(ar, ac) });
    else if (cols[role] === undefined) cols[role] = c;
  }
  return cols;
}

/** An indicator header row read by its words, with the headers read by meaning (§11.3). */
interface HeaderRead {
  readonly cols: IndicatorColumns;
  readonly inferred: readonly InferredHeader[];
  readonly unplaced: readonly UnplacedHeader[];
}

function indicatorHeaderAt(view: SheetView, row: number): HeaderRead {
  const unplaced: UnplacedHeader[] = [];
  const cols = rolesOfRow(view, row, indicatorRole, unplaced);
  // Inference only where a header lacks a target or an actual (most rows are no header at all).
  const inferred = cols.name === undefined ? [] : inferColumns(cols, unplaced);
  return { cols, inferred, unplaced };
}

function hasTarget(cols: IndicatorColumns): boolean {
  return (
    cols.target !== undefined ||
    cols.targetInitial !== undefined ||
    cols.targetAdjusted !== undefined
  );
}

function isIndicatorHeader(cols: IndicatorColumns): boolean {
  return cols.name !== undefined && hasTarget(cols) && cols.actual !== undefined;
}

/**
 * A header row that names the indicators and at least two of their value columns but lacks the
 * target or the actual (§11.2): the form's indicator table, whose column could not be placed.
 */
function isNearMiss(cols: IndicatorColumns): boolean {
  if (cols.name === undefined) return false;
  const others = [hasTarget(cols), cols.actual !== undefined, cols.weight !== undefined];
  return others.filter(Boolean).length + (cols.score !== undefined ? 1 : 0) >= 2;
}

function isBudgetHeader(cols: RoleColumns<BudgetRole>): boolean {
  return (
    (cols.budget !== undefined || cols.initialBudget !== undefined) && cols.executed !== undefined
  );
}

/** Labels of the header fields that name a form: a second one on a sheet starts a new form (§11.4). */
const FORM_FIELDS = new Set(
  [...PROJECT_LABELS, '部门(单位)名称', '部门名称', '单位名称'].map((l) => headerKey(l)),
);
const TITLE_RE = /(自评|评价)表(\([^()]*\))?$/;

/** True for a form's title row (`2022年度项目支出绩效自评表`) or a field naming it (§11.4). */
function startsForm(shape: RowShape): boolean {
  const t = shape.firstText;
  if (t === '' || t.length > 40) return false;
  if (t.includes('表') && shape.own <= 2 && TITLE_RE.test(headerKey(t))) return true;
  return t.includes('名称') && FORM_FIELDS.has(fieldKey(t));
}

/** startsForm for a row whose cells were not counted (rowStart): counted only when it may start one. */
function rowStartsForm(view: SheetView, row: number, shape: RowShape): boolean {
  if (shape.own >= 0) return startsForm(shape);
  const t = shape.firstText;
  if (!t.includes('表') && !t.includes('名称')) return false;
  return startsForm(shapeOf(view, row));
}

function kindFrom(texts: readonly string[]): FormKind | null {
  const joined = texts.map(squash).join('|');
  if (DEPARTMENT_WORDS.some((w) => joined.includes(w))) return 'department';
  if (PROJECT_WORDS.some((w) => joined.includes(w))) return 'project';
  return null;
}

/** Words of the roles a headline names. */
const ROLE_WORDS: Readonly<Partial<Record<GridRole, string>>> = {
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
};

/** Why the indicator table of a region could not be read (§11.2). */
function diagnose(
  view: SheetView,
  nearMiss: { row: number; read: HeaderRead } | null,
): ReadDiagnosis {
  if (!nearMiss) return { kind: 'noHeader' };
  const { cols, unplaced } = nearMiss.read;
  const seen: string[] = [];
  for (const role of [
    'name',
    'target',
    'targetInitial',
    'targetAdjusted',
    'actual',
    'weight',
    'score',
  ] as const) {
    const c = cols[role];
    if (c !== undefined) seen.push(view.text(nearMiss.row, c));
  }
  const missing: string[] = [];
  if (!hasTarget(cols)) missing.push(ROLE_WORDS.target ?? '');
  if (cols.actual === undefined) missing.push(ROLE_WORDS.actual ?? '');
  // The columns it could not place are the ones between the name and the weight, where §11.3 looks.
  const bound = cols.weight ?? cols.score ?? view.colCount;
  const between = unplaced.filter((u) => u.col > (cols.name ?? -1) && u.col < bound);
  return {
    kind: 'headerIncomplete',
    row: nearMiss.row,
    cell: view.ref(nearMiss.row, cols.name ?? 0).address,
    seen,
    missing,
    unplaced: (between.length > 0 ? between : unplaced).map((u) => u.text),
  };
}

/** A form read from its region, with the columns of its indicator block (a continued sheet reuses them). */
export interface FormRead {
  readonly model: FormModel;
  readonly cols: Partial<Record<GridRole, number>> | null;
  /** The row after the region: where the next form on the sheet starts, or the sheet's end. */
  readonly next: number;
}

/** The block context of a sheet: how a row starts the next form, or holds a header. */
export function blockContext(view: SheetView, sheet?: string): BlockContext {
  return {
    startsForm: (row, shape) => rowStartsForm(view, row, shape),
    isHeaderRow: (row) => isIndicatorHeader(indicatorHeaderAt(view, row).cols),
    isBudgetHeaderRow: (row) => isBudgetHeader(rolesOfRow(view, row, budgetRole)),
    ...(sheet !== undefined ? { sheet } : {}),
  };
}

/** Reads the form whose region starts at `from`, or null when no more form is on the sheet. */
function readFormAt(view: SheetView, snapshot: SheetSnapshot, from: number): FormRead | null {
  let budgetHeader: { row: number; cols: RoleColumns<BudgetRole> } | null = null;
  let indicator: { row: number; read: HeaderRead } | null = null;
  let nearMiss: { row: number; read: HeaderRead } | null = null;
  let stopAt = view.rowCount;
  for (let r = from; r < view.rowCount; r++) {
    const shape = shapeOf(view, r);
    if (shape.own === 0) continue;
    if ((budgetHeader || nearMiss) && startsForm(shape)) {
      stopAt = r;
      break;
    }
    const read = indicatorHeaderAt(view, r);
    if (isIndicatorHeader(read.cols)) {
      indicator = { row: r, read };
      break;
    }
    if (!nearMiss && isNearMiss(read.cols)) {
      nearMiss = { row: r, read };
      continue;
    }
    const bcols = rolesOfRow(view, r, budgetRole);
    if (isBudgetHeader(bcols)) {
      if (budgetHeader || nearMiss) {
        stopAt = r;
        break;
      }
      budgetHeader = { row: r, cols: bcols };
    }
  }
  const firstBlock = Math.min(
    budgetHeader?.row ?? Infinity,
    indicator?.row ?? Infinity,
    nearMiss?.row ?? Infinity,
  );
  if (firstBlock === Infinity) return null;
  const marks = new RowMarks(from, view.rowCount - 1);
  const titleTexts: string[] = [];
  let named = false;
  for (let r = from; r < firstBlock; r++) {
    const shape = shapeOf(view, r);
    if (shape.own === 0) continue;
    const field =
      shape.firstText !== '' && startsForm(shape) && !TITLE_RE.test(headerKey(shape.firstText));
    marks.mark(r, field ? 'field' : 'title');
    named ||= startsForm(shape);
    for (let c = 0; c < view.width(r); c++) {
      const v = view.own(r, c);
      if (typeof v === 'string' && v.trim() !== '') titleTexts.push(v.trim());
    }
  }
  // A header that lacks its target or actual makes a form only under a title or a form's field:
  // elsewhere it is a table of another kind (a list of indicators and weights, say).
  if (!budgetHeader && !indicator && !named) return null;
  const projectName = findLabelled(view, PROJECT_LABELS, from, firstBlock);
  const namedKind = kindFrom(titleTexts) ?? kindFrom([snapshot.name]);
  const kind: FormKind = namedKind ?? (projectName ? 'project' : 'department');
  const title =
    titleTexts.find((t) => /绩效|自评|评价/.test(t) && /表/.test(t)) ?? titleTexts[0] ?? null;
  const authority = findLabelled(view, AUTHORITY_LABELS, from, firstBlock);
  const implementer = findLabelled(view, IMPLEMENTER_LABELS, from, firstBlock);
  const unitName = findLabelled(view, UNIT_LABELS, from, firstBlock);

  const tableRow = indicator?.row ?? nearMiss?.row ?? stopAt;
  const budgetRead = budgetHeader
    ? readBudget(view, budgetHeader.row, budgetHeader.cols, tableRow, marks)
    : null;
  const budget = budgetRead?.block ?? null;
  // A data sheet (monthly execution, say) may have 全年预算数 and 全年执行数 columns too. With no
  // indicator block, no 年度资金总额 row and no form words in its title or name, it is not a form
  // (§1: data sheets are skipped without complaint; §8.15 read together with it).
  if (!indicator && !nearMiss && budget?.totalRow === null && namedKind === null) return null;
  const goalFrom = budgetRead ? budgetRead.lastRow + 1 : firstBlock;
  const goal = readGoal(view, Math.min(goalFrom, tableRow), tableRow);

  let block: ReturnType<typeof readIndicatorRows> | null = null;
  if (indicator) {
    // Several blocks (§9.6): the first block's label sits just above its header row.
    let firstLabel: BlockLabel | null = null;
    for (let r = indicator.row - 1; r >= Math.max(from, indicator.row - 2); r--) {
      firstLabel = blockLabelOf(view, r);
      if (firstLabel) {
        marks.mark(r, 'blockLabel');
        break;
      }
      if (!view.rowIsEmpty(r)) break;
    }
    const grid = readHeaderGrid(view, indicator.row);
    marks.markRange(indicator.row, grid.dataStart - 1, 'indicatorHeader');
    block = readIndicatorRows(view, grid, marks, blockContext(view), firstLabel);
  } else if (nearMiss) {
    marks.mark(nearMiss.row, 'indicatorHeader');
  }

  // The region ends where the next form starts (§11.4): a title, a field, or a block's header after
  // this form's blocks; else at the sheet's end.
  let next = block ? (block.nextStart ?? view.rowCount) : stopAt;
  if (block && block.nextStart === null) {
    const ctx = blockContext(view);
    for (let r = block.lastRow + 1; r < view.rowCount; r++) {
      const shape = shapeOf(view, r);
      if (shape.own === 0) continue;
      if (startsForm(shape) || ctx.isBudgetHeaderRow(r) || ctx.isHeaderRow(r)) {
        next = r;
        break;
      }
    }
  }
  const cols = block?.cols ?? nearMiss?.read.cols ?? {};
  const unread = finishCoverage(
    view,
    marks,
    {
      valueCols: valueColumns(cols),
      weightCol: cols.weight,
      scoreCol: cols.score,
      nameCol: cols.name,
      goal: tableRow > goalFrom ? [goalFrom, tableRow - 1] : null,
    },
    next - 1,
  );
  let firstRow = from;
  while (firstRow < next && view.rowIsEmpty(firstRow)) firstRow++;
  let lastRow = next - 1;
  while (lastRow > firstRow && view.rowIsEmpty(lastRow)) lastRow--;
  const totalRow = block?.totalRow ?? null;
  const inferredHeaders = block?.inferred ?? [...(nearMiss?.read.inferred ?? [])];
  const diagnosis: ReadDiagnosis | null = !indicator
    ? diagnose(view, nearMiss)
    : block && block.rows.length === 0
      ? {
          kind: 'noRows',
          row: indicator.row,
          cell: view.ref(indicator.row, indicator.read.cols.name ?? 0).address,
        }
      : null;
  const model: FormModel = {
    sheet: snapshot.name,
    kind,
    title,
    unit: unitName ?? implementer ?? authority,
    projectName,
    authority,
    implementer,
    year: findYear([...titleTexts, snapshot.name]),
    budget,
    goal,
    indicators: block?.rows ?? [],
    level1Labels: block?.level1Labels ?? [],
    blocks: block?.blocks ?? [],
    hasLevel1: block?.hasLevel1 ?? false,
    totalCell: totalRow !== null ? refAt(view, totalRow, cols.score) : null,
    totalWeightCell: totalRow !== null ? refAt(view, totalRow, cols.weight) : null,
    firstRow,
    firstCell: view.ref(firstRow, Math.max(0, shapeOf(view, firstRow).firstCol)).address,
    lastRow,
    unread,
    inferredHeaders,
    diagnosis,
    ...(snapshot.hidden ? { hidden: true } : {}),
  };
  return { model, cols: block ? cols : null, next };
}

/** Reads every form on a sheet, in row order, with the columns of each one's indicator block. */
export function readSheetForms(snapshot: SheetSnapshot): FormRead[] {
  const view = new SheetView(snapshot);
  const forms: FormRead[] = [];
  let from = 0;
  while (from < view.rowCount) {
    const read = readFormAt(view, snapshot, from);
    if (!read) break;
    forms.push(read);
    // Never stand still: a region always moves past its first block.
    from = Math.max(read.next, from + 1);
  }
  return forms;
}

/** Reads every form on a sheet (SCORING.md §11.4), in row order; empty for a sheet with none. */
export function readForms(snapshot: SheetSnapshot): FormModel[] {
  return readSheetForms(snapshot).map((f) => f.model);
}

/** Reads the first form on a sheet, or null when the sheet holds no form. */
export function readForm(snapshot: SheetSnapshot): FormModel | null {
  return readForms(snapshot)[0] ?? null;
}

/**
 * Finds the blocks of a form on a sheet by their header words, never by fixed rows or columns
 * (SCORING.md §1), and reads them into a FormModel. Returns null for sheets that are no form.
 */
import { cellText, isBlank, isCellError } from '../base/cells';
import type { SheetSnapshot } from '../base/snapshot';
import { headerBase, headerKey, squash } from '../base/text';
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
  isBudgetTotalLabel,
  isPlaceholderName,
  isTotalRowLabel,
} from './headers';
import type {
  BudgetBlock,
  BudgetBreakdownRow,
  FormKind,
  FormModel,
  GoalBlock,
  IndicatorRow,
  BlockLabel,
  Level1Label,
} from './formModel';
import { type GridRole, readHeaderGrid } from './headerGrid';
import { type CellRef, SheetView } from './sheetView';

type RoleColumns<R extends string> = Partial<Record<R, number>>;

/** Columns of a header row by role: the first column naming each role (merged headers count once). */
function rolesOfRow<R extends string>(
  view: SheetView,
  row: number,
  roleOf: (t: string) => R | undefined,
): RoleColumns<R> {
  const cols: RoleColumns<R> = {};
  let lastAnchor = '';
  for (let c = 0; c < view.colCount; c++) {
    const [ar, ac] = view.anchor(row, c);
    const key = `${ar},${ac}`;
    if (key === lastAnchor) continue;
    lastAnchor = key;
    const text = view.text(row, c);
    if (text === '' || text.length > 40) continue;
    const role = roleOf(text);
    if (role !== undefined && cols[role] === undefined) cols[role] = c;
  }
  return cols;
}

function isIndicatorHeader(cols: RoleColumns<IndicatorRole>): boolean {
  const hasTarget =
    cols.target !== undefined ||
    cols.targetInitial !== undefined ||
    cols.targetAdjusted !== undefined;
  return cols.name !== undefined && hasTarget && cols.actual !== undefined;
}

function isBudgetHeader(cols: RoleColumns<BudgetRole>): boolean {
  return (
    (cols.budget !== undefined || cols.initialBudget !== undefined) && cols.executed !== undefined
  );
}

/** Rows that end an indicator block although they are not empty: notes and signatures under the form. */
function isFooterRow(view: SheetView, row: number): boolean {
  for (let c = 0; c < view.colCount; c++) {
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    return /^(注|说明|备注|填表说明|填报说明|填表人|填报人|联系电话|单位负责人|财务负责人|审核人)/.test(
      squash(cellText(v)),
    );
  }
  return false;
}

/** A cell reference, or null when the column does not exist. */
function refAt(view: SheetView, row: number, col: number | undefined): CellRef | null {
  return col === undefined ? null : view.ref(row, col);
}

/** The first 4-digit year written in the texts (`（2022年度）`, `2022年度…自评表`). */
function findYear(texts: readonly string[]): number | null {
  for (const t of texts) {
    const m = /((?:19|20)\d{2})\s*年/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Reads the value that belongs to a label: inline after a colon, or the next non-empty cell to the right. */
function labelValue(view: SheetView, row: number, col: number, label: string): string | null {
  const own = squash(view.text(row, col));
  const inline = own
    .slice(squash(label).length)
    .replace(/^[:：]/, '')
    .trim();
  if (inline !== '')
    return (
      view
        .text(row, col)
        .replace(/^[^:：]*[:：]/, '')
        .trim() || null
    );
  const [ar, ac] = view.anchor(row, col);
  for (let c = col + 1; c < view.colCount; c++) {
    const [br, bc] = view.anchor(row, c);
    if (br === ar && bc === ac) continue;
    const t = view.text(row, c);
    if (t !== '') return t;
  }
  return null;
}

/** Finds a header-block label (部门（单位）名称, 项目名称…) in rows [from, to) and reads its value. */
function findLabelled(
  view: SheetView,
  labels: readonly string[],
  from: number,
  to: number,
): string | null {
  const keys = labels.map(headerKey);
  for (let r = from; r < to; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const v = view.own(r, c);
      if (typeof v !== 'string') continue;
      const k = headerKey(v.split(/[:：]/)[0] ?? '');
      if (keys.includes(k)) return labelValue(view, r, c, v.split(/[:：]/)[0] ?? '');
    }
  }
  return null;
}

function readBudget(
  view: SheetView,
  headerRow: number,
  cols: RoleColumns<BudgetRole>,
  stopRow: number,
): BudgetBlock {
  const firstRoleCol = Math.min(...Object.values(cols));
  const labelOf = (r: number): string => {
    for (let c = 0; c < firstRoleCol; c++) {
      const [ar] = view.anchor(r, c);
      if (ar !== r) continue; // a label merged down from above belongs to the block, not to this row
      const t = view.text(r, c);
      if (t !== '') return t;
    }
    return '';
  };
  let totalRow: number | null = null;
  const breakdown: BudgetBreakdownRow[] = [];
  const last = Math.min(stopRow, headerRow + 12, view.rowCount);
  for (let r = headerRow + 1; r < last; r++) {
    const label = labelOf(r);
    if (label === '') {
      if (view.rowIsEmpty(r)) break;
      continue;
    }
    if (totalRow === null && isBudgetTotalLabel(label)) {
      totalRow = r;
      continue;
    }
    if (totalRow === null) continue;
    if (budgetRole(label) !== undefined || /总体目标|绩效指标|一级指标/.test(label)) break;
    breakdown.push({
      label: label.replace(/^其中[:：]?/, '').trim(),
      row: r,
      initial: refAt(view, r, cols.initialBudget),
      budget: refAt(view, r, cols.budget),
      executed: refAt(view, r, cols.executed),
    });
  }
  const at = (col: number | undefined): CellRef | null =>
    totalRow === null ? null : refAt(view, totalRow, col);
  return {
    headerRow,
    totalRow,
    initial: at(cols.initialBudget),
    budget: at(cols.budget),
    executed: at(cols.executed),
    weight: at(cols.weight),
    rate: at(cols.rate),
    score: at(cols.score),
    explanation: at(cols.explanation),
    breakdown,
  };
}

function readGoal(view: SheetView, from: number, to: number): GoalBlock | null {
  let expected: { r: number; c: number } | null = null;
  let achieved: { r: number; c: number } | null = null;
  let sawGoal = false;
  for (let r = from; r < to; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const v = view.own(r, c);
      if (typeof v !== 'string') continue;
      const k = headerBase(v);
      if (/^(年度)?总体目标$|^年度绩效目标$/.test(k)) sawGoal = true;
      else if (/^(预期目标|年度目标|预期总体目标)$/.test(k) && !expected) expected = { r, c };
      else if (/^(实际完成情况|全年实际完成情况|目标实际完成情况|实际完成)$/.test(k) && !achieved)
        achieved = { r, c };
    }
  }
  if (!sawGoal && !expected) return null;
  // Labels side by side in one row: the texts sit below them. Labels in a column: to their right.
  const textFor = (p: { r: number; c: number } | null, sideBySide: boolean): CellRef | null => {
    if (!p) return null;
    if (sideBySide) return p.r + 1 < to ? view.ref(p.r + 1, p.c) : null;
    const [ar, ac] = view.anchor(p.r, p.c);
    for (let c = p.c + 1; c < view.colCount; c++) {
      const [br, bc] = view.anchor(p.r, c);
      if (br === ar && bc === ac) continue;
      return view.ref(p.r, c);
    }
    return null;
  };
  const sideBySide = expected !== null && achieved !== null && expected.r === achieved.r;
  return { expected: textFor(expected, sideBySide), achieved: textFor(achieved, sideBySide) };
}

const LEVEL1_WEIGHT_RE = /^(.*?)[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]$/;

/** Splits `产出指标（50分）` into the label and its weight. */
export function splitLevel1Label(text: string): { label: string; weight: number | null } {
  const t = text.trim();
  const m = LEVEL1_WEIGHT_RE.exec(t);
  if (m) return { label: m[1]!.trim(), weight: Number(m[2]) };
  return { label: t, weight: null };
}

/** Label of one of several indicator blocks (SCORING.md §9.6): `年度绩效目标1（40分）`, `绩效目标2`. */
const BLOCK_LABEL_RE = /^(?:年度)?(?:绩效)?目标[0-9一二三四五六七八九十]+/;
const BLOCK_WEIGHT_RE = /[(]([0-9]+(?:\.[0-9]+)?)分?[)]/;

/** The block label a row holds (its first own text), or null. */
function blockLabelOf(view: SheetView, row: number): BlockLabel | null {
  for (let c = 0; c < view.colCount; c++) {
    const [ar, ac] = view.anchor(row, c);
    if (ar !== row || ac !== c) continue;
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    const text = cellText(v);
    // Most rows start with a 一级 label or a name: a plain test spares them the key (npm run bench).
    if (!text.includes('目标')) return null;
    const k = headerKey(text);
    const m = BLOCK_LABEL_RE.exec(k);
    if (!m) return null;
    const w = BLOCK_WEIGHT_RE.exec(k.slice(m[0].length));
    return { label: m[0], weight: w ? Number(w[1]) : null, cell: view.ref(row, c).address };
  }
  return null;
}

/** True when a row holds an indicator header (name, target and actual columns). */
function isIndicatorHeaderRow(view: SheetView, row: number): boolean {
  return isIndicatorHeader(rolesOfRow(view, row, indicatorRole));
}

function readIndicators(
  view: SheetView,
  headerRow: number,
): {
  rows: IndicatorRow[];
  level1Labels: Level1Label[];
  blocks: BlockLabel[];
  hasLevel1: boolean;
  totalRow: number | null;
  cols: Partial<Record<GridRole, number>>;
} {
  // The header band as a grid: merged super-headers over split sub-headers (SCORING.md §9.5).
  let grid = readHeaderGrid(view, headerRow);
  let cols = grid.cols;
  let hasLevel1 = cols.level1 !== undefined;
  const rows: IndicatorRow[] = [];
  const level1Labels: Level1Label[] = [];
  // Cells of the labels kept so far: a lookup, not a scan over earlier labels, so that reading stays
  // linear in the rows when every row writes its own 一级 label (issue 9: 200,000 rows).
  const level1Cells = new Set<string>();
  // Several blocks (§9.6): the first block's label sits just above its header row.
  const blocks: BlockLabel[] = [];
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 2); r--) {
    const label = blockLabelOf(view, r);
    if (label) {
      blocks.push(label);
      break;
    }
    if (!view.rowIsEmpty(r)) break;
  }
  let block: string | null = blocks[0]?.label ?? null;
  let level1 = '';
  let level2 = '';
  let emptyRun = 0;
  let totalRow: number | null = null;
  for (let r = grid.dataStart; r < view.rowCount; r++) {
    if (view.rowIsEmpty(r)) {
      if (++emptyRun >= 2) break;
      continue;
    }
    emptyRun = 0;
    const labelCols = [cols.level1, cols.level2, cols.name].filter(
      (c): c is number => c !== undefined,
    );
    const lastLabelCol = Math.max(...labelCols, 0);
    let isTotal = false;
    for (let c = 0; c <= lastLabelCol; c++) {
      const v = view.own(r, c);
      if (typeof v === 'string' && isTotalRowLabel(v)) isTotal = true;
    }
    if (isTotal) {
      totalRow = r;
      break;
    }
    if (isFooterRow(view, r)) break;
    // A block's label row: a label, a weight, the goal's text; no indicator of its own (§9.6).
    const label = blockLabelOf(view, r);
    if (label) {
      blocks.push(label);
      block = label.label;
      level1 = '';
      level2 = '';
      continue;
    }
    // A block's own header row (or a header repeated after a page break) may move the columns. Only
    // a row whose name cell holds a header word can be one: the full test is not run on every row.
    const nameHere = cols.name === undefined ? '' : view.text(r, cols.name);
    if (nameHere !== '' && indicatorRole(nameHere) !== undefined && isIndicatorHeaderRow(view, r)) {
      grid = readHeaderGrid(view, r);
      cols = grid.cols;
      hasLevel1 ||= cols.level1 !== undefined;
      r = grid.dataStart - 1;
      continue;
    }
    if (cols.level1 !== undefined) {
      const t = view.text(r, cols.level1);
      if (t !== '') {
        const { label: l1, weight } = splitLevel1Label(t);
        const cell = view.ref(r, cols.level1).address;
        // A merged label is seen on every row it covers; keep it once, by its anchor cell.
        if (!level1Cells.has(cell)) {
          level1Cells.add(cell);
          level1Labels.push({ label: l1, weight, cell });
        }
        level1 = l1;
      }
    }
    if (cols.level2 !== undefined) {
      const t = view.text(r, cols.level2);
      if (t !== '') level2 = splitLevel1Label(t).label;
    }
    if (cols.name === undefined) continue;
    const [nr] = view.anchor(r, cols.name);
    const nameText = nr === r ? view.text(r, cols.name) : '';
    if (isPlaceholderName(nameText) || indicatorRole(nameText) !== undefined) continue;
    // The adjusted target wins when it holds a value (SCORING.md §1.4).
    const targetCol = cols.targetAdjusted ?? cols.target ?? cols.targetInitial;
    const initialCol =
      cols.targetAdjusted !== undefined ? (cols.target ?? cols.targetInitial) : undefined;
    const initial = initialCol !== undefined ? refAt(view, r, initialCol) : null;
    let target = refAt(view, r, targetCol);
    if (cols.targetAdjusted !== undefined && target && isBlank(target.value))
      target = initial ?? target;
    const initialTarget = initial && target !== initial && !isBlank(initial.value) ? initial : null;
    rows.push({
      row: r,
      name: nameText,
      nameCell: view.ref(r, cols.name).address,
      level1,
      level2,
      target,
      initialTarget,
      actual: refAt(view, r, cols.actual),
      weight: refAt(view, r, cols.weight),
      score: refAt(view, r, cols.score),
      explanation: refAt(view, r, cols.explanation),
      nature: refAt(view, r, cols.nature),
      unit: refAt(view, r, cols.unit),
      actualUnit: refAt(view, r, cols.actualUnit),
      block,
    });
  }
  return { rows, level1Labels, blocks, hasLevel1, totalRow, cols };
}

function kindFrom(texts: readonly string[]): FormKind | null {
  const joined = texts.map(squash).join('|');
  if (DEPARTMENT_WORDS.some((w) => joined.includes(w))) return 'department';
  if (PROJECT_WORDS.some((w) => joined.includes(w))) return 'project';
  return null;
}

/** Reads one sheet. Returns null when the sheet holds neither a budget nor an indicator header row. */
export function readForm(snapshot: SheetSnapshot): FormModel | null {
  if (snapshot.hidden) return null;
  const view = new SheetView(snapshot);
  let budgetHeader: { row: number; cols: RoleColumns<BudgetRole> } | null = null;
  let indicatorHeader: { row: number; cols: RoleColumns<IndicatorRole> } | null = null;
  for (let r = 0; r < view.rowCount && !(budgetHeader && indicatorHeader); r++) {
    if (view.rowIsEmpty(r)) continue;
    if (!indicatorHeader) {
      const cols = rolesOfRow(view, r, indicatorRole);
      if (isIndicatorHeader(cols)) {
        indicatorHeader = { row: r, cols };
        continue;
      }
    }
    if (!budgetHeader && !indicatorHeader) {
      const cols = rolesOfRow(view, r, budgetRole);
      if (isBudgetHeader(cols)) budgetHeader = { row: r, cols };
    }
  }
  if (!budgetHeader && !indicatorHeader) return null;

  const firstBlock = Math.min(budgetHeader?.row ?? Infinity, indicatorHeader?.row ?? Infinity);
  const titleTexts: string[] = [];
  for (let r = 0; r < firstBlock; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const v = view.own(r, c);
      if (typeof v === 'string' && v.trim() !== '') titleTexts.push(v.trim());
    }
  }
  const projectName = findLabelled(view, PROJECT_LABELS, 0, firstBlock);
  const namedKind = kindFrom(titleTexts) ?? kindFrom([snapshot.name]);
  const kind: FormKind = namedKind ?? (projectName ? 'project' : 'department');
  const title =
    titleTexts.find((t) => /绩效|自评|评价/.test(t) && /表/.test(t)) ?? titleTexts[0] ?? null;
  const authority = findLabelled(view, AUTHORITY_LABELS, 0, firstBlock);
  const implementer = findLabelled(view, IMPLEMENTER_LABELS, 0, firstBlock);
  const unitName = findLabelled(view, UNIT_LABELS, 0, firstBlock);

  const indicatorRow = indicatorHeader?.row ?? view.rowCount;
  const budget = budgetHeader
    ? readBudget(view, budgetHeader.row, budgetHeader.cols, indicatorRow)
    : null;
  // A data sheet (monthly execution, say) may have 全年预算数 and 全年执行数 columns too. With no
  // indicator block, no 年度资金总额 row and no form words in its title or name, it is not a form
  // (§1: data sheets are skipped without complaint; §8.15 read together with it).
  if (!indicatorHeader && budget?.totalRow === null && namedKind === null) return null;
  const goalFrom = budget
    ? (budget.breakdown[budget.breakdown.length - 1]?.row ?? budget.totalRow ?? budget.headerRow) +
      1
    : firstBlock;
  const goal = readGoal(view, Math.min(goalFrom, indicatorRow), indicatorRow);
  const ind = indicatorHeader ? readIndicators(view, indicatorHeader.row) : null;
  const totalRow = ind?.totalRow ?? null;
  const cols = ind?.cols;
  return {
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
    indicators: ind?.rows ?? [],
    level1Labels: ind?.level1Labels ?? [],
    blocks: ind?.blocks ?? [],
    hasLevel1: ind?.hasLevel1 ?? false,
    totalCell: totalRow !== null && cols ? refAt(view, totalRow, cols.score) : null,
    totalWeightCell: totalRow !== null && cols ? refAt(view, totalRow, cols.weight) : null,
  };
}

/** True when a cell holds an Excel error value (re-exported for rules that check needed cells). */
export { isCellError };

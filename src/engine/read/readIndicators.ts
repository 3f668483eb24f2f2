/**
 * The indicator block (SCORING.md §1.4, §9.5, §9.6, §11.1): row by row under its header band, with
 * every row it takes marked for coverage. The block ends at the 总分 row, at two empty rows (unless
 * a header, a block label or the 总分 row follows them: the same form goes on), at a signature, at
 * the start of the next form on the sheet (§11.4) or at the sheet's end. A note anywhere inside it
 * is a note, not its end.
 */
import { isBlank } from '../base/cells';
import { headerKey } from '../base/text';
import {
  type RowMarks,
  type RowShape,
  isNoteText,
  isSignatureText,
  rowStart,
  shapeOf,
} from './coverage';
import { type RoleColumns, refAt, splitLevel1Label } from './formBlocks';
import type { BlockLabel, IndicatorRow, Level1Label } from './formModel';
import type { InferredHeader } from './headerInference';
import { type HeaderGrid, type GridRole, readHeaderGrid } from './headerGrid';
import {
  type IndicatorRole,
  indicatorRole,
  isPlaceholderName,
  isSubtotalLabel,
  isTotalRowLabel,
} from './headers';
import type { SheetView } from './sheetView';

/** What the block reader needs to know of the sheet around the block. */
export interface BlockContext {
  /** True when a row starts the next form (a title, a 项目名称 field, a budget header; §11.4). */
  readonly startsForm: (row: number, shape: RowShape) => boolean;
  /** True when a row holds an indicator header (name, target and actual columns). */
  readonly isHeaderRow: (row: number) => boolean;
  /** True when a row holds a budget header: a second form pasted without a title between (§11.4). */
  readonly isBudgetHeaderRow: (row: number) => boolean;
  /** The sheet the rows are on, when it is not the form's own (a continued sheet, §11.6). */
  readonly sheet?: string;
}

/** The indicator block as read. */
export interface IndicatorBlockRead {
  readonly rows: IndicatorRow[];
  readonly level1Labels: Level1Label[];
  readonly blocks: BlockLabel[];
  readonly hasLevel1: boolean;
  readonly totalRow: number | null;
  /** Columns of the last header read (the 总分 row's cells are in them). */
  readonly cols: Partial<Record<GridRole, number>>;
  /** The last row the block took. */
  readonly lastRow: number;
  /** The row that starts the next form, when the block ran into one. */
  readonly nextStart: number | null;
  readonly inferred: InferredHeader[];
}

/** Label of one of several indicator blocks (SCORING.md §9.6): `年度绩效目标1（40分）`, `绩效目标2`. */
const BLOCK_LABEL_RE = /^(?:年度)?(?:绩效)?目标[0-9一二三四五六七八九十]+/;
const BLOCK_WEIGHT_RE = /[(]([0-9]+(?:\.[0-9]+)?)分?[)]/;

/** The block label a row holds (its first own text), or null. */
export function blockLabelOf(view: SheetView, row: number): BlockLabel | null {
  for (let c = 0; c < view.width(row); c++) {
    const [ar, ac] = view.anchor(row, c);
    if (ar !== row || ac !== c) continue;
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return null;
    // Most rows start with a 一级 label or a name: a plain test spares them the key (npm run bench).
    if (!v.includes('目标')) return null;
    const k = headerKey(v);
    const m = BLOCK_LABEL_RE.exec(k);
    if (!m) return null;
    const w = BLOCK_WEIGHT_RE.exec(k.slice(m[0].length));
    return { label: m[0], weight: w ? Number(w[1]) : null, cell: view.ref(row, c).address };
  }
  return null;
}

/** Roles whose columns hold the values an indicator is scored by (§11.1's value columns). */
const VALUE_ROLES: readonly GridRole[] = [
  'target',
  'targetInitial',
  'targetAdjusted',
  'actual',
  'actualUnit',
  'weight',
  'score',
  'nature',
  'unit',
];

/** True per column that holds one of the block's values. */
export function valueColumns(cols: Partial<Record<GridRole, number>>): boolean[] {
  const out: boolean[] = [];
  for (const role of VALUE_ROLES) {
    const c = cols[role];
    if (c !== undefined) out[c] = true;
  }
  return out;
}

/** True when the row holds a value of its own in one of the columns. */
function ownIn(view: SheetView, row: number, cols: readonly boolean[]): boolean {
  const width = view.width(row);
  for (let c = 0; c < width; c++) if (cols[c] && !isBlank(view.own(row, c))) return true;
  return false;
}

/** True when the row holds a target or an actual of its own (a dash or a slash is no value). */
function hasOwnValue(
  view: SheetView,
  row: number,
  cols: Partial<Record<GridRole, number>>,
): boolean {
  for (const c of [cols.target, cols.targetInitial, cols.targetAdjusted, cols.actual]) {
    if (c === undefined) continue;
    const v = view.own(row, c);
    if (!isBlank(v) && !(typeof v === 'string' && /^[-—–/／\s]+$/.test(v))) return true;
  }
  return false;
}

/** Whether the row is the form's 总分 row, a level's subtotal, or neither (§1.4, §11.1). */
function totalKind(
  view: SheetView,
  row: number,
  cols: Partial<Record<GridRole, number>>,
): 'total' | 'subtotal' | null {
  const last = Math.max(cols.level1 ?? 0, cols.level2 ?? 0, cols.name ?? 0);
  let total = false;
  let levelText = false;
  for (let c = 0; c <= last; c++) {
    const v = view.own(row, c);
    if (typeof v !== 'string' || v.trim() === '') continue;
    // An indicator named …合计 (`培训人次合计`) has a target or an actual of its own; a subtotal has not.
    if (isSubtotalLabel(v))
      return c === cols.name && hasOwnValue(view, row, cols) ? null : 'subtotal';
    if (isTotalRowLabel(v)) total = true;
    else if (c === cols.level1) levelText = true;
  }
  // `产出指标 | 合计`: a 合计 beside its level's name totals that level only.
  if (total && levelText) return 'subtotal';
  return total ? 'total' : null;
}

/**
 * Whether a row needs the full note test: its first text opens with a note word, a note went just
 * before, its name cell holds nothing of its own, or its first text is merged across the values.
 * A row with a name of its own is otherwise an indicator's (the common case, decided cheaply).
 */
function mayBeNote(
  view: SheetView,
  row: number,
  start: RowShape,
  cols: Partial<Record<GridRole, number>>,
  afterNote: boolean,
): boolean {
  if (afterNote || isNoteText(start.firstText) || cols.name === undefined) return true;
  const v = view.own(row, cols.name);
  if (typeof v !== 'string' || v.trim() === '') return true;
  if (start.firstCol !== cols.name) return false;
  const across = cols.target ?? cols.actual ?? cols.weight;
  if (across === undefined) return false;
  const [ar, ac] = view.anchor(row, across);
  return ar === row && ac === start.firstCol;
}

/** A numbered line of a note: `2. …`, `二、…`, `（3）…`. */
const LIST_ITEM_RE = /^(\d+[.、．]|[一二三四五六七八九十]+、|[(（]\d+[)）])/;

/**
 * True when a row is a note inside the block (§11.1): texts only, and its first text opens with a
 * note word, or it is one text merged across the value columns or following a note, or its texts
 * stand outside the label and value columns.
 */
function isBlockNote(
  view: SheetView,
  row: number,
  shape: RowShape,
  blockCols: readonly boolean[],
  cols: Partial<Record<GridRole, number>>,
  afterNote: boolean,
): boolean {
  if (shape.texts !== shape.own) return false;
  if (isNoteText(shape.firstText)) return true;
  if (shape.own === 1) {
    // The lines of a note go on (`注：…`, then `2. …`); a level's label in its column does not.
    if (afterNote && (!blockCols[shape.firstCol] || LIST_ITEM_RE.test(shape.firstText)))
      return true;
    const across = cols.target ?? cols.actual ?? cols.weight;
    if (across !== undefined && across > shape.firstCol) {
      const [ar, ac] = view.anchor(row, across);
      if (ar === row && ac === shape.firstCol) return true;
    }
  }
  return !ownIn(view, row, blockCols);
}

/** Reads the block from its header band (`grid`) down. */
export function readIndicatorRows(
  view: SheetView,
  first: HeaderGrid,
  marks: RowMarks,
  ctx: BlockContext,
  firstBlock: BlockLabel | null,
): IndicatorBlockRead {
  let grid = first;
  let cols = grid.cols;
  let hasLevel1 = cols.level1 !== undefined;
  const inferred: InferredHeader[] = [...grid.inferred];
  const rows: IndicatorRow[] = [];
  const level1Labels: Level1Label[] = [];
  // Cells of the labels kept so far: a lookup, not a scan over earlier labels, so that reading stays
  // linear in the rows when every row writes its own 一级 label (issue 9: 200,000 rows).
  const level1Cells = new Set<string>();
  const blocks: BlockLabel[] = firstBlock ? [firstBlock] : [];
  let block: string | null = firstBlock?.label ?? null;
  let level1 = '';
  let level2 = '';
  let emptyRun = 0;
  let totalRow: number | null = null;
  let lastRow = grid.dataStart - 1;
  let nextStart: number | null = null;
  let afterNote = false;
  const setColumns = (): { values: boolean[]; block: boolean[] } => {
    const values = valueColumns(cols);
    const all = [...values];
    for (const c of [cols.level1, cols.level2, cols.name]) if (c !== undefined) all[c] = true;
    return { values, block: all };
  };
  let colSets = setColumns();
  // One object for the start of each row, one for the whole row when a note may be there.
  const shape: RowShape = { own: 0, texts: 0, firstCol: -1, firstText: '' };
  const whole: RowShape = { own: 0, texts: 0, firstCol: -1, firstText: '' };
  for (let r = grid.dataStart; r < view.rowCount; r++) {
    rowStart(view, r, shape);
    if (shape.own === 0) {
      if (++emptyRun >= 2) {
        // Blank rows before another block of the same form, or before its 总分 row, only space it.
        let next = r + 1;
        while (next < view.rowCount && view.rowIsEmpty(next)) next++;
        const goesOn =
          next < view.rowCount &&
          (ctx.isHeaderRow(next) ||
            blockLabelOf(view, next) !== null ||
            totalKind(view, next, cols) === 'total');
        if (!goesOn) break;
        r = next - 1;
        emptyRun = 0;
      }
      continue;
    }
    emptyRun = 0;
    if (ctx.startsForm(r, shape)) {
      nextStart = r;
      break;
    }
    const kind = totalKind(view, r, cols);
    if (kind === 'total') {
      totalRow = r;
      marks.mark(r, 'total');
      lastRow = r;
      break;
    }
    if (kind === 'subtotal') {
      marks.mark(r, 'subtotal');
      lastRow = r;
      continue;
    }
    if (isSignatureText(shape.firstText)) break;
    if (
      mayBeNote(view, r, shape, cols, afterNote) &&
      isBlockNote(view, r, shapeOf(view, r, whole), colSets.block, cols, afterNote)
    ) {
      marks.mark(r, 'note');
      lastRow = r;
      afterNote = true;
      continue;
    }
    afterNote = false;
    // A block's label row: a label, a weight, the goal's text; no indicator of its own (§9.6).
    const label = blockLabelOf(view, r);
    if (label) {
      blocks.push(label);
      block = label.label;
      level1 = '';
      level2 = '';
      marks.mark(r, 'blockLabel');
      lastRow = r;
      continue;
    }
    // A block's own header row (or a header repeated after a page break) may move the columns. Only
    // a row whose name cell holds a header word can be one: the full test is not run on every row.
    const nameHere = cols.name === undefined ? '' : view.text(r, cols.name);
    if (nameHere !== '' && indicatorRole(nameHere) !== undefined && ctx.isHeaderRow(r)) {
      grid = readHeaderGrid(view, r);
      cols = grid.cols;
      colSets = setColumns();
      for (const i of grid.inferred) if (!inferred.some((x) => x.cell === i.cell)) inferred.push(i);
      hasLevel1 ||= cols.level1 !== undefined;
      marks.markRange(r, grid.dataStart - 1, 'indicatorHeader');
      lastRow = grid.dataStart - 1;
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
    if (nameText !== '' && indicatorRole(nameText) !== undefined) {
      marks.mark(r, 'indicatorHeader');
      lastRow = r;
      continue;
    }
    if (isPlaceholderName(nameText)) {
      // Two forms pasted without a title between them: the second one's budget header ends this one.
      if (shape.texts >= 2 && ctx.isBudgetHeaderRow(r)) {
        nextStart = r;
        break;
      }
      // A row that holds values but no name cannot be scored: coverage reports it (§11.1).
      if (!ownIn(view, r, colSets.values)) {
        marks.mark(r, nameText === '' ? 'label' : 'placeholder');
        lastRow = r;
      }
      continue;
    }
    // The adjusted target wins when it holds a value (SCORING.md §1.4).
    const targetCol = cols.targetAdjusted ?? cols.target ?? cols.targetInitial;
    const initialCol =
      cols.targetAdjusted !== undefined ? (cols.target ?? cols.targetInitial) : undefined;
    const initial = initialCol !== undefined ? refAt(view, r, initialCol) : null;
    let target = refAt(view, r, targetCol);
    if (cols.targetAdjusted !== undefined && target && isBlank(target.value))
      target = initial ?? target;
    const initialTarget = initial && target !== initial && !isBlank(initial.value) ? initial : null;
    marks.mark(r, 'indicator');
    lastRow = r;
    const read: IndicatorRow = {
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
    };
    // A literal with a spread in it is built slowly on every row: the sheet is added only when set.
    rows.push(ctx.sheet === undefined ? read : { ...read, sheet: ctx.sheet });
  }
  return { rows, level1Labels, blocks, hasLevel1, totalRow, cols, lastRow, nextStart, inferred };
}

/** Columns of a header row, typed for the indicator roles. */
export type IndicatorColumns = RoleColumns<IndicatorRole>;

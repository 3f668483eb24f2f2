/**
 * What the parser reads out of one form sheet, before any scoring: the header fields, the budget
 * block, the overall goal and the indicator rows, each value with the cell it came from.
 */
import type { UnreadRow } from './coverage';
import type { InferredHeader } from './headerInference';
import type { CellRef } from './sheetView';

export type { UnreadRow } from './coverage';
export type { InferredHeader } from './headerInference';

/** Department (部门整体支出绩效自评表) or project (项目支出绩效自评表). */
export type FormKind = 'department' | 'project';

/** One breakdown row under 年度资金总额 (其中：财政拨款, 上年结转资金…); never scored. */
export interface BudgetBreakdownRow {
  readonly label: string;
  readonly row: number;
  readonly initial: CellRef | null;
  readonly budget: CellRef | null;
  readonly executed: CellRef | null;
}

/** The budget execution block (年度预算执行情况 / 项目资金). */
export interface BudgetBlock {
  readonly headerRow: number;
  /** The 年度资金总额 row; null when the header has no total row below it. */
  readonly totalRow: number | null;
  readonly initial: CellRef | null;
  readonly budget: CellRef | null;
  readonly executed: CellRef | null;
  readonly weight: CellRef | null;
  readonly rate: CellRef | null;
  readonly score: CellRef | null;
  readonly explanation: CellRef | null;
  readonly breakdown: readonly BudgetBreakdownRow[];
}

/** The 年度总体目标 block: expected goal and what was achieved, free text. */
export interface GoalBlock {
  readonly expected: CellRef | null;
  readonly achieved: CellRef | null;
}

/** One indicator row as read, with its cells. */
export interface IndicatorRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** 三级指标 text as written, trimmed. */
  readonly name: string;
  readonly nameCell: string;
  /** 一级指标 with any `（50分）` stripped. */
  readonly level1: string;
  readonly level2: string;
  readonly target: CellRef | null;
  /** The 年初指标值 when a filled 调整指标值 replaced it as the target (shown beside it in reports). */
  readonly initialTarget?: CellRef | null;
  readonly actual: CellRef | null;
  readonly weight: CellRef | null;
  readonly score: CellRef | null;
  readonly explanation: CellRef | null;
  /** Split columns (Sichuan style): 指标性质/符号 and 度量单位. */
  readonly nature: CellRef | null;
  readonly unit: CellRef | null;
  /** The actual's own unit column, when 实际完成值 is split into 数值 | 单位 (SCORING.md §9.5). */
  readonly actualUnit?: CellRef | null;
  /** The label of the indicator block the row belongs to, when a form has several (§9.6). */
  readonly block?: string | null;
  /** The sheet the row is on, when the form continues on another sheet (§11.6); else the form's. */
  readonly sheet?: string;
}

/** The label row of one of several indicator blocks (`年度绩效目标1（40分）`, SCORING.md §9.6). */
export interface BlockLabel {
  readonly label: string;
  readonly weight: number | null;
  readonly cell: string;
  /** The sheet of the cell, when it is on a continued sheet (§11.6). */
  readonly sheet?: string;
}

/** A first-level label as written, with the weight it may carry (`产出指标（50分）`). */
export interface Level1Label {
  readonly label: string;
  readonly weight: number | null;
  readonly cell: string;
  /** The sheet of the cell, when it is on a continued sheet (§11.6). */
  readonly sheet?: string;
}

/**
 * Why a form's indicators could not be read (SCORING.md §11.2), for the headline: no indicator
 * header at all; a header row whose target, actual or name column could not be placed (the header
 * texts it could not read are named); or a header with no indicator row under it. Rows are 0-based.
 */
export type ReadDiagnosis =
  | { readonly kind: 'noHeader' }
  | {
      readonly kind: 'headerIncomplete';
      readonly row: number;
      readonly cell: string;
      /** The roles whose column was found, in the form's words (三级指标, 分值 …). */
      readonly seen: readonly string[];
      /** The roles whose column was not found. */
      readonly missing: readonly string[];
      /** Header texts of the row that no role took. */
      readonly unplaced: readonly string[];
    }
  | { readonly kind: 'noRows'; readonly row: number; readonly cell: string };

/** A recognised form on one sheet (several may share a sheet, §11.4). */
export interface FormModel {
  readonly sheet: string;
  readonly kind: FormKind;
  readonly title: string | null;
  /** 部门（单位）名称, or 实施单位 / 主管部门 of a project form. */
  readonly unit: string | null;
  readonly projectName: string | null;
  readonly authority: string | null;
  readonly implementer: string | null;
  readonly year: number | null;
  readonly budget: BudgetBlock | null;
  readonly goal: GoalBlock | null;
  readonly indicators: readonly IndicatorRow[];
  readonly level1Labels: readonly Level1Label[];
  /** Labels of the indicator blocks when the form repeats the block per goal (§9.6); else empty. */
  readonly blocks?: readonly BlockLabel[];
  /** False for forms without a 一级指标 column (a plain 指标名称 list, §9.7). */
  readonly hasLevel1?: boolean;
  /** 得分 cell of the 总分 row, where the total is written; null when the form has no 总分 row. */
  readonly totalCell: CellRef | null;
  /** 分值 cell of the 总分 row. */
  readonly totalWeightCell: CellRef | null;
  /** 0-based first row of the form's region on its sheet (§11.1, §11.4); 0 when absent. */
  readonly firstRow?: number;
  /** The A1 address of the first own cell of the region (its title, usually). */
  readonly firstCell?: string;
  /** 0-based last non-empty row of the region (on the last continued sheet, when there is one). */
  readonly lastRow?: number;
  /** The form's sheet is hidden or very hidden (§11.5). */
  readonly hidden?: boolean;
  /** Non-empty rows of the region no rule accounted for (§11.1), in order. */
  readonly unread?: readonly UnreadRow[];
  /** Header cells read by meaning (§11.3). */
  readonly inferredHeaders?: readonly InferredHeader[];
  /** Why no indicator was read; null or absent when indicators were read (§11.2). */
  readonly diagnosis?: ReadDiagnosis | null;
  /** Sheets that continue the form (§11.6), in sheet order. */
  readonly continuedOn?: readonly string[];
  /** The sheet of the 总分 row when it is on a continued sheet (§11.6); else the form's own. */
  readonly totalSheet?: string;
}

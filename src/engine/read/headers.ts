/**
 * Header words of the blocks of a 自评表 (SCORING.md §1), matched after normalisation so that
 * spaces, full-width characters, brackets and `(A)/(B)` tags make no difference.
 */
import { headerBase, headerKey } from '../base/text';

/** Column roles of the indicator block. */
export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'targetInitial'
  | 'targetAdjusted'
  | 'actual'
  | 'weight'
  | 'score'
  | 'explanation'
  | 'nature'
  | 'unit'
  | ReviewRole;

/**
 * Columns of a reviewer's re-check (复核完成值, 复核得分, 复核意见; VERIFY.md §2): their own roles, so
 * that they are never taken as the unit's actual or score (SCORING.md §11.3). Scoring ignores them.
 */
export type ReviewRole = 'reviewActual' | 'reviewScore' | 'reviewNote';

/** Column roles of the budget block. */
export type BudgetRole =
  'initialBudget' | 'budget' | 'executed' | 'weight' | 'rate' | 'score' | 'explanation';

/** Synonyms per role, written as header keys (already normalised). */
const INDICATOR_HEADERS: Readonly<Record<IndicatorRole, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称', '绩效指标名称'],
  target: [
    '年度指标值',
    '指标值',
    '预期指标值',
    '年度目标值',
    '目标值',
    '年度指标值(A)',
    '全年指标值',
    // SCORING.md §11.3
    '全年目标值',
    '预期目标',
    '预期目标值',
    '年度目标',
    '计划指标值',
  ],
  targetInitial: ['年初指标值', '年初目标值'],
  targetAdjusted: ['调整指标值', '调整后指标值', '调整后目标值'],
  actual: [
    '实际完成值',
    '全年实际值',
    '完成值',
    '全年完成值',
    '实际值',
    '实际完成值(B)',
    '全年实际完成值',
    // SCORING.md §11.3
    '实际完成情况',
    '全年完成情况',
    '完成情况',
    '年终完成值',
    '实际完成',
    '完成数',
  ],
  weight: [
    '分值',
    '权重',
    '指标权重',
    '指标权重(分)',
    '指标分值',
    '权重(分)',
    '分值(分)',
    '标准分值',
    '分数',
  ],
  score: ['得分', '指标得分', '指标得分(分)', '得分(分)', '自评得分', '自评分', '评分'],
  explanation: [
    '偏差原因分析及改进措施',
    '偏差原因及改进措施',
    '未完成原因分析',
    '未完成原因及拟采取的改进措施',
    '原因分析',
    '偏差原因分析',
    '偏差原因',
    '未完成原因和改进措施',
    '未完成原因及改进措施',
    // SCORING.md §11.3
    '原因说明',
    '未完成原因',
    '情况说明',
  ],
  nature: ['指标性质', '符号', '指标方向', '运算符'],
  unit: ['度量单位', '单位', '计量单位'],
  reviewActual: ['复核完成值', '核实完成值', '复核值', '复核实际完成值', '复核后完成值'],
  reviewScore: ['复核得分', '核实得分', '复核评分', '复核后得分'],
  reviewNote: ['复核说明', '复核意见', '核实意见', '复核情况', '核实情况'],
};

const BUDGET_HEADERS: Readonly<Record<BudgetRole, readonly string[]>> = {
  initialBudget: ['年初预算数', '年初预算'],
  budget: ['全年预算数', '调整后预算数', '全年预算', '预算数', '调整后预算', '全年调整预算数'],
  executed: ['全年执行数', '执行数', '预算执行数', '全年执行', '实际执行数'],
  weight: ['分值', '权重', '执行率权重'],
  rate: ['执行率', '预算执行率', '执行率(%)'],
  score: ['得分', '执行率得分'],
  explanation: ['原因', '偏差原因', '原因分析', '未完成原因', '说明', '偏差原因分析及改进措施'],
};

function buildIndex<R extends string>(
  table: Readonly<Record<R, readonly string[]>>,
): Map<string, R> {
  const index = new Map<string, R>();
  for (const role of Object.keys(table) as R[]) {
    for (const word of table[role]) {
      index.set(headerKey(word), role);
      index.set(headerBase(word), role);
    }
  }
  return index;
}

const INDICATOR_INDEX = buildIndex(INDICATOR_HEADERS);
const BUDGET_INDEX = buildIndex(BUDGET_HEADERS);

/** The indicator-block role a header cell names, if any. */
export function indicatorRole(text: string): IndicatorRole | undefined {
  return INDICATOR_INDEX.get(headerKey(text)) ?? INDICATOR_INDEX.get(headerBase(text));
}

/** True for a header text of a reviewer's column (复核…, 核实…): never the unit's own values. */
export function isReviewHeader(text: string): boolean {
  return /复核|核实/.test(text);
}

/**
 * The review role of a sub-header under a 复核 super-header (`复核` over `完成值 | 得分 | 意见`), or of
 * a 复核 header the lists do not hold: a score when it names 分, a note when it names 意见/说明/情况,
 * else the re-checked value.
 */
export function reviewRoleOf(text: string): ReviewRole {
  const k = headerBase(text);
  if (/意见|说明|情况|结论/.test(k)) return 'reviewNote';
  if (/分/.test(k)) return 'reviewScore';
  return 'reviewActual';
}

/** The budget-block role a header cell names, if any. */
export function budgetRole(text: string): BudgetRole | undefined {
  return BUDGET_INDEX.get(headerKey(text)) ?? BUDGET_INDEX.get(headerBase(text));
}

// Sub-header words under a merged super-header (§9.5), by what they make of the super-header's role.
/** Sub-headers that make the super-header's column a value (数值, 值 …). */
export const SUB_VALUE = new Set([
  '数值',
  '值',
  '指标值',
  '目标值',
  '完成值',
  '数量',
  '数据',
  '实际值',
]);
/** Sub-headers of an initial target (年初 …). */
export const SUB_INITIAL = new Set(['年初', '年初值', '年初指标值', '年初目标值', '原指标值']);
/** Sub-headers of an adjusted target (调整 …). */
export const SUB_ADJUSTED = new Set([
  '调整',
  '调整后',
  '调整值',
  '调整后指标值',
  '调整指标值',
  '调整后目标值',
]);
/** Sub-headers of an operator column (符号 …). */
export const SUB_OPERATOR = new Set(['符号', '运算符', '指标性质', '性质', '方向', '指标方向']);
/** Sub-headers of a unit column (单位 …). */
export const SUB_UNIT = new Set(['单位', '度量单位', '计量单位']);

/** True for a sub-header word, given as a header key without brackets (headerBase). */
export function isSubWord(k: string): boolean {
  return (
    SUB_VALUE.has(k) ||
    SUB_INITIAL.has(k) ||
    SUB_ADJUSTED.has(k) ||
    SUB_OPERATOR.has(k) ||
    SUB_UNIT.has(k)
  );
}

/** True for a header or sub-header word: a row of nothing else inside the block is a header. */
export function isHeaderWord(text: string): boolean {
  return isSubWord(headerBase(text)) || indicatorRole(text) !== undefined;
}

/** Labels of the budget total row: 年度资金总额 (also 总额, 合计, 资金总额). */
export function isBudgetTotalLabel(text: string): boolean {
  const k = headerBase(text);
  return /^(年度资金总额|资金总额|年度资金总计|总额|合计|总计|预算资金总额)$/.test(k);
}

/** Labels that end the indicator block: 总分 / 合计 rows. */
export function isTotalRowLabel(text: string): boolean {
  const k = headerBase(text);
  return /^(总分|合计|总计|总分值|自评总分|综合得分)$/.test(k);
}

/**
 * Labels of a subtotal of one level (SCORING.md §11.1): `小计`, `产出指标小计`, `产出指标合计`. A bare
 * 合计 is the form's total (isTotalRowLabel), unless the row names its level beside it.
 */
export function isSubtotalLabel(text: string): boolean {
  if (!text.includes('计')) return false;
  const k = headerBase(text);
  return /小计$/.test(k) || (/^.{1,12}(合计|总计)$/.test(k) && !isTotalRowLabel(k));
}

/** Template placeholders that are not indicators: `指标1：`, `……`, `...`. */
export function isPlaceholderName(text: string): boolean {
  const k = headerKey(text);
  return k === '' || /^指标\d+[:：]?$/.test(k) || /^[.。…·、\-—–－_/]+$/.test(k);
}

/** Department-form title words, tested before project words (SCORING.md §8.15). */
export const DEPARTMENT_WORDS: readonly string[] = ['部门整体', '整体支出', '部门整体绩效'];
/** Project-form title words. */
export const PROJECT_WORDS: readonly string[] = ['项目支出', '项目绩效'];

/** Header-block labels (SCORING.md §1.1). */
export const UNIT_LABELS: readonly string[] = [
  '部门(单位)名称',
  '部门名称',
  '单位名称',
  '预算单位',
  '部门(单位)',
];
export const PROJECT_LABELS: readonly string[] = ['项目名称'];
export const AUTHORITY_LABELS: readonly string[] = ['主管部门', '主管部门及代码'];
export const IMPLEMENTER_LABELS: readonly string[] = ['实施单位'];

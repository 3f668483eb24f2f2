/**
 * Short Chinese names of the finding codes: the one place a reviewer-facing output (问题清单, 统计,
 * 主要问题, the review page, browser mode's batch review, the 总结报告) turns a code into words (the
 * full sentences live in findings/zhCN.ts; these name a kind of problem). Every code has its name:
 * a code added without one does not compile, so no reviewer ever reads `qualitative_auto`.
 */
import type { FindingCode } from '../findings/codes';

const NAMES: Readonly<Record<FindingCode, string>> = {
  execution_over_budget: '超预算执行',
  execution_low: '预算执行率偏低',
  budget_missing: '缺少可用的预算数',
  explanation_missing: '偏差原因未填写',
  deviation_over_target: '完成值远超指标值（指标值可能偏低）',
  weight_sum_not_100: '分值合计不等于100分',
  level1_weight_differs: '一级指标分值与标注或参考分配不符',
  weight_missing: '分值未填写',
  weight_negative: '分值为负数',
  score_exceeds_weight: '得分超过分值',
  unit_mismatch: '指标值与完成值单位不一致',
  direction_inferred: '指标方向未写明（按推断评分）',
  qualitative_auto: '定性指标自动判定',
  needs_judgement: '定性指标需人工确认',
  actual_missing: '实际完成值为空',
  target_missing: '年度指标值为空或无法识别',
  manual_score_out_of_band: '手工得分不在评价档位内',
  score_changed: '自评得分与按规则计算的不同',
  no_form_found: '未找到绩效自评表',
  file_unreadable: '文件无法读取',
  cell_error: '单元格为错误值',
  total_capped: '执行率偏低，总分封顶',
  performance_outruns_spending: '绩效完成明显快于资金支出',
  rows_unread: '有行未能读取',
  indicators_missing: '指标表未能完整读取（不评定等级）',
  header_inferred: '表头按含义识别',
  form_hidden: '自评表位于隐藏工作表',
  weight_unreadable: '分值不是数字',
  self_score_inflated: '自评得分偏高',
};

/**
 * The Chinese name of a finding code. A code this version does not know (a summary read from a newer
 * one) shows as itself rather than disappearing.
 */
export function codeName(code: string): string {
  return (NAMES as Readonly<Partial<Record<string, string>>>)[code] ?? code;
}

/**
 * Chinese messages for every finding code. Each names the sheet and the cell, says what is wrong
 * and what the engine did about it, in the words of the form (分值, 得分, 年度指标值…). Templates are
 * typed per code: a code without its template, or a template quoting a parameter its code does not
 * have, does not compile.
 */
import type { FindingCode, FindingData, IndicatorsMissingParams, ParamsByCode } from './codes';

/** Where a finding is, as its message starts: `工作表“X”F12单元格`. */
export function placeOf(f: Pick<FindingData, 'sheet' | 'cell'>): string {
  if (f.sheet === null) return '';
  return f.cell ? `工作表“${f.sheet}”${f.cell}单元格` : `工作表“${f.sheet}”`;
}

/** `指标“X”`, or nothing for a form-level finding. */
export function whoOf(f: Pick<FindingData, 'indicator'>): string {
  return f.indicator ? `指标“${f.indicator}”` : '';
}

/** A parameter as quoted: an absent optional one is quoted as nothing. */
const s = (v: string | number | null | undefined): string =>
  v === undefined || v === null ? '' : String(v);

/** One template per code, given the code's parameters, the place (`placeOf`) and the indicator (`whoOf`). */
export type MessageTemplates = {
  readonly [K in FindingCode]: (p: ParamsByCode[K], at: string, ind: string) => string;
};

/** What a band means in a review note: 达成, 部分达成, 未达成. */
const BAND_WORDS: Readonly<Record<string, string>> = {
  A: '达成',
  B: '部分达成',
  C: '未达成',
};

/**
 * The rule behind a judgement, as a reviewer writes it: the classifier's own words
 * (`为情况描述，无未完成表述`) say what the text lacks, a reviewer says what it does not state.
 */
function ruleNote(rule: string): string {
  if (rule.endsWith('为情况描述，无未完成表述'))
    return rule.replace(/为情况描述，无未完成表述$/, '为情况描述，未写明是否完成');
  if (rule === '完成日期晚于期限') return '完成时间晚于年度指标值的期限';
  return rule;
}

/** Why a form gets no grade (§11.2), as the headline says it: what was seen, what is missing, what was counted. */
function missingWhy(p: IndicatorsMissingParams): string {
  const partial = `只计算了部分得分${p.total}分（共${p.weightTotal}分），不评定等级`;
  switch (p.reason) {
    case 'no_header':
      return `未能完整读取：没有找到绩效指标表（含“三级指标、年度指标值、实际完成值”的表头行），${partial}。请补全或改正指标表表头后重新评分。`;
    case 'header_incomplete':
      return `未能完整读取：第${p.header}行是指标表头（${p.seen}），但找不到“${p.missing}”列${p.unplaced ? `（无法确定“${p.unplaced}”是哪一列）` : ''}，指标未能读取，${partial}。请将该列表头改为“${p.missing}”后重新评分。`;
    case 'no_rows':
      return `未能完整读取：第${p.header}行的指标表头下没有读到指标行，${partial}。`;
    case 'weights_under_half':
      return `未能完整读取：读到的指标分值合计${p.indicatorWeight}分，不足全表分值${p.formWeight}分的一半，${partial}。请检查指标表是否完整。`;
    case 'header_unread':
      return `未能完整读取：第${p.header}行（“${p.text}”起）像是表头，却无法确定各列的含义，其下指标的列可能读错，${partial}。请核对表头后重新评分。`;
    case 'unread_points':
      return `未能完整读取：第${p.rows}行带有分值（合计${p.points}分）却未能读取，总分不完整，${partial}。`;
  }
}

/**
 * The Chinese (zh-CN) templates, in the register of a finance bureau's review note (审核意见): what
 * the form says, how it was counted, and what the unit should do — not how the engine works.
 */
export const ZH_CN: MessageTemplates = {
  execution_over_budget: (p, at) =>
    `${at}：全年执行数${p.executed}万元，超出预算数${p.budget}万元（执行比例${p.rawRate}），执行率按100%计，请在说明中写明超预算原因。`,
  execution_low: (p, at) =>
    `${at}：预算执行率${p.rate}，低于${p.threshold}，请说明未执行原因及改进措施。`,
  budget_missing: (p, at) =>
    `${at}：未填写可用的预算数（${p.reason}），无法计算执行率，预算执行暂按0分计，请补填预算数。`,
  explanation_missing: (p, at, ind) =>
    `${at}：${ind}${p.why}，“偏差原因分析及改进措施”未填写，请补充偏差原因及改进措施。`,
  deviation_over_target: (p, at, ind) =>
    `${at}：${ind}实际完成值${p.actual}为年度指标值${p.target}的${p.ratio}，超过${p.threshold}，年度指标值可能设置偏低${p.penalty === undefined ? '，请说明原因' : `，按评分规则扣${p.penalty}分`}。`,
  weight_sum_not_100: (p, at) =>
    `${at}：各项分值（含预算执行${s(p.budgetWeight)}分）合计${p.sum}分，不是100分，请核对分值。`,
  level1_weight_differs: (p, at) =>
    'block' in p
      ? `${at}：指标块“${p.block}”标注${p.labelWeight}分，其下各指标分值合计${p.sum}分，请核对。`
      : 'labelWeight' in p
        ? `${at}：一级指标“${p.level1}”标注${p.labelWeight}分，其下各指标分值合计${p.sum}分，请核对。`
        : `${at}：一级指标“${p.level1}”分值合计${p.sum}分，与参考分配${p.nominal}分不同，请确认。`,
  weight_missing: (_p, at, ind) => `${at}：${ind}未填写分值，无法评分，暂按0分计，请补填分值。`,
  weight_negative: (p, at, ind) =>
    `${at}：${ind}的分值为${p.weight}，分值不能为负数，暂按0分计，请改为正确的分值后重新评分。`,
  score_exceeds_weight: (p, at, ind) =>
    `${at}：${ind || s(p.subject)}原得分${p.score}超过分值${p.weight}，请核对。`,
  unit_mismatch: (p, at, ind) =>
    `${at}：${ind}年度指标值“${p.target}”与实际完成值“${p.actual}”计量单位不一致（${p.targetUnit}、${p.actualUnit}），无法按完成比例计算，暂计${p.score}分，请核对单位后确认得分。`,
  direction_inferred: (p, at, ind) =>
    `${at}：${ind}年度指标值未写明“≥”或“≤”，因${s(p.reason)}暂按“越低越好”评分，请确认。`,
  qualitative_auto: (p, at, ind) =>
    `${at}：${ind}为定性指标，实际完成值“${p.actual}”${p.rule}，按“达成”计${p.score}分。`,
  needs_judgement: (p, at, ind) =>
    `${at}：${ind}实际完成值“${p.actual}”${ruleNote(p.rule)}，暂按“${BAND_WORDS[p.band] ?? p.band}”计${p.score}分，请确认。`,
  actual_missing: (p, at, ind) =>
    `${at}：${ind}${s(p.role) || '实际完成值'}未填写，暂按0分计，请补填。`,
  target_missing: (p, at, ind) =>
    `${at}：${ind}年度指标值${p.target ? `“${p.target}”无法识别` : '未填写'}，无法与实际完成值比较，暂按0分计，请补填或改写年度指标值。`,
  manual_score_out_of_band: (p, at, ind) =>
    `${at}：${ind}手工得分${p.manual}不在“${BAND_WORDS[p.band] ?? p.band}”档${p.low}–${p.high}分之间，已改为${p.score}分（原值记入“评分记录”）。`,
  score_changed: (p, at, ind) =>
    `${at}：${ind || s(p.subject) || '总分'}原得分${p.old}，按评分规则应为${p.new}，已改为${p.new}（原值记入“评分记录”）。`,
  no_form_found: () =>
    '工作簿中没有找到绩效自评表：未发现含“年初预算数/全年预算数、全年执行数”或“三级指标、年度指标值、实际完成值”表头的工作表。',
  file_unreadable: (p) => `无法以 .xlsx 工作簿打开文件：${p.reason}。`,
  cell_error: (p, at, ind) =>
    `${at}：${ind}${p.role}单元格为错误值${p.error}，无法评分，暂按0分计，请修正该单元格。`,
  total_capped: (p, at) =>
    `${at}：预算执行率${p.rate}低于${p.below}，按评分规则总分最高${p.cap}分；各项得分合计${p.total}分，总分按${p.cap}分计。`,
  rows_unread: (p, at) =>
    `${at}：第${p.rows}行（${p.quotes}）不是指标、合计、说明或签字栏，未能读取，共${p.count}行未计入评分，请核对这些行是否为漏读的指标。`,
  indicators_missing: (p, at) => `${at}：${missingWhy(p)}`,
  header_inferred: (p, at) =>
    `${at}：表头“${p.header}”不是标准表头，按其含义读作“${p.role}”列，请确认。`,
  form_hidden: (_p, at) => `${at}：该自评表位于隐藏的工作表中，已照常评分。`,
  weight_unreadable: (p, at, ind) =>
    `${at}：${ind || s(p.subject)}分值“${p.weight}”不是数字，无法评分，${p.subject ? '暂按默认分值计' : '暂按0分计'}，请改为数字分值。`,
  performance_outruns_spending: (p, at) =>
    `${at}：指标得分率${p.performance}明显高于预算执行率${p.execution}（相差${p.gap}，超过${p.threshold}），绩效完成情况远快于资金支出，请核实实际完成值或说明原因。`,
  self_score_inflated: (p, at) =>
    `${at}：自评总分${p.typed}分，按评分规则计算为${p.total}分，高出${p.difference}分${p.typedGrade === p.grade ? '' : `，对应等级“${p.typedGrade}”高于按规则评定的“${p.grade}”`}，自评得分偏高，请逐项核实得分。`,
};

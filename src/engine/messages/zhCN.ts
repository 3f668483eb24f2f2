/**
 * Chinese messages for every finding code. Each names the sheet and the cell, says what is wrong
 * and what the engine did about it, in the words of the form (分值, 得分, 年度指标值…). Templates are
 * typed per code: a code without its template, or a template quoting a parameter its code does not
 * have, does not compile.
 */
import type { FindingCode, FindingData, ParamsByCode } from '../findings';

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

const BAND_NAMES: Readonly<Record<string, string>> = {
  A: 'A档（达成年度指标，80%–100%）',
  B: 'B档（部分达成年度指标并具有一定效果，60%–80%）',
  C: 'C档（未达成年度指标且效果较差，60%以下）',
};

/** One template per code, given the code's parameters, the place (`placeOf`) and the indicator (`whoOf`). */
export type MessageTemplates = {
  readonly [K in FindingCode]: (p: ParamsByCode[K], at: string, ind: string) => string;
};

/** The Chinese (zh-CN) templates. */
export const ZH_CN: MessageTemplates = {
  execution_over_budget: (p, at) =>
    `${at}：全年执行数${p.executed}万元超过预算数${p.budget}万元（实际比例${p.rawRate}），执行率按100%计，请在说明中解释超预算原因。`,
  execution_low: (p, at) =>
    `${at}：预算执行率${p.rate}，低于${p.threshold}，需说明未执行原因及改进措施。`,
  budget_missing: (p, at) =>
    `${at}：没有可用的预算数（${p.reason}），无法计算执行率，预算执行得0分。`,
  explanation_missing: (p, at, ind) =>
    `${at}：${ind}${p.why}，但“偏差原因分析及改进措施”为空，请补充说明。`,
  deviation_over_target: (p, at, ind) =>
    `${at}：${ind}实际完成值${p.actual}达到年度指标值${p.target}的${p.ratio}，超过${p.threshold}，年度指标值可能设置偏低${p.penalty === undefined ? '' : `，按评分规则扣${p.penalty}分`}。`,
  weight_sum_not_100: (p, at) =>
    `${at}：各项分值（含预算执行${s(p.budgetWeight)}分）合计${p.sum}分，不等于100分。`,
  level1_weight_differs: (p, at) =>
    'block' in p
      ? `${at}：指标块“${p.block}”标注${p.labelWeight}分，但其下各指标分值合计${p.sum}分。`
      : 'labelWeight' in p
        ? `${at}：一级指标“${p.level1}”标注${p.labelWeight}分，但其下各指标分值合计${p.sum}分。`
        : `${at}：一级指标“${p.level1}”分值合计${p.sum}分，与参考分配${p.nominal}分不同。`,
  weight_missing: (_p, at, ind) => `${at}：${ind}没有填写数值分值，无法评分，按0分计。`,
  score_exceeds_weight: (p, at, ind) =>
    `${at}：${ind || s(p.subject)}原得分${p.score}超过分值${p.weight}。`,
  unit_mismatch: (p, at, ind) =>
    `${at}：${ind}年度指标值“${p.target}”与实际完成值“${p.actual}”单位不一致（${p.targetUnit}与${p.actualUnit}），无法按公式计算，暂按${p.score}分计，请人工判断。`,
  direction_inferred: (p, at, ind) =>
    `${at}：${ind}年度指标值未写明方向，因${s(p.reason)}按“越低越好”评分。`,
  qualitative_auto: (p, at, ind) =>
    `${at}：${ind}为定性指标，实际完成值“${p.actual}”${p.rule}，判定为${BAND_NAMES.A}，得${p.score}分。`,
  needs_judgement: (p, at, ind) =>
    `${at}：${ind}实际完成值“${p.actual}”${p.rule}，判定为${BAND_NAMES[p.band] ?? p.band}，暂得${p.score}分，请人工确认。`,
  actual_missing: (p, at, ind) => `${at}：${ind}${s(p.role) || '实际完成值'}为空，按0分计。`,
  target_missing: (p, at, ind) =>
    `${at}：${ind}年度指标值${p.target ? `“${p.target}”无法识别` : '为空'}，无法与实际完成值比较，按0分计。`,
  manual_score_out_of_band: (p, at, ind) =>
    `${at}：${ind}手工得分${p.manual}不在${BAND_NAMES[p.band] ?? p.band}对应的${p.low}–${p.high}分之间，改为${p.score}分（原值已记录）。`,
  score_changed: (p, at, ind) =>
    `${at}：${ind || s(p.subject) || '总分'}原得分${p.old}与按规则计算的${p.new}不同，已改为${p.new}（原值已记录）。`,
  no_form_found: () =>
    '工作簿中没有找到绩效自评表：未发现含“年初预算数/全年预算数、全年执行数”或“三级指标、年度指标值、实际完成值”表头的工作表。',
  file_unreadable: (p) => `无法以 .xlsx 工作簿打开文件：${p.reason}。`,
  cell_error: (p, at, ind) => `${at}：${ind}${p.role}单元格为错误值${p.error}，无法评分，按0分计。`,
  total_capped: (p, at) =>
    `${at}：预算执行率${p.rate}低于${p.below}，按评分规则总分最高${p.cap}分；各项得分合计${p.total}分，总分按${p.cap}分计。`,
  performance_outruns_spending: (p, at) =>
    `${at}：指标得分率${p.performance}明显高于预算执行率${p.execution}（相差${p.gap}，超过${p.threshold}），绩效完成情况远快于资金支出，请核实实际完成值或说明原因。`,
};

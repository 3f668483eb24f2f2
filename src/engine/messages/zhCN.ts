/**
 * Chinese messages for every finding code. Each names the sheet and the cell, says what is wrong
 * and what the engine did about it, in the words of the form (分值, 得分, 年度指标值…).
 */
import type { FindingCode, FindingData, FindingParams } from '../findings';

/** Where a finding is, as its message starts: `工作表“X”F12单元格`. */
export function placeOf(f: Pick<FindingData, 'sheet' | 'cell'>): string {
  if (f.sheet === null) return '';
  return f.cell ? `工作表“${f.sheet}”${f.cell}单元格` : `工作表“${f.sheet}”`;
}

function who(f: FindingData): string {
  return f.indicator ? `指标“${f.indicator}”` : '';
}

const p = (params: FindingParams, key: string): string => {
  const v = params[key];
  return v === null || v === undefined ? '' : String(v);
};

const BAND_NAMES: Readonly<Record<string, string>> = {
  A: 'A档（达成年度指标，80%–100%）',
  B: 'B档（部分达成年度指标并具有一定效果，60%–80%）',
  C: 'C档（未达成年度指标且效果较差，60%以下）',
};

type Template = (f: FindingData, at: string, ind: string) => string;

const TEMPLATES: Readonly<Record<FindingCode, Template>> = {
  execution_over_budget: (f, at) =>
    `${at}：全年执行数${p(f.params, 'executed')}万元超过预算数${p(f.params, 'budget')}万元（实际比例${p(f.params, 'rawRate')}），执行率按100%计，请在说明中解释超预算原因。`,
  execution_low: (f, at) =>
    `${at}：预算执行率${p(f.params, 'rate')}，低于${p(f.params, 'threshold')}，需说明未执行原因及改进措施。`,
  budget_missing: (f, at) =>
    `${at}：没有可用的预算数（${p(f.params, 'reason')}），无法计算执行率，预算执行得0分。`,
  explanation_missing: (f, at, ind) =>
    `${at}：${ind}${p(f.params, 'why')}，但“偏差原因分析及改进措施”为空，请补充说明。`,
  deviation_over_target: (f, at, ind) =>
    `${at}：${ind}实际完成值${p(f.params, 'actual')}达到年度指标值${p(f.params, 'target')}的${p(f.params, 'ratio')}，超过${p(f.params, 'threshold')}，年度指标值可能设置偏低。`,
  weight_sum_not_100: (f, at) =>
    `${at}：各项分值（含预算执行${p(f.params, 'budgetWeight')}分）合计${p(f.params, 'sum')}分，不等于100分。`,
  level1_weight_differs: (f, at) =>
    f.params.labelWeight !== undefined
      ? `${at}：一级指标“${p(f.params, 'level1')}”标注${p(f.params, 'labelWeight')}分，但其下各指标分值合计${p(f.params, 'sum')}分。`
      : `${at}：一级指标“${p(f.params, 'level1')}”分值合计${p(f.params, 'sum')}分，与参考分配${p(f.params, 'nominal')}分不同。`,
  weight_missing: (f, at, ind) => `${at}：${ind}没有填写数值分值，无法评分，按0分计。`,
  score_exceeds_weight: (f, at, ind) =>
    `${at}：${ind || p(f.params, 'subject')}原得分${p(f.params, 'score')}超过分值${p(f.params, 'weight')}。`,
  unit_mismatch: (f, at, ind) =>
    `${at}：${ind}年度指标值“${p(f.params, 'target')}”与实际完成值“${p(f.params, 'actual')}”单位不一致（${p(f.params, 'targetUnit')}与${p(f.params, 'actualUnit')}），无法按公式计算，暂按${p(f.params, 'score')}分计，请人工判断。`,
  direction_inferred: (f, at, ind) =>
    `${at}：${ind}年度指标值未写明方向，因${p(f.params, 'reason')}按“越低越好”评分。`,
  qualitative_auto: (f, at, ind) =>
    `${at}：${ind}为定性指标，实际完成值“${p(f.params, 'actual')}”${p(f.params, 'rule')}，判定为${BAND_NAMES.A}，得${p(f.params, 'score')}分。`,
  needs_judgement: (f, at, ind) =>
    `${at}：${ind}实际完成值“${p(f.params, 'actual')}”${p(f.params, 'rule')}，判定为${BAND_NAMES[p(f.params, 'band')] ?? p(f.params, 'band')}，暂得${p(f.params, 'score')}分，请人工确认。`,
  actual_missing: (f, at, ind) =>
    `${at}：${ind}${p(f.params, 'role') || '实际完成值'}为空，按0分计。`,
  target_missing: (f, at, ind) =>
    `${at}：${ind}年度指标值${p(f.params, 'target') ? `“${p(f.params, 'target')}”无法识别` : '为空'}，无法与实际完成值比较，按0分计。`,
  manual_score_out_of_band: (f, at, ind) =>
    `${at}：${ind}手工得分${p(f.params, 'manual')}不在${BAND_NAMES[p(f.params, 'band')] ?? p(f.params, 'band')}对应的${p(f.params, 'low')}–${p(f.params, 'high')}分之间，改为${p(f.params, 'score')}分（原值已记录）。`,
  score_changed: (f, at, ind) =>
    `${at}：${ind || p(f.params, 'subject') || '总分'}原得分${p(f.params, 'old')}与按规则计算的${p(f.params, 'new')}不同，已改为${p(f.params, 'new')}（原值已记录）。`,
  no_form_found: () =>
    '工作簿中没有找到绩效自评表：未发现含“年初预算数/全年预算数、全年执行数”或“三级指标、年度指标值、实际完成值”表头的工作表。',
  file_unreadable: (f) => `无法以 .xlsx 工作簿打开文件：${p(f.params, 'reason')}。`,
  cell_error: (f, at, ind) =>
    `${at}：${ind}${p(f.params, 'role')}单元格为错误值${p(f.params, 'error')}，无法评分，按0分计。`,
};

/** The Chinese message for a finding. */
export function messageFor(f: FindingData): string {
  return TEMPLATES[f.code](f, placeOf(f), who(f));
}

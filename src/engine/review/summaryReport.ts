/**
 * The 部门项目支出绩效自评总结报告 (REVIEW.md), one per 主管部门 (or one for all forms when none is
 * named), as the same ReportDocument the 自评报告 is made of, so that Word renders both alike.
 * Outline of the central reference: 一 基本情况 · 二 工作开展情况 (fill-in) · 三 结果及分析 ·
 * 四 问题及整改措施 (from the findings, grouped) · 五 建议 (fill-in with finding-driven points) · 六 其他
 * (fill-in). Fill-ins are one bracketed guidance line, never invented text (NARRATIVE.md).
 */
import { fmtMoney, fmtPercent, fmtScore } from '../base/format';
import type { ReportBlock, ReportDocument } from '../report/document';
import { NO_GRADE } from '../score/scoreTypes';
import { codeName } from './codeNames';
import {
  NO_DEPARTMENT,
  byDepartment,
  countedForms,
  commonestCodes,
  reviewStats,
} from './summarize';
import type { ReviewedFile, ReviewedForm } from './types';

/** Below this (capped) execution rate a project counts as 执行率偏低 (the profiles' 90%). */
const LOW_RATE = 0.9;

/** A fill-in: one guidance line in brackets, for a person to replace. */
const fillIn = (what: string): ReportBlock => ({ kind: 'fillIn', text: `（请补充：${what}）` });

/** What to do about each kind of problem, said to the units. */
const MEASURES: Readonly<Partial<Record<string, string>>> = {
  explanation_missing: '督促相关单位逐项补充偏差原因分析及改进措施。',
  execution_low: '督促相关单位分析资金执行缓慢原因，加快预算执行进度。',
  execution_over_budget: '核实超预算执行的资金来源和调整手续，提高预算编制的准确性。',
  deviation_over_target: '指导相关单位科学合理设置绩效目标，适当提高偏低的年度指标值。',
  needs_judgement: '对定性指标的完成情况逐项核实，补充佐证材料后确认评价档位。',
  qualitative_auto: '对定性指标补充可量化的完成情况和佐证材料。',
  actual_missing: '要求相关单位补填实际完成值并提供佐证材料。',
  target_missing: '要求相关单位补填或规范填写年度指标值。',
  weight_missing: '要求相关单位按规定补填各项指标分值。',
  weight_negative: '要求相关单位将为负数的分值改为正确的分值。',
  weight_sum_not_100: '要求相关单位按规定调整分值，使合计为100分。',
  score_changed: '对自评得分与复核结果不一致的指标逐项核实，按评分规则更正自评得分。',
  score_exceeds_weight: '更正超过分值的得分。',
  unit_mismatch: '统一指标值与完成值的计量单位后重新评分。',
  budget_missing: '要求相关单位补填预算数和执行数。',
  cell_error: '修正自评表中的错误值单元格。',
  manual_score_out_of_band: '按评价档位重新确定手工评分。',
  self_score_inflated: '对自评得分高于复核得分的单位，要求按评分规则逐项重新核定自评得分。',
};

const unitOf = (f: ReviewedForm): string => f.unit ?? f.department ?? f.sheet;
const nameOf = (f: ReviewedForm): string =>
  f.project ? `${unitOf(f)}“${f.project}”` : `${unitOf(f)}（部门整体）`;

/** The most common year of the forms, or null. */
function yearOf(forms: readonly ReviewedForm[]): number | null {
  const count = new Map<number, number>();
  for (const f of forms) if (f.year !== null) count.set(f.year, (count.get(f.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > (count.get(best) ?? 0)) best = y;
  return best;
}

/** Up to `max` names, then `等N个`. */
function someNames(names: readonly string[], max = 5): string {
  const unique = [...new Set(names)];
  return unique.length <= max
    ? unique.join('、')
    : `${unique.slice(0, max).join('、')}等${unique.length}个`;
}

function basics(forms: readonly ReviewedForm[], department: string | null): ReportBlock[] {
  const s = reviewStats(forms);
  const projects = forms.filter((f) => f.kind === 'project').length;
  const whole = forms.length - projects;
  const who = department ?? '本次汇总的单位';
  const kinds =
    whole > 0
      ? `其中项目支出绩效自评表${projects}张、部门整体支出绩效自评表${whole}张`
      : `均为项目支出绩效自评表`;
  const funds =
    s.overallRate === null
      ? '自评表均未填写可用的预算数和执行数。'
      : `填写了预算执行情况的自评表，预算数合计${fmtMoney(s.planned)}万元，执行数合计${fmtMoney(s.executed)}万元，${s.overallRate > 1 ? `执行数与预算数之比为${fmtPercent(s.overallRate)}，超过预算数` : `总体执行率${fmtPercent(s.overallRate)}`}。`;
  return [
    { kind: 'heading', level: 1, text: '一、项目支出基本情况' },
    {
      kind: 'paragraph',
      text: `${who}共汇总绩效自评表${forms.length}张，${kinds}。${funds}`,
    },
  ];
}

function results(forms: readonly ReviewedForm[]): ReportBlock[] {
  const s = reviewStats(forms);
  const grades = Object.entries(s.grades)
    .map(([g, n]) => `“${g}”${n}个`)
    .join('、');
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '三、绩效自评结果及分析' },
    { kind: 'heading', level: 2, text: '（一）自评结果总体情况' },
    {
      kind: 'paragraph',
      text:
        s.meanTotal === null
          ? '没有可评分的自评表。'
          : `按评分规则复核，平均得分${fmtScore(s.meanTotal)}分，中位数${fmtScore(s.medianTotal ?? 0)}分，最高${fmtScore(s.maxTotal ?? 0)}分，最低${fmtScore(s.minTotal ?? 0)}分。评价等级为${grades}。`,
    },
    { kind: 'heading', level: 2, text: '（二）各项目自评得分' },
    {
      kind: 'table',
      columns: [
        { header: '序号', align: 'center', width: 5 },
        { header: '单位', align: 'left', width: 18 },
        { header: '项目', align: 'left', width: 22 },
        { header: '自评得分', align: 'right', width: 9 },
        { header: '复核得分', align: 'right', width: 9 },
        { header: '等级', align: 'center', width: 6 },
        { header: '执行率', align: 'right', width: 9 },
      ],
      rows: forms.map((f, i) => [
        String(i + 1),
        unitOf(f),
        f.project ?? '部门整体',
        f.selfReportedTotal ?? '未填写',
        f.total,
        f.grade ?? NO_GRADE,
        f.budget?.rate != null ? fmtPercent(f.budget.rate) : '—',
      ]),
    },
  ];
  const weak = forms.filter(
    (f) =>
      (f.budget?.rate != null && f.budget.rate < LOW_RATE) ||
      f.grade === '中' ||
      f.grade === '差' ||
      f.grade === null,
  );
  blocks.push({ kind: 'heading', level: 2, text: '（三）执行率偏低或绩效较差的项目' });
  blocks.push(
    weak.length === 0
      ? { kind: 'paragraph', text: `没有执行率低于${fmtPercent(LOW_RATE)}或评价为“中”“差”的项目。` }
      : {
          kind: 'list',
          style: 'dun',
          items: weak.map((f) => {
            const rate = f.budget?.rate != null ? `执行率${fmtPercent(f.budget.rate)}，` : '';
            return f.grade === null
              ? `${nameOf(f)}：${rate}指标表未能完整读取，部分得分${fmtScore(f.total)}分，不评定等级。`
              : `${nameOf(f)}：${rate}复核得分${fmtScore(f.total)}分，等级“${f.grade}”。`;
          }),
        },
  );
  const outliers = forms.flatMap((f) => f.outliers.map((o) => ({ f, o })));
  blocks.push({ kind: 'heading', level: 2, text: '（四）偏离年度指标值较大的指标' });
  blocks.push(
    outliers.length === 0
      ? { kind: 'paragraph', text: '没有完成值远超或明显低于年度指标值的指标。' }
      : {
          kind: 'list',
          style: 'dun',
          items: outliers.map(({ f, o }) => {
            const what =
              o.direction === 'over'
                ? '完成值远超年度指标值，指标值可能设置偏低'
                : `得${fmtScore(o.score)}分（分值${o.weight === null ? '未填写' : fmtScore(o.weight)}分），明显未达到年度指标值`;
            return `${nameOf(f)}的“${o.indicator}”：年度指标值${o.target || '未填写'}，实际完成值${o.actual || '未填写'}，${what}。`;
          }),
        },
  );
  // A form the unit did not score (未自评) differs in every cell: that is no disagreement.
  const differing = forms.filter((f) => f.selfScored && f.scoresDiffering > 0);
  if (differing.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: '（五）自评得分与复核结果不一致的项目' });
    blocks.push({
      kind: 'list',
      style: 'dun',
      items: differing.map(
        (f) =>
          `${nameOf(f)}：${f.selfReportedTotal === null ? '自评总分未填写' : `自评得分${fmtScore(f.selfReportedTotal)}分`}，复核得分${fmtScore(f.total)}分，${f.scoresDiffering}个得分、执行率或总分单元格与复核结果不一致。`,
      ),
    });
  }
  return blocks;
}

function problems(forms: readonly ReviewedForm[]): ReportBlock[] {
  const codes = commonestCodes(forms, 20).filter((c) => c.code !== 'qualitative_auto');
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '四、自评发现的问题及整改措施' },
  ];
  if (codes.length === 0) {
    blocks.push({ kind: 'paragraph', text: '复核未发现需要整改的问题。' });
    return blocks;
  }
  blocks.push({ kind: 'heading', level: 2, text: '（一）发现的问题' });
  blocks.push({
    kind: 'list',
    style: 'dun',
    items: codes.map((c) => {
      const where = forms.filter((f) => (f.codes as Record<string, number>)[c.code]).map(unitOf);
      return `${codeName(c.code)}：共${c.count}处，涉及${c.forms}张自评表（${someNames(where)}）。`;
    }),
  });
  blocks.push({ kind: 'heading', level: 2, text: '（二）整改措施' });
  const measures = codes.flatMap((c) => (MEASURES[c.code] ? [MEASURES[c.code] ?? ''] : []));
  blocks.push({ kind: 'list', style: 'dun', items: [...new Set(measures)] });
  return blocks;
}

function advice(forms: readonly ReviewedForm[]): ReportBlock[] {
  const has = (code: string): number =>
    forms.filter((f) => ((f.codes as Record<string, number>)[code] ?? 0) > 0).length;
  const items: string[] = [];
  const low = forms.filter((f) => f.budget?.rate != null && f.budget.rate < LOW_RATE).length;
  if (low > 0)
    items.push(
      `对执行率低于${fmtPercent(LOW_RATE)}的${low}个项目，建议在编制下年度预算时结合执行情况核减或调整预算安排。`,
    );
  if (has('execution_over_budget') > 0)
    items.push(
      `${has('execution_over_budget')}张自评表执行数超过预算数，建议提高预算编制的准确性和完整性。`,
    );
  if (has('deviation_over_target') > 0)
    items.push('部分指标完成值远超年度指标值，建议在设置下年度绩效目标时适当提高指标值。');
  if (has('explanation_missing') > 0)
    items.push('部分单位未说明偏差原因，建议加强对自评填报的培训和指导。');
  if (forms.some((f) => f.selfScored && f.scoresDiffering > 0))
    items.push('部分自评得分与按规则复核的结果不一致，建议将复核结果作为审核自评质量的依据。');
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '五、绩效自评工作建议及预算安排建议' },
    fillIn(
      '对改进绩效自评工作和下年度预算安排的建议。以下各条根据复核发现的问题拟出，请核实取舍。',
    ),
  ];
  if (items.length > 0) blocks.push({ kind: 'list', style: 'dun', items });
  return blocks;
}

/** The 总结报告 of one group of forms. */
export function summaryReport(
  forms: readonly ReviewedForm[],
  department: string | null,
): ReportDocument {
  const year = yearOf(forms);
  const title = `${department ?? ''}${year !== null ? `${year}年度` : ''}部门项目支出绩效自评总结报告`;
  return {
    sheet: department ?? '全部',
    kind: 'department',
    projectName: null,
    title,
    blocks: [
      { kind: 'title', text: title },
      ...basics(forms, department),
      { kind: 'heading', level: 1, text: '二、绩效自评工作开展情况' },
      fillIn('本部门组织开展绩效自评的范围、方式、时间安排，以及对所属单位自评结果的审核情况。'),
      ...results(forms),
      ...problems(forms),
      ...advice(forms),
      { kind: 'heading', level: 1, text: '六、其他需要说明的问题' },
      fillIn('需要说明的其他问题；没有则写“无”。'),
    ],
  };
}

/**
 * One 总结报告 per 主管部门, in order of first appearance; all forms together when none is named. A
 * form filed twice (重复) is in it once.
 */
export function summaryReports(files: readonly ReviewedFile[]): ReportDocument[] {
  const groups = byDepartment(countedForms(files));
  if (groups.size === 0) return [];
  return [...groups].map(([department, forms]) =>
    summaryReport(forms, department === NO_DEPARTMENT ? null : department),
  );
}

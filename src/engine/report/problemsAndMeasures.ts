/**
 * （三）存在的问题和原因 and （四）下一步拟改进措施 of 一、自评结论, as two numbered lists: a person's own
 * items from the 报告素材 sheet first, then what the form's texts say, then what the findings show
 * (with the standard measure of each). The two lists read the same sources in the same order, so
 * they sit together, apart from the sentences of （一） and （二） in conclusion.ts.
 */
import type { Finding, FindingCode } from '../findings/codes';
import { fmtPercent, fmtScore } from '../base/format';
import type { Profile } from '../rules/profiles';
import type { ScoredForm } from '../score/scoreTypes';
import { bare, clauses, quotedList, sentence, splitExplanation } from './chinese';
import { money, ruleName } from './phrases';
import { isComplete, proseValue, statusOf } from './status';

/** Findings of this form for one code. */
const codes = <K extends FindingCode>(findings: readonly Finding[], code: K): Finding<K>[] =>
  findings.filter((f) => f.code === code) as Finding<K>[];

/** A person's own item of a list (报告素材), without the numbering they typed (`1、`, `（2）`, `3.`). */
function ownItem(text: string): string {
  return sentence(
    text.replace(/^\s*(?:[（(]\d+[)）]|\d+\s*[、.．]|[一二三四五六七八九十]+、)\s*/, ''),
  );
}

/** Problems: the person's own (报告素材), the reasons people wrote, then what the findings show (NARRATIVE.md （三）). */
export function problemItems(
  form: ScoredForm,
  findings: readonly Finding[],
  profile: Profile,
  own: readonly string[],
): string[] {
  const items: string[] = own.map(ownItem).filter((t) => t !== '');
  const lost = form.indicators.filter((i) => !isComplete(i));
  // One item per distinct reason text, naming every indicator it explains.
  const byReason = new Map<string, string[]>();
  const unexplained: string[] = [];
  const stepped: string[] = [];
  for (const i of lost) {
    const { reason } = splitExplanation(i.explanation);
    if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), i.name]);
    else if (statusOf(i) === 'stepped') {
      // A satisfaction step is a problem of its own; a deduction for a target set too low is told
      // by the deviation finding below.
      if (i.reading.mode === 'satisfaction') stepped.push(i.name);
    } else unexplained.push(i.name);
  }
  for (const [reason, names] of byReason)
    items.push(`${bare(reason)}（涉及指标：${quotedList(names)}）。`);
  if (unexplained.length > 0)
    items.push(`${quotedList(unexplained)}未得满分，自评表未说明偏差原因。`);
  if (stepped.length > 0)
    items.push(
      `服务对象满意度仍有提升空间，${quotedList(stepped)}虽达到年度指标值，但按${ruleName(profile)}分档未得满分。`,
    );
  if (form.indicators.length === 0)
    items.push('自评表未填列绩效指标，无法评价绩效目标的完成情况。');

  const b = form.budget;
  if (b && (b.planned === null || b.rawRate === null)) {
    items.push(
      `自评表未填列可用的预算数，无法计算预算执行率，预算执行得${fmtScore(b.score)}分（分值${fmtScore(b.weight)}分）。`,
    );
  }
  if (b && b.planned !== null && b.executed !== null && b.rawRate !== null) {
    if (codes(findings, 'execution_over_budget').length > 0) {
      const why = b.explanation.trim() ? `原因是：${sentence(b.explanation)}` : '';
      items.push(
        `预算编制的准确性有待提高。全年执行数${money(b.executed)}，超过预算数${money(b.planned)}，执行数与预算数之比为${fmtPercent(b.rawRate)}。${why}`,
      );
    }
    const low = codes(findings, 'execution_low')[0];
    if (low) {
      const why = b.explanation.trim()
        ? `原因是：${sentence(b.explanation)}`
        : '自评表未说明原因。';
      items.push(
        `预算执行进度偏慢，执行率为${fmtPercent(b.rawRate)}，低于${low.params.threshold}。${why}`,
      );
    }
  }

  const deviations = codes(findings, 'deviation_over_target');
  if (deviations.length > 0) {
    const parts = deviations.map(
      (f) =>
        `${quotedList([f.indicator ?? ''])}实际完成值${proseValue(f.params.actual)}，为年度指标值（${proseValue(f.params.target)}）的${f.params.ratio}`,
    );
    items.push(`部分年度指标值设置偏低，实际完成值远超年度指标值：${clauses(parts)}`);
  }

  // Judgement cases that kept full marks: the form says what was done, not how much, against a measurable target.
  const described = codes(findings, 'needs_judgement')
    .filter((f) => f.params.band === 'A')
    .map((f) => f.indicator ?? '')
    .filter((n) => n !== '');
  if (described.length > 0) {
    const count = described.length > 1 ? `等${described.length}项指标` : '';
    items.push(
      `部分绩效指标设置不够细化、量化，${quotedList(described)}${count}的实际完成值为情况描述，难以与年度指标值直接对照。`,
    );
  }
  const mismatched = codes(findings, 'unit_mismatch')
    .map((f) => f.indicator ?? '')
    .filter((n) => n !== '');
  if (mismatched.length > 0) {
    items.push(
      `${quotedList(mismatched)}的年度指标值与实际完成值计量单位不一致，无法直接计算完成程度。`,
    );
  }
  return items;
}

/** Measures: the person's own (报告素材), what people wrote after 改进措施/拟/下一步, then the standard measure of each finding. */
export function measureItems(
  form: ScoredForm,
  findings: readonly Finding[],
  own: readonly string[],
): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    const t = sentence(text);
    if (t && !seen.has(t)) {
      seen.add(t);
      items.push(t);
    }
  };
  for (const t of own) add(ownItem(t));
  let lostWithoutMeasure = false;
  for (const i of form.indicators) {
    const { measure } = splitExplanation(i.explanation);
    if (measure) add(measure);
    else if (!isComplete(i)) lostWithoutMeasure = true;
  }
  if (form.budget) {
    const { measure } = splitExplanation(form.budget.explanation);
    if (measure) add(measure);
  }
  if (lostWithoutMeasure)
    add('对未得满分的绩效指标逐项分析原因，加强绩效运行监控，及时纠正偏差，确保绩效目标如期实现');
  if (codes(findings, 'execution_low').length > 0) add('进一步加快推进项目进度，提高资金使用效率');
  if (codes(findings, 'execution_over_budget').length > 0) {
    // The seed report's own measures for execution far above the budget.
    add('进一步加强学习，提高预算编制的科学性、合理性、严谨性和可控性');
    add(
      '在日常预算管理过程中，进一步加强预算支出的审核、跟踪及预算执行情况分析，完整、准确地披露相关财务信息，尽可能做到决算与预算相衔接',
    );
  }
  if (codes(findings, 'deviation_over_target').length > 0) {
    add('结合以前年度实际完成情况和本年度工作计划，科学合理设定年度指标值，避免年度指标值设置偏低');
  }
  const judged =
    codes(findings, 'needs_judgement').some((f) => f.params.band === 'A') ||
    codes(findings, 'unit_mismatch').length > 0;
  if (judged)
    add(
      '进一步细化、量化绩效指标，尽量以数量、比率、时限等可衡量的形式设定年度指标值，便于对照考核',
    );
  return items;
}

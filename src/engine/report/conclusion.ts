/**
 * 一、自评结论 of the 自评报告: （一） the score sentence and （二） the 绩效目标完成情况 — 1.执行率情况,
 * 2.完成的绩效目标 in brief and 3.未完成的绩效目标 item by item, each with the rule that cost its
 * points. This is the part a reader of the report reads first; the items of （三） and （四） are in
 * problemsAndMeasures.ts, the figures behind these sentences in evidence.ts (二、佐证材料).
 */
import { displayText } from '../read/cellReading';
import type { Finding } from '../findings/codes';
import { fmtPercent, fmtScore } from '../base/format';
import { cmp, minus, sumExact } from '../base/decimal';
import type { Profile } from '../rules/profiles';
import {
  PARTIAL_TOTAL,
  type ScoredBudget,
  type ScoredForm,
  type ScoredIndicator,
} from '../score/scoreTypes';
import { bare, clauses, quotedList, sentence, splitExplanation } from './chinese';
import type { ReportBlock } from './document';
import {
  type Subject,
  groupByLevel2,
  money,
  proseActual,
  proseTarget,
  ruleName,
  scoringCause,
  stepPhrase,
} from './phrases';
import { isComplete, statusOf } from './status';

/** An indicator lost points when its score is below its weight (a missing weight counts as lost). */
function lostPoints(i: ScoredIndicator): number {
  if (i.weight === null) return 0;
  return Math.max(0, minus(i.weight, i.score));
}

/** （一）'s one paragraph: the total, the grade, and a cap or a weight total other than 100 when there is one. */
export function scoreParagraph(form: ScoredForm, s: Subject): string {
  const full =
    cmp(form.weightTotal, 100) === 0 ? '' : `（各项分值合计${fmtScore(form.weightTotal)}分）`;
  // SCORING.md §10 executionCaps: a capped total says what it was capped from and why.
  const capped = form.capped
    ? `各项得分合计${fmtScore(form.capped.sum)}分，因预算执行率${fmtPercent(form.capped.rawRate)}低于${fmtPercent(form.capped.below)}，按评分规则总分最高${fmtScore(form.capped.cap)}分，`
    : '';
  // A form not fully read (§11.2): its score is partial and it gets no grade; the report says so first.
  if (form.grade === null)
    return `${s.scored}自评表的绩效指标未能完整读取，已读取部分的得分（${PARTIAL_TOTAL}）为${fmtScore(form.total)}分${full}，不评定等级；请核对自评表后重新评分。`;
  return `${s.scored}${capped}绩效自评得分${fmtScore(form.total)}分${full}，自评等级为“${form.grade}”。`;
}

/** The 执行率情况 paragraph: 预算数, 执行数, 执行率 as on the form, and what is unusual about them. */
export function executionParagraph(
  form: ScoredForm,
  s: Subject,
  findings: readonly Finding[],
): string {
  const b = form.budget;
  if (!b) return '自评表未填列预算执行情况，无法分析执行率。';
  if (b.planned === null || b.rate === null || b.rawRate === null) {
    const executed =
      b.executed !== null
        ? `${s.who}${s.year ? `${s.year}度` : ''}全年执行数${money(b.executed)}，`
        : '';
    return `${executed}自评表未填列可用的预算数，无法计算执行率。`;
  }
  const executed = b.executed ?? 0;
  let text = `${s.who}${s.year}预算数${money(b.planned)}，执行数${money(executed)}，执行率为${fmtPercent(b.rate)}。`;
  if (findings.some((f) => f.code === 'execution_over_budget')) {
    text += `执行数超过预算数，执行数与预算数之比为${fmtPercent(b.rawRate)}，执行率按${fmtPercent(b.rate)}计。`;
  }
  const low = findings.find((f) => f.code === 'execution_low');
  if (low) {
    text += `执行率低于${low.params.threshold}，`;
    text += b.explanation.trim() ? `原因是：${sentence(b.explanation)}` : '自评表未说明原因。';
  } else if (b.explanation.trim() && findings.some((f) => f.code === 'execution_over_budget')) {
    text += `原因是：${sentence(b.explanation)}`;
  }
  return text;
}

/** How many indicators of a 二级指标 the brief of 2.完成的绩效目标 names. */
const BRIEF_NAMES = 3;

/**
 * 2.完成的绩效目标, in brief: the 年度总体目标 as achieved, then how many indicators met their target,
 * by 二级指标 with counts and names (二、（三）2 gives target → actual for each; no list twice).
 */
export function completedBlocks(form: ScoredForm, s: Subject, profile: Profile): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const achieved = form.model.goal?.achieved ? displayText(form.model.goal.achieved) : '';
  if (achieved) {
    const year = s.year ? `${s.year}，` : '';
    blocks.push({
      kind: 'paragraph',
      text: `${year}${s.who}年度总体目标完成情况如下：${sentence(achieved)}`,
    });
  } else if (form.model.goal) {
    blocks.push({ kind: 'paragraph', text: '自评表未填写年度总体目标的实际完成情况。' });
  }
  const all = form.indicators;
  if (all.length === 0) {
    blocks.push({ kind: 'paragraph', text: '自评表未填列绩效指标。' });
    return blocks;
  }
  const done = all.filter(isComplete);
  const stepped = all.filter((i) => statusOf(i) === 'stepped');
  const steppedText =
    stepped.length > 0
      ? `另有${quotedList(stepped.map((i) => bare(i.name)))}${stepped.length > 1 ? `等${stepped.length}项指标` : ''}达到年度指标值，按${ruleName(profile)}${stepped.every((i) => i.reading.mode === 'satisfaction') ? '分档' : '的评分规则'}未得满分。`
      : '';
  if (done.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: `从绩效指标看，${all.length}项三级指标均未得满分。${steppedText}`,
    });
    return blocks;
  }
  // Briefly: a group names at most three of its indicators (二、（三）2 gives each with its values).
  const groups = groupByLevel2(done).map((g) => {
    const names = g.items.slice(0, BRIEF_NAMES).map((i) => bare(i.name));
    const more = g.items.length > BRIEF_NAMES ? '等' : '';
    return `${g.label}${g.items.length}项（${quotedList(names)}${more}）`;
  });
  const lead =
    done.length === all.length
      ? `从绩效指标看，${all.length}项三级指标均达到年度指标值，得满分，其中`
      : `从绩效指标看，${all.length}项三级指标中有${done.length}项达到年度指标值，得满分，其中`;
  blocks.push({
    kind: 'paragraph',
    text: `${lead}${clauses(groups)}${steppedText}各项指标的年度指标值和实际完成值见佐证材料“绩效目标完成情况分析”。`,
  });
  return blocks;
}

/** Points the budget execution lost (0 when it has full marks). */
function budgetLost(b: ScoredBudget | null): number {
  return b ? Math.max(0, minus(b.weight, b.score)) : 0;
}

/** `得1.9分，扣0.1分（分值2分）`. */
function pointsText(score: number, weight: number): string {
  return `得${fmtScore(score)}分，扣${fmtScore(Math.max(0, minus(weight, score)))}分（分值${fmtScore(weight)}分）`;
}

/** The budget as an item of 3.未完成的绩效目标, when it lost points, with the rule that cost them. */
function budgetShortfallItem(b: ScoredBudget, profile: Profile): string {
  const lost = pointsText(b.score, b.weight);
  if (b.planned === null || b.rawRate === null || b.rate === null)
    return `预算执行：自评表未填列可用的预算数，无法计算执行率，${lost}。`;
  const mode = profile.budget;
  const how =
    mode.mode === 'steps'
      ? `执行率${fmtPercent(b.rate)}，按${ruleName(profile)}分档${stepPhrase(b.rate, mode.steps)}`
      : `执行率${fmtPercent(b.rate)}，按执行率计分`;
  return `预算执行：预算数${money(b.planned)}，执行数${money(b.executed ?? 0)}，${how}，${lost}。`;
}

/** One indicator that lost points, as an item of 3.未完成的绩效目标: the values, then the cause. */
function shortfallItem(i: ScoredIndicator, profile: Profile): string {
  const status = statusOf(i);
  const name = bare(i.name);
  const { reason } = splitExplanation(i.explanation);
  const why = reason ? `偏差原因：${sentence(reason)}` : '';
  const values = `年度指标值${proseTarget(i)}，实际完成值${proseActual(i)}`;
  const w = i.weight;
  let text: string;
  switch (status) {
    case 'noWeight':
      text = `${values}，自评表未填写分值，按0分计。`;
      break;
    case 'errorCell':
      text = `自评表相关单元格为错误值，按0分计，${pointsText(i.score, w ?? 0)}。`;
      break;
    case 'noActual':
      text = `年度指标值${proseTarget(i)}，实际完成值未填写，按0分计，${pointsText(i.score, w ?? 0)}。`;
      break;
    case 'noTarget':
      text = `实际完成值${proseActual(i)}，年度指标值未填写或无法识别，按0分计，${pointsText(i.score, w ?? 0)}。`;
      break;
    case 'stepped':
    case 'metBelowFull':
      text = `${values}，达到年度指标值；${scoringCause(i, profile)}，${pointsText(i.score, w ?? 0)}。`;
      break;
    case 'partial':
      text = `${values}，${scoringCause(i, profile)}，${pointsText(i.score, w ?? 0)}。`;
      break;
    case 'met':
    case 'below':
    case 'above':
    case 'outside': {
      const missed =
        status === 'above'
          ? '超出年度指标值'
          : status === 'outside'
            ? '不在年度指标值区间内'
            : '未达到年度指标值';
      text = `${values}，${missed}；${scoringCause(i, profile)}，${pointsText(i.score, w ?? 0)}。`;
    }
  }
  const noReason = status !== 'stepped' && why === '' ? '自评表未说明偏差原因。' : '';
  return `${name}：${text}${why}${noReason}`;
}

/** 3.未完成的绩效目标: a lead with the points lost, then each shortfall (the budget first) as an item. */
export function unfinishedBlocks(form: ScoredForm, profile: Profile): ReportBlock[] {
  const lost = form.indicators.filter((i) => !isComplete(i));
  const b = form.budget && budgetLost(form.budget) > 0 ? form.budget : null;
  if (form.indicators.length === 0 && !b)
    return [{ kind: 'paragraph', text: '自评表未填列绩效指标，无法分析未完成的绩效目标。' }];
  if (lost.length === 0 && !b)
    return [{ kind: 'paragraph', text: '年初绩效目标基本完成，各项绩效指标均达到年度指标值。' }];
  const total = sumExact([...lost.map(lostPoints), budgetLost(b)]);
  const noWeight = lost.filter((i) => i.weight === null).length;
  const short = lost.length - noWeight;
  let lead: string;
  if (lost.length === 0) {
    lead = `${form.indicators.length > 0 ? '各项绩效指标均达到年度指标值；' : ''}预算执行未得满分，扣${fmtScore(total)}分：`;
  } else {
    const parts: string[] = [];
    if (b || short > 0)
      parts.push(
        `${b ? '预算执行' : ''}${b && short > 0 ? '和' : ''}${short > 0 ? `${short}项绩效指标` : ''}未得满分`,
      );
    if (noWeight > 0) parts.push(`${noWeight}项绩效指标未填写分值、按0分计`);
    lead = `${parts.join('，')}${cmp(total, 0) > 0 ? `，共扣${fmtScore(total)}分` : ''}：`;
  }
  const items = [
    ...(b ? [budgetShortfallItem(b, profile)] : []),
    ...lost.map((i) => shortfallItem(i, profile)),
  ];
  return [
    { kind: 'paragraph', text: lead },
    { kind: 'list', style: 'paren', items },
  ];
}

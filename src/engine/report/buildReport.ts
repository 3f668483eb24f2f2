/**
 * Builds the 自评报告 of a scored form, following the outline of a filed 部门整体绩效自评报告
 * (shared/spec/NARRATIVE.md): 一、自评结论 with its four parts and the 附件 line, then 二、佐证材料 in the
 * seed's order — （一）基本情况, （二）自评工作开展情况, （三）绩效目标完成情况分析 (budget, indicators,
 * 评分明细), （四）上年度自评结果应用情况 — and the form itself attached (附件).
 *
 * Every sentence is assembled from the form's cells, the 报告素材 sheet and the engine's own figures
 * (total, rates, points lost, the profile's steps); nothing is invented. Where the form holds nothing
 * for a part, one sentence says so; a part no form can hold is a marked fill-in for a person.
 */
import { displayText, numberOf } from '../read/cellReading';
import type { Finding, FindingCode } from '../findings/codes';
import { fmtMoney, fmtPercent, fmtScore } from '../base/format';
import { cmp, dec, minus, sumExact } from '../base/decimal';
import { MOF2020, type Profile, type Step } from '../rules/profiles';
import type { ScoreResult, ScoredBudget, ScoredForm, ScoredIndicator } from '../score/scoreTypes';
import type { WorkbookSnapshot } from '../base/snapshot';
import { bare, clauses, quotedList, sentence, splitExplanation } from './chinese';
import {
  type ReportBlock,
  type ReportColumn,
  type ReportCellValue,
  type ReportDocument,
  type ReportTable,
  fillInCount,
} from './document';
import { type ReportMaterials, NO_MATERIALS, readReportMaterials } from './materials';
import {
  bracketTargetOf,
  isComplete,
  isMet,
  proseTargetOf,
  proseValue,
  resultPhrase,
  statusOf,
} from './status';

/** The words that change between a department and a project form. */
interface Subject {
  /** `部门整体` or `项目`, as in 部门整体绩效自评得分 / 项目绩效自评得分. */
  readonly kindWord: '部门整体' | '项目';
  /** `部门` or `项目`, as in 部门自评工作开展情况 / 项目自评工作开展情况. */
  readonly shortWord: '部门' | '项目';
  /** Who the sentences are about: `荆门市民政局` or `XX项目`. */
  readonly who: string;
  /** What is scored, as the score sentence opens: `荆门市民政局部门整体` or `XX项目`. */
  readonly scored: string;
  /** `2022年` or '' when the form carries no year. */
  readonly year: string;
}

function subjectOf(form: ScoredForm): Subject {
  const m = form.model;
  const year = m.year !== null ? `${m.year}年` : '';
  if (m.kind === 'project') {
    const name = m.projectName?.trim() ?? '';
    const project = name === '' ? '本项目' : name.endsWith('项目') ? name : `${name}项目`;
    return { kindWord: '项目', shortWord: '项目', who: project, scored: project, year };
  }
  const unit = m.unit?.trim() || m.implementer?.trim() || m.authority?.trim() || '本部门';
  return { kindWord: '部门整体', shortWord: '部门', who: unit, scored: `${unit}部门整体`, year };
}

function titleOf(form: ScoredForm, s: Subject): string {
  const year = form.model.year !== null ? `${form.model.year}年度` : '';
  return form.model.kind === 'project'
    ? `${s.who}${year}绩效自评报告`
    : `${s.who}${year}部门整体支出绩效自评报告`;
}

/** Amounts are written in 万元 as on the form: `11,605.29万元`. */
const money = (x: number): string => `${fmtMoney(x)}万元`;

/** Target and actual texts as the table shows them, with a word where the form left the cell empty. */
const targetText = (i: ScoredIndicator): string =>
  i.target.trim() === '' ? '未填写' : i.target.trim();
const actualText = (i: ScoredIndicator): string =>
  i.actual.trim() === '' ? '未填写' : i.actual.trim();
/** The same for prose: half-width, a bare `=` dropped, an Excel error value never quoted. */
const proseTarget = (i: ScoredIndicator): string => proseTargetOf(i) || '未填写';
const proseActual = (i: ScoredIndicator): string =>
  (statusOf(i) === 'errorCell' ? '' : proseValue(i.actual)) || '未填写';
const result = (i: ScoredIndicator): string => resultPhrase(i, fmtScore);

/** An indicator lost points when its score is below its weight (a missing weight counts as lost). */
function lostPoints(i: ScoredIndicator): number {
  if (i.weight === null) return 0;
  return Math.max(0, minus(i.weight, i.score));
}

/** The short name of the rules in prose: `101号` for 财预〔2021〕101号, else the profile's name in quotes. */
function ruleName(profile: Profile): string {
  const m = /财预〔\d{4}〕(\d+)号/.exec(profile.name);
  return m ? `${m[1]}号` : `“${profile.name}”`;
}

/**
 * The step a rate fell in, in words: `（80%–90%）得分档80%`, `（90%及以上）得分档100%`, `（低于60%）得分档0`.
 * Steps are the profile's, sorted from the highest.
 */
function stepPhrase(rate: number, steps: readonly Step[]): string {
  const sorted = [...steps].sort((p, q) => q.min - p.min);
  const at = sorted.findIndex((st) => rate >= st.min);
  if (at < 0) {
    const lowest = sorted[sorted.length - 1];
    return lowest ? `（低于${fmtPercent(lowest.min)}）得分档0` : '得分档0';
  }
  const step = sorted[at];
  if (!step) return '';
  const upper = sorted[at - 1];
  const range = upper
    ? `${fmtPercent(step.min)}–${fmtPercent(upper.min)}`
    : `${fmtPercent(step.min)}及以上`;
  return `（${range}）得分档${fmtPercent(step.factor)}`;
}

/** Completion ratio a / t (higher) or t / a (lower) the proportional rules score by; null when not a ratio. */
function completion(i: ScoredIndicator): number | null {
  const { target: t, actual: a, targetHigh } = i.reading;
  if (t === null || a === null) return null;
  if (i.method === 'higher') return t > 0 && a > 0 ? dec(a).div(t).toNumber() : null;
  if (i.method === 'lower') return a > 0 && t > 0 ? dec(t).div(a).toNumber() : null;
  if (i.method === 'range' && targetHigh !== null) {
    if (a < t) return t > 0 && a > 0 ? dec(a).div(t).toNumber() : null;
    return a > 0 && targetHigh > 0 ? dec(targetHigh).div(a).toNumber() : null;
  }
  return null;
}

/**
 * How the rule reached a score below the weight, after the target/actual clause: the cause of the
 * lost points in the words of the rule (`按完成比例95%计分`, `满意度85%，按101号分档（80%–90%）得分档80%`).
 */
function scoringCause(i: ScoredIndicator, profile: Profile): string {
  const status = statusOf(i);
  const rule = ruleName(profile);
  if (i.reading.mode === 'satisfaction' && i.reading.actual !== null && profile.satisfaction) {
    return `满意度${fmtPercent(i.reading.actual)}，按${rule}分档${stepPhrase(i.reading.actual, profile.satisfaction)}`;
  }
  if (status === 'below' || status === 'above' || status === 'outside') {
    const r = completion(i);
    if (r === null) return '按0分计';
    if (i.reading.mode === 'threshold' && profile.quantity.mode === 'threshold') {
      const floor = fmtPercent(profile.quantity.floor);
      return cmp(r, profile.quantity.floor) < 0
        ? `完成比例${fmtPercent(r)}，低于${rule}规定的${floor}起评线`
        : `完成比例${fmtPercent(r)}，按${rule}规则（${floor}起评）计分`;
    }
    return `按完成比例${fmtPercent(r)}计分`;
  }
  if (status === 'partial') {
    // The rule that put the text in its band (`含“基本”`), from 评分依据; the values are said already.
    const why = i.basis.split('，判定')[0] ?? '';
    return `${why ? `${why}，` : ''}判定为${i.band ?? ''}档`;
  }
  if (status === 'metBelowFull') return '保留人工评定的得分';
  if (status === 'stepped') {
    // A deduction of the profile on a met target: its own words from 评分依据, after the full-marks clause.
    const rule = i.basis.split('；').slice(1).join('；');
    return (
      bare(rule.replace(/(，扣[\d.]+分)?，得[\d.]+分$/, '').replace(/，扣[\d.]+分$/, '')) ||
      bare(i.basis)
    );
  }
  return '';
}

/**
 * The name and the actual as one statement, as reports write them: `临时性救助人次数3,633人次`,
 * `社会组织参检率达到91%`, and `民政服务机构安全风险隐患已全面排查` rather than the concatenation
 * `…隐患排查全面排查` (the name's last word repeated by the actual).
 */
function statement(i: ScoredIndicator, actual: string, equal = false): string {
  const name = bare(i.name);
  const met = isMet(i);
  const shared = sharedEnding(name, actual);
  if (shared > 0 && met && !/^[已未不尚均]/.test(actual))
    return `${name.slice(0, name.length - shared)}已${actual}`;
  // `困难群众基本生活` + `基本生活得到有效保障`: the actual opens with the name's last words.
  const overlap = openingOverlap(name, actual);
  if (overlap > 0) return `${name}${actual.slice(overlap)}`;
  if (/^\d/.test(actual) && /(率|比例|比重|占比|满意度)$/.test(name))
    // `…及时率为100%，达到年度指标值` rather than 达到 twice when the actual is the target itself.
    return `${name}${met && !equal ? '达到' : '为'}${actual}`;
  // `资金拨付完成时间为2022年11月15日`, not the two glued together.
  if (/^\d/.test(actual) && /(时间|日期|时限)$/.test(name)) return `${name}为${actual}`;
  return `${name}${actual}`;
}

/** Length of the words (two or more CJK characters) a name ends with and the actual opens with. */
function openingOverlap(name: string, actual: string): number {
  for (let n = Math.min(name.length - 1, actual.length - 1); n >= 2; n--) {
    const head = actual.slice(0, n);
    if (/^[\u4e00-\u9fff]+$/.test(head) && name.endsWith(head)) return n;
  }
  return 0;
}

/** Length of the word (two or more CJK characters) a name ends with that the actual also ends with. */
function sharedEnding(name: string, actual: string): number {
  // Only a worded actual repeats a verb of the name; `110人次` after `培训人次` is a quantity.
  if (/\d/.test(actual)) return 0;
  for (let n = Math.min(4, actual.length - 1); n >= 2; n--) {
    const end = actual.slice(-n);
    if (/^[\u4e00-\u9fff]+$/.test(end) && name.endsWith(end) && name.length > n) return n;
  }
  return 0;
}

/**
 * One indicator in the prose of the analysis (二、（三）2), target → actual, as the seed writes it:
 * `临时性救助人次数3,633人次（年度指标值≥3000人次）`, `…已全面排查，达到年度指标值`,
 * `抽查审计社会组织38家，未达到年度指标值（≥40家）`.
 */
function analysisClause(i: ScoredIndicator, profile: Profile): string {
  const name = bare(i.name);
  const status = statusOf(i);
  const actual = status === 'errorCell' ? '' : proseValue(i.actual);
  if (status === 'errorCell') return `${name}，${result(i)}`;
  if (actual === '') return `${name}实际完成值未填写${status === 'met' ? '' : '，按0分计'}`;
  const said = statement(i, actual);
  if (status === 'stepped')
    return `${said}（年度指标值${bracketTargetOf(i) || '未填写'}），${scoringCause(i, profile)}`;
  if (status !== 'met') return `${said}，${result(i)}`;
  if (actual === proseValue(i.target)) return `${statement(i, actual, true)}，达到年度指标值`;
  return `${said}（年度指标值${bracketTargetOf(i) || '未填写'}）`;
}

/** Indicators grouped by 二级指标 (under their 一级指标), in form order. */
function groupByLevel2(
  indicators: readonly ScoredIndicator[],
): { label: string; level1: string; items: ScoredIndicator[] }[] {
  const groups: { label: string; level1: string; items: ScoredIndicator[] }[] = [];
  for (const i of indicators) {
    const label = i.level2.trim() || i.level1.trim() || '其他指标';
    // Rows of one 二级指标 are usually adjacent; when a form splits them, they still go together.
    const same = groups.find((g) => g.label === label && g.level1 === i.level1);
    if (same) same.items.push(i);
    else groups.push({ label, level1: i.level1, items: [i] });
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// 一、自评结论

function scoreParagraph(form: ScoredForm, s: Subject): string {
  const full =
    cmp(form.weightTotal, 100) === 0 ? '' : `（各项分值合计${fmtScore(form.weightTotal)}分）`;
  // SCORING.md §10 executionCaps: a capped total says what it was capped from and why.
  const capped = form.capped
    ? `各项得分合计${fmtScore(form.capped.sum)}分，因预算执行率${fmtPercent(form.capped.rawRate)}低于${fmtPercent(form.capped.below)}，按评分规则总分最高${fmtScore(form.capped.cap)}分，`
    : '';
  return `${s.scored}${capped}绩效自评得分${fmtScore(form.total)}分${full}，自评等级为“${form.grade}”。`;
}

/** The 执行率情况 paragraph: 预算数, 执行数, 执行率 as on the form, and what is unusual about them. */
function executionParagraph(form: ScoredForm, s: Subject, findings: readonly Finding[]): string {
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
function completedBlocks(form: ScoredForm, s: Subject, profile: Profile): ReportBlock[] {
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

function unfinishedBlocks(form: ScoredForm, profile: Profile): ReportBlock[] {
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
function problemItems(
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
function measureItems(
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

// ---------------------------------------------------------------------------------------------
// 二、佐证材料

/** Guidance lines of the parts no form holds (NARRATIVE.md, Completeness). */
const FILL_IN = {
  basicsDepartment: '（请补充：本单位机构设置、人员编制、主要职能及年度主要工作。）',
  basicsProject: '（请补充：项目立项依据、主要内容、资金安排及年度实施情况。）',
  selfEvalWork: '（请补充：自评工作的组织领导、职责分工、自评方式和工作过程。）',
  lastYear: '（请补充：上年度绩效自评发现问题的整改情况、自评结果公开及在预算安排中的应用情况。）',
} as const;

/** A part taken from the 报告素材 sheet as written, or the fill-in for it. */
function materialOr(texts: readonly string[] | undefined, fillIn: string): ReportBlock[] {
  const given = (texts ?? []).filter((t) => t.trim() !== '');
  if (given.length === 0) return [{ kind: 'fillIn', text: fillIn }];
  return given.map((text) => ({ kind: 'paragraph', text }));
}

/** （一）基本情况: for a project form, what the form says of it (主管部门, 实施单位); the rest from 报告素材 or a fill-in. */
function basicsBlocks(form: ScoredForm, s: Subject, materials: ReportMaterials): ReportBlock[] {
  const m = form.model;
  if (m.kind !== 'project') return materialOr(materials.basics, FILL_IN.basicsDepartment);
  const facts: string[] = [];
  if (m.authority?.trim()) facts.push(`主管部门为${bare(m.authority)}`);
  if (m.implementer?.trim()) facts.push(`实施单位为${bare(m.implementer)}`);
  const b = form.budget;
  if (b?.planned != null) facts.push(`${s.year ? `${s.year}度` : ''}预算数${money(b.planned)}`);
  const blocks: ReportBlock[] = [];
  if (facts.length > 0) blocks.push({ kind: 'paragraph', text: `${s.who}${facts.join('，')}。` });
  return [...blocks, ...materialOr(materials.basics, FILL_IN.basicsProject)];
}

function budgetAnalysis(
  b: ScoredBudget | null,
  form: ScoredForm,
  s: Subject,
  findings: readonly Finding[],
): ReportBlock[] {
  if (!b) return [{ kind: 'paragraph', text: '自评表未填列预算执行情况。' }];
  const block = form.model.budget;
  const initial = numberOf(block?.initial?.value);
  const annual = numberOf(block?.budget?.value);
  const figures: string[] = [];
  if (initial !== null && annual !== null && cmp(initial, annual) === 0)
    figures.push(`年初预算数和全年预算数均为${money(annual)}`);
  else {
    if (initial !== null) figures.push(`年初预算数${money(initial)}`);
    if (annual !== null) figures.push(`全年预算数${money(annual)}`);
  }
  if (b.executed !== null) figures.push(`全年执行数${money(b.executed)}`);
  const blocks: ReportBlock[] = [];
  const head =
    figures.length > 0
      ? `${s.who}${s.year ? `${s.year}度` : ''}${figures.join('，')}。`
      : '自评表未在年度资金总额行填列预算数和执行数。';
  const rows: string[] = [];
  for (const r of block?.breakdown ?? []) {
    const parts: string[] = [];
    const ri = numberOf(r.initial?.value);
    const rb = numberOf(r.budget?.value);
    const re = numberOf(r.executed?.value);
    // A breakdown row of zeros (其他资金 0.00) says nothing a reader needs.
    if ([ri, rb, re].every((x) => x === null || x === 0)) continue;
    if (rb !== null) parts.push(`全年预算数${money(rb)}`);
    else if (ri !== null) parts.push(`年初预算数${money(ri)}`);
    if (re !== null) parts.push(`执行数${money(re)}`);
    if (parts.length > 0)
      rows.push(`${bare(r.label.replace(/^其中\s*[：:]?\s*/, ''))}${parts.join('、')}`);
  }
  const breakdown =
    rows.length > 0 ? `${figures.length > 0 ? '其中' : '分项填列'}：${clauses(rows)}` : '';
  let rate: string;
  if (b.rate !== null && b.rawRate !== null) {
    const over = findings.some((f) => f.code === 'execution_over_budget')
      ? `（执行数与预算数之比为${fmtPercent(b.rawRate)}）`
      : '';
    rate = `执行率为${fmtPercent(b.rate)}${over}，预算执行得${fmtScore(b.score)}分（分值${fmtScore(b.weight)}分）。`;
  } else {
    rate = `无法计算执行率，预算执行得${fmtScore(b.score)}分（分值${fmtScore(b.weight)}分）。`;
  }
  blocks.push({ kind: 'paragraph', text: `${head}${breakdown}${rate}` });
  if (b.explanation.trim())
    blocks.push({
      kind: 'paragraph',
      text: `自评表对预算执行情况的说明：${sentence(b.explanation)}`,
    });
  return blocks;
}

/** Which part of 2.绩效目标完成情况分析 a first-level label belongs to. */
function partOf(level1: string): 'output' | 'benefit' | 'satisfaction' | 'other' {
  if (/产出|成本/.test(level1)) return 'output';
  if (/效益|效果/.test(level1)) return 'benefit';
  if (/满意/.test(level1)) return 'satisfaction';
  return 'other';
}

const PARTS: readonly { key: ReturnType<typeof partOf>; heading: string; none: string }[] = [
  { key: 'output', heading: '（1）产出指标完成情况分析', none: '自评表未设置产出指标。' },
  { key: 'benefit', heading: '（2）效益指标完成情况分析', none: '自评表未设置效益指标。' },
  { key: 'satisfaction', heading: '（3）满意度指标完成情况分析', none: '自评表未设置满意度指标。' },
  { key: 'other', heading: '（4）其他指标完成情况分析', none: '' },
];

/**
 * Order of the 二级指标 inside a part, as NARRATIVE.md lists them (产出: 数量/质量/时效/成本; 效益:
 * 社会/经济/生态/可持续影响). Labels that match none keep their form order after these.
 */
const LEVEL2_ORDER: readonly RegExp[] = [
  /数量/,
  /质量/,
  /时效/,
  /成本/,
  /社会/,
  /经济/,
  /生态/,
  /可持续/,
];

function level2Rank(label: string): number {
  const i = LEVEL2_ORDER.findIndex((re) => re.test(label));
  return i < 0 ? LEVEL2_ORDER.length : i;
}

function indicatorAnalysis(form: ScoredForm, profile: Profile): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const part of PARTS) {
    const items = form.indicators.filter((i) => partOf(i.level1) === part.key);
    if (part.key === 'other' && items.length === 0) continue;
    blocks.push({ kind: 'heading', level: 4, text: part.heading });
    if (items.length === 0) {
      blocks.push({ kind: 'paragraph', text: part.none });
      continue;
    }
    // A stable sort: equal ranks keep the order of the form.
    const groups = groupByLevel2(items).sort((x, y) => level2Rank(x.label) - level2Rank(y.label));
    for (const g of groups) {
      const clausesOf = g.items.map((i) => analysisClause(i, profile));
      blocks.push({
        kind: 'paragraph',
        text: `${g.label}方面：${clausesOf.length > 0 ? clauses(clausesOf) : ''}`,
      });
    }
  }
  return blocks;
}

/** 一级/二级 labels of consecutive rows, blank where the row above has the same (the form merges them). */
function levelCells(indicators: readonly ScoredIndicator[]): [string, string][] {
  let l1 = '';
  let l2 = '';
  return indicators.map((i) => {
    const a = i.level1.trim();
    const b = i.level2.trim();
    const out: [string, string] = [a === l1 ? '' : a, a === l1 && b === l2 ? '' : b];
    l1 = a;
    l2 = b;
    return out;
  });
}

/**
 * The columns of a table of indicator rows (评分明细 and the attached form): 一级/二级/三级, target,
 * actual, 分值, 得分 and the explanation column, in widths that keep a score on one line in Word.
 */
function indicatorColumns(
  nameWidth: number,
  reasonHeader: string,
  reasonWidth: number,
): ReportColumn[] {
  return [
    { header: '一级指标', align: 'left', width: 8 },
    { header: '二级指标', align: 'left', width: 10 },
    { header: '三级指标', align: 'left', width: nameWidth },
    { header: '年度指标值', align: 'left', width: 12 },
    { header: '实际完成值', align: 'left', width: 12 },
    { header: '分值', align: 'right', width: 5 },
    { header: '得分', align: 'right', width: 6 },
    { header: reasonHeader, align: 'left', width: reasonWidth },
  ];
}

/**
 * The 评分明细 table: 一级/二级/三级, target, actual, 分值, 得分 and the 偏差原因 (the reason part of
 * the form's text); the budget row first and the 总分 row last. 评分依据 is in the 评分计算 sheet.
 */
function scoreTable(form: ScoredForm): ReportTable {
  const rows: ReportCellValue[][] = [];
  const b = form.budget;
  if (b) {
    const rate = b.rate !== null ? `，执行率${fmtPercent(b.rate)}` : '';
    rows.push([
      '预算执行',
      '',
      '预算执行率',
      b.planned !== null ? `预算数${money(b.planned)}` : '未填写',
      b.executed !== null ? `执行数${money(b.executed)}${rate}` : '未填写',
      b.weight,
      b.score,
      splitExplanation(b.explanation).reason,
    ]);
  }
  const levels = levelCells(form.indicators);
  form.indicators.forEach((i, n) => {
    const [l1, l2] = levels[n] ?? ['', ''];
    const { reason } = splitExplanation(i.explanation);
    const why = reason || (isComplete(i) ? '' : '未说明');
    rows.push([l1, l2, i.name, targetText(i), actualText(i), i.weight ?? '未填写', i.score, why]);
  });
  rows.push(['总分', '', '', '', '', form.weightTotal, form.total, `自评等级：${form.grade}`]);
  return {
    kind: 'table',
    columns: indicatorColumns(20, '偏差原因', 24),
    rows,
    emphasis: [rows.length - 1],
    landscape: true,
  };
}

/** A cell of the attached form: the amount in 万元 as the form writes it, or blank. */
function amount(ref: { readonly value: unknown } | null | undefined): string {
  const x = numberOf(ref?.value as never);
  return x === null ? '' : fmtMoney(x);
}

/** The form itself (附件): its header fields, the budget block, the goal and every indicator row. */
function attachment(form: ScoredForm): ReportBlock {
  const m = form.model;
  const blocks: (Extract<ReportBlock, { kind: 'paragraph' }> | ReportTable)[] = [];
  const fields: string[] = [];
  if (m.kind === 'project' && m.projectName?.trim())
    fields.push(`项目名称：${m.projectName.trim()}`);
  if (m.authority?.trim()) fields.push(`主管部门：${m.authority.trim()}`);
  if (m.implementer?.trim()) fields.push(`实施单位：${m.implementer.trim()}`);
  if (m.kind === 'department' && m.unit?.trim() && fields.length === 0)
    fields.push(`部门（单位）名称：${m.unit.trim()}`);
  if (m.year !== null) fields.push(`年度：${m.year}年度`);
  if (fields.length > 0) blocks.push({ kind: 'paragraph', text: fields.join('    ') });
  const b = form.budget;
  if (b && m.budget) {
    const rows: ReportCellValue[][] = [
      [
        '年度资金总额',
        amount(m.budget.initial),
        amount(m.budget.budget),
        amount(m.budget.executed),
        b.weight,
        b.rate !== null ? fmtPercent(b.rate) : '',
        b.score,
      ],
      ...m.budget.breakdown.map((r): ReportCellValue[] => [
        bare(r.label),
        amount(r.initial),
        amount(r.budget),
        amount(r.executed),
        '',
        '',
        '',
      ]),
    ];
    blocks.push({
      kind: 'table',
      columns: [
        { header: '年度预算执行情况（万元）', align: 'left', width: 20 },
        { header: '年初预算数', align: 'right', width: 12 },
        { header: '全年预算数', align: 'right', width: 12 },
        { header: '全年执行数', align: 'right', width: 12 },
        { header: '分值', align: 'right', width: 6 },
        { header: '执行率', align: 'right', width: 8 },
        { header: '得分', align: 'right', width: 6 },
      ],
      rows,
      landscape: true,
    });
  }
  const goal = m.goal;
  const expected = goal?.expected ? displayText(goal.expected) : '';
  const achieved = goal?.achieved ? displayText(goal.achieved) : '';
  if (expected) blocks.push({ kind: 'paragraph', text: `年度总体目标（预期目标）：${expected}` });
  if (achieved)
    blocks.push({ kind: 'paragraph', text: `年度总体目标（实际完成情况）：${achieved}` });
  const levels = levelCells(form.indicators);
  const rows: ReportCellValue[][] = form.indicators.map((i, n) => [
    ...(levels[n] ?? ['', '']),
    i.name,
    i.target.trim(),
    i.actual.trim(),
    i.weight ?? '',
    i.score,
    i.explanation.trim(),
  ]);
  rows.push(['总分', '', '', '', '', form.weightTotal, form.total, '']);
  blocks.push({
    kind: 'table',
    columns: indicatorColumns(18, '偏差原因分析及改进措施', 30),
    rows,
    emphasis: [rows.length - 1],
    landscape: true,
  });
  return { kind: 'attachment', title: m.title?.trim() || m.sheet, sheet: m.sheet, blocks };
}

// ---------------------------------------------------------------------------------------------

/** What a report is built with besides the form: the rules it was scored by and the 报告素材. */
export interface ReportContext {
  readonly profile?: Profile;
  readonly materials?: ReportMaterials;
}

/** Builds the report of one scored form; `findings` may be the whole workbook's (they are filtered by sheet). */
export function buildReport(
  form: ScoredForm,
  findings: readonly Finding[],
  context: ReportContext = {},
): ReportDocument {
  const profile = context.profile ?? MOF2020;
  const materials = context.materials ?? NO_MATERIALS;
  const own = findings.filter((f) => f.sheet === form.model.sheet);
  const s = subjectOf(form);
  const k = s.kindWord;
  const problems = problemItems(form, own, profile, materials.problems ?? []);
  const measures = measureItems(form, own, materials.measures ?? []);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、自评结论' },
    { kind: 'heading', level: 2, text: `（一）${k}绩效自评得分` },
    { kind: 'paragraph', text: scoreParagraph(form, s) },
    { kind: 'heading', level: 2, text: `（二）${k}绩效目标完成情况` },
    { kind: 'heading', level: 3, text: '1.执行率情况' },
    { kind: 'paragraph', text: executionParagraph(form, s, own) },
    { kind: 'heading', level: 3, text: '2.完成的绩效目标' },
    ...completedBlocks(form, s, profile),
    { kind: 'heading', level: 3, text: '3.未完成的绩效目标' },
    ...unfinishedBlocks(form, profile),
    { kind: 'heading', level: 2, text: '（三）存在的问题和原因' },
    problems.length > 0
      ? { kind: 'list', style: 'dun', items: problems }
      : { kind: 'paragraph', text: '自评表未反映存在的问题。' },
    { kind: 'heading', level: 2, text: '（四）下一步拟改进措施' },
    measures.length > 0
      ? { kind: 'list', style: 'dun', items: measures }
      : { kind: 'paragraph', text: '自评表未反映需要改进的问题。' },
    { kind: 'attachmentRef', text: `附件：${form.model.sheet}`, sheet: form.model.sheet },
    { kind: 'heading', level: 1, text: '二、佐证材料' },
    {
      kind: 'heading',
      level: 2,
      text: s.shortWord === '项目' ? '（一）项目基本情况' : '（一）基本情况',
    },
    ...basicsBlocks(form, s, materials),
    { kind: 'heading', level: 2, text: `（二）${s.shortWord}自评工作开展情况` },
    ...materialOr(materials.selfEvalWork, FILL_IN.selfEvalWork),
    { kind: 'heading', level: 2, text: '（三）绩效目标完成情况分析' },
    { kind: 'heading', level: 3, text: '1.预算执行情况分析' },
    ...budgetAnalysis(form.budget, form, s, own),
    { kind: 'heading', level: 3, text: '2.绩效目标完成情况分析' },
    ...(form.indicators.length > 0
      ? indicatorAnalysis(form, profile)
      : [{ kind: 'paragraph', text: '自评表未填列绩效指标。' } as const]),
    { kind: 'heading', level: 3, text: '3.评分明细' },
    scoreTable(form),
    { kind: 'heading', level: 2, text: `（四）上年度${k}自评结果应用情况` },
    ...materialOr(materials.lastYear, FILL_IN.lastYear),
    attachment(form),
  ];
  return {
    sheet: form.model.sheet,
    kind: form.model.kind,
    projectName: form.model.projectName,
    title: titleOf(form, s),
    blocks: [{ kind: 'title', text: titleOf(form, s) }, ...blocks],
  };
}

/**
 * How many fill-ins the reports of a run leave for a person (待补充 N 处): the parts no form holds
 * that the workbook's 报告素材 sheet does not give either. The CLI summary and the pane show it.
 */
export function reportFillIns(result: ScoreResult, snapshot?: WorkbookSnapshot): number {
  return buildReports(result, snapshot).reduce((n, doc) => n + fillInCount(doc), 0);
}

/**
 * The reports of every form of a scored workbook, in sheet order. With the workbook's snapshot, the
 * parts no form holds come from its 报告素材 sheet when it has one.
 */
export function buildReports(result: ScoreResult, snapshot?: WorkbookSnapshot): ReportDocument[] {
  const materials = snapshot ? readReportMaterials(snapshot) : NO_MATERIALS;
  return result.forms.map((f) =>
    buildReport(f, result.findings, { profile: result.profile, materials }),
  );
}

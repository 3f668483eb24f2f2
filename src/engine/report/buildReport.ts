/**
 * Builds the 自评报告 of a scored form, following the outline of a filed 部门整体绩效自评报告
 * (shared/spec/NARRATIVE.md): 一、自评结论 with its four parts and the 附件 line, then 二、佐证材料 with
 * the budget and indicator analysis and the 评分明细 table.
 *
 * Every sentence is assembled from the form's cells and the engine's own figures (total, rates,
 * points lost); nothing is invented. Where the form holds nothing for a part, one sentence says so.
 */
import { displayText, numberOf } from '../cellReading';
import type { Finding, FindingCode } from '../findings';
import { fmtMoney, fmtPercent, fmtScore } from '../format';
import { cmp, minus, sumExact } from '../decimal';
import type { ScoreResult, ScoredBudget, ScoredForm, ScoredIndicator } from '../scoreTypes';
import { bare, clauses, quotedList, sentence, splitExplanation } from './chinese';
import type { ReportBlock, ReportCellValue, ReportDocument } from './document';
import {
  bracketTargetOf,
  isComplete,
  proseTargetOf,
  proseValue,
  resultPhrase,
  statusOf,
} from './status';

/** The words that change between a department and a project form. */
interface Subject {
  /** `部门整体` or `项目`, as in 部门整体绩效自评得分 / 项目绩效自评得分. */
  readonly kindWord: '部门整体' | '项目';
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
    return { kindWord: '项目', who: project, scored: project, year };
  }
  const unit = m.unit?.trim() || m.implementer?.trim() || m.authority?.trim() || '本部门';
  return { kindWord: '部门整体', who: unit, scored: `${unit}部门整体`, year };
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

/** `城乡低保保障人数，年度指标值应保尽保，实际完成值应保尽保`: one indicator as a clause. */
function indicatorClause(i: ScoredIndicator): string {
  return `${bare(i.name)}，年度指标值${proseTarget(i)}，实际完成值${proseActual(i)}`;
}

/**
 * One indicator in the prose of the analysis, as the seed writes it (`临时性救助人次数3,633人次`),
 * with the target beside it: `…3,633人次（年度指标值≥3000人次）`, `…全面完成，达到年度指标值`,
 * `…38家，未达到年度指标值≥40家`.
 */
function analysisClause(i: ScoredIndicator): string {
  const name = bare(i.name);
  const status = statusOf(i);
  const actual = status === 'errorCell' ? '' : proseValue(i.actual);
  if (status === 'errorCell') return `${name}，${result(i)}`;
  if (actual === '') return `${name}实际完成值未填写${status === 'met' ? '' : '，按0分计'}`;
  if (status !== 'met') return `${name}${actual}，${result(i)}`;
  if (actual === proseValue(i.target)) return `${name}${actual}，达到年度指标值`;
  return `${name}${actual}（年度指标值${bracketTargetOf(i) || '未填写'}）`;
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

function completedBlocks(form: ScoredForm, s: Subject): ReportBlock[] {
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
  if (done.length === 0) {
    blocks.push({ kind: 'paragraph', text: `从绩效指标看，${all.length}项三级指标均未得满分。` });
    return blocks;
  }
  const lead =
    done.length === all.length
      ? `从绩效指标看，${all.length}项三级指标均达到年度指标值，得满分，分二级指标如下：`
      : `从绩效指标看，${all.length}项三级指标中有${done.length}项达到年度指标值，得满分，分二级指标如下：`;
  blocks.push({ kind: 'paragraph', text: lead });
  for (const g of groupByLevel2(done)) {
    blocks.push({
      kind: 'paragraph',
      text: `${g.label}：${clauses(g.items.map(indicatorClause))}`,
    });
  }
  return blocks;
}

/** Points the budget execution lost (0 when it has full marks). */
function budgetLost(b: ScoredBudget | null): number {
  return b ? Math.max(0, minus(b.weight, b.score)) : 0;
}

/** The budget as an item of 3.未完成的绩效目标, when it lost points. */
function budgetShortfallItem(b: ScoredBudget): string {
  const lost = `分值${fmtScore(b.weight)}分，得${fmtScore(b.score)}分，扣${fmtScore(budgetLost(b))}分`;
  if (b.planned === null || b.rawRate === null)
    return `预算执行：自评表未填列可用的预算数，无法计算执行率，${lost}。`;
  return `预算执行：预算数${money(b.planned)}，执行数${money(b.executed ?? 0)}，执行率${fmtPercent(b.rate ?? 0)}，${lost}。`;
}

/** One indicator that lost points, as an item of 3.未完成的绩效目标. */
function shortfallItem(i: ScoredIndicator): string {
  const status = statusOf(i);
  const w = i.weight === null ? '分值未填写' : `分值${fmtScore(i.weight)}分`;
  const values =
    status === 'errorCell'
      ? '自评表相关单元格为错误值'
      : `年度指标值${proseTarget(i)}，实际完成值${proseActual(i)}`;
  const note = status === 'metBelowFull' ? '，达到年度指标值，保留人工评定的得分' : '';
  const minusText = i.weight === null ? '' : `，扣${fmtScore(lostPoints(i))}分`;
  const { reason } = splitExplanation(i.explanation);
  const why = reason ? `偏差原因：${sentence(reason)}` : '自评表未说明偏差原因。';
  return `${bare(i.name)}：${values}${note}，${w}，得${fmtScore(i.score)}分${minusText}。${why}`;
}

function unfinishedBlocks(form: ScoredForm): ReportBlock[] {
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
  const items = [...(b ? [budgetShortfallItem(b)] : []), ...lost.map(shortfallItem)];
  return [
    { kind: 'paragraph', text: lead },
    { kind: 'list', style: 'paren', items },
  ];
}

/** Findings of this form for one code. */
const codes = <K extends FindingCode>(findings: readonly Finding[], code: K): Finding<K>[] =>
  findings.filter((f) => f.code === code) as Finding<K>[];

/** Problems: the reasons people wrote, then what the findings show (NARRATIVE.md （三）). */
function problemItems(form: ScoredForm, findings: readonly Finding[]): string[] {
  const items: string[] = [];
  const lost = form.indicators.filter((i) => !isComplete(i));
  // One item per distinct reason text, naming every indicator it explains.
  const byReason = new Map<string, string[]>();
  const unexplained: string[] = [];
  for (const i of lost) {
    const { reason } = splitExplanation(i.explanation);
    if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), i.name]);
    else unexplained.push(i.name);
  }
  for (const [reason, names] of byReason)
    items.push(`${bare(reason)}（涉及指标：${quotedList(names)}）。`);
  if (unexplained.length > 0)
    items.push(`${quotedList(unexplained)}未得满分，自评表未说明偏差原因。`);
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

/** Measures: what people wrote after 改进措施/拟/下一步, then the standard measure of each finding. */
function measureItems(form: ScoredForm, findings: readonly Finding[]): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    const t = sentence(text);
    if (t && !seen.has(t)) {
      seen.add(t);
      items.push(t);
    }
  };
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

function indicatorAnalysis(form: ScoredForm): ReportBlock[] {
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
      const clausesOf = g.items.map(analysisClause);
      blocks.push({ kind: 'paragraph', text: `${g.label}方面：${clauses(clausesOf)}` });
    }
  }
  return blocks;
}

/** The 评分明细 table: budget row, every indicator, the 总分 row. */
function scoreTable(form: ScoredForm): ReportBlock {
  const rows: ReportCellValue[][] = [];
  const b = form.budget;
  if (b) {
    rows.push([
      '预算执行率',
      b.planned !== null ? `预算数${money(b.planned)}` : '未填写',
      b.executed !== null ? `执行数${money(b.executed)}` : '未填写',
      b.weight,
      b.score,
      b.basis,
    ]);
  }
  for (const i of form.indicators)
    rows.push([i.name, targetText(i), actualText(i), i.weight ?? '未填写', i.score, i.basis]);
  rows.push(['总分', '', '', form.weightTotal, form.total, `自评等级：${form.grade}`]);
  return {
    kind: 'table',
    columns: [
      { header: '指标', align: 'left', width: 22 },
      { header: '年度指标值', align: 'left', width: 13 },
      { header: '实际完成值', align: 'left', width: 13 },
      { header: '分值', align: 'right', width: 6 },
      { header: '得分', align: 'right', width: 6 },
      { header: '评分依据', align: 'left', width: 32 },
    ],
    rows,
    emphasis: [rows.length - 1],
  };
}

// ---------------------------------------------------------------------------------------------

/** Builds the report of one scored form; `findings` may be the whole workbook's (they are filtered by sheet). */
export function buildReport(form: ScoredForm, findings: readonly Finding[]): ReportDocument {
  const own = findings.filter((f) => f.sheet === form.model.sheet);
  const s = subjectOf(form);
  const k = s.kindWord;
  const problems = problemItems(form, own);
  const measures = measureItems(form, own);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、自评结论' },
    { kind: 'heading', level: 2, text: `（一）${k}绩效自评得分` },
    { kind: 'paragraph', text: scoreParagraph(form, s) },
    { kind: 'heading', level: 2, text: `（二）${k}绩效目标完成情况` },
    { kind: 'heading', level: 3, text: '1.执行率情况' },
    { kind: 'paragraph', text: executionParagraph(form, s, own) },
    { kind: 'heading', level: 3, text: '2.完成的绩效目标' },
    ...completedBlocks(form, s),
    { kind: 'heading', level: 3, text: '3.未完成的绩效目标' },
    ...unfinishedBlocks(form),
    { kind: 'heading', level: 2, text: '（三）存在的问题和原因' },
    problems.length > 0
      ? { kind: 'list', style: 'dun', items: problems }
      : { kind: 'paragraph', text: '自评表未反映存在的问题。' },
    { kind: 'heading', level: 2, text: '（四）下一步拟改进措施' },
    measures.length > 0
      ? { kind: 'list', style: 'dun', items: measures }
      : { kind: 'paragraph', text: '自评表未反映需要改进的问题。' },
    { kind: 'paragraph', text: `附件：${form.model.sheet}` },
    { kind: 'heading', level: 1, text: '二、佐证材料' },
    { kind: 'heading', level: 2, text: '（一）绩效目标完成情况分析' },
    { kind: 'heading', level: 3, text: '1.预算执行情况分析' },
    ...budgetAnalysis(form.budget, form, s, own),
    { kind: 'heading', level: 3, text: '2.绩效目标完成情况分析' },
    ...(form.indicators.length > 0
      ? indicatorAnalysis(form)
      : [{ kind: 'paragraph', text: '自评表未填列绩效指标。' } as const]),
    { kind: 'heading', level: 3, text: '3.评分明细' },
    scoreTable(form),
  ];
  return {
    sheet: form.model.sheet,
    kind: form.model.kind,
    projectName: form.model.projectName,
    title: titleOf(form, s),
    blocks: [{ kind: 'title', text: titleOf(form, s) }, ...blocks],
  };
}

/** The reports of every form of a scored workbook, in sheet order. */
export function buildReports(result: ScoreResult): ReportDocument[] {
  return result.forms.map((f) => buildReport(f, result.findings));
}

/**
 * 二、佐证材料 of the 自评报告, the parts told in prose: （一）基本情况 and （二）自评工作开展情况 (from
 * the 报告素材 sheet or a fill-in), and （三）绩效目标完成情况分析 — 1.预算执行情况分析 with the
 * figures of the form's budget block, 2.绩效目标完成情况分析 with every indicator's target → actual
 * by part and 二级指标. The tables of （三）3 and the attached form are in scoreTables.ts; these are
 * the sentences that back the conclusion (conclusion.ts) with the form's own figures.
 */
import { numberOf } from '../read/cellReading';
import type { Finding } from '../findings/codes';
import { fmtPercent, fmtScore } from '../base/format';
import { cmp } from '../base/decimal';
import type { Profile } from '../rules/profiles';
import type { ScoredBudget, ScoredForm, ScoredIndicator } from '../score/scoreTypes';
import { bare, clauses, sentence } from './chinese';
import type { ReportBlock } from './document';
import type { ReportMaterials } from './materials';
import { type Subject, groupByLevel2, money, result, scoringCause } from './phrases';
import { bracketTargetOf, isMet, proseValue, statusOf } from './status';

/** Guidance lines of the parts no form holds (NARRATIVE.md, Completeness). */
export const FILL_IN = {
  basicsDepartment: '（请补充：本单位机构设置、人员编制、主要职能及年度主要工作。）',
  basicsProject: '（请补充：项目立项依据、主要内容、资金安排及年度实施情况。）',
  selfEvalWork: '（请补充：自评工作的组织领导、职责分工、自评方式和工作过程。）',
  lastYear: '（请补充：上年度绩效自评发现问题的整改情况、自评结果公开及在预算安排中的应用情况。）',
} as const;

/** A part taken from the 报告素材 sheet as written, or the fill-in for it. */
export function materialOr(texts: readonly string[] | undefined, fillIn: string): ReportBlock[] {
  const given = (texts ?? []).filter((t) => t.trim() !== '');
  if (given.length === 0) return [{ kind: 'fillIn', text: fillIn }];
  return given.map((text) => ({ kind: 'paragraph', text }));
}

/** （一）基本情况: for a project form, what the form says of it (主管部门, 实施单位); the rest from 报告素材 or a fill-in. */
export function basicsBlocks(
  form: ScoredForm,
  s: Subject,
  materials: ReportMaterials,
): ReportBlock[] {
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

/** 1.预算执行情况分析: the total and breakdown figures of the budget block, the rate and its score. */
export function budgetAnalysis(
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

/** 2.绩效目标完成情况分析: by part (产出, 效益, 满意度, other), one paragraph per 二级指标. */
export function indicatorAnalysis(form: ScoredForm, profile: Profile): ReportBlock[] {
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

/**
 * Builds the 自评报告 of a scored form, following the outline of a filed 部门整体绩效自评报告
 * (shared/spec/NARRATIVE.md): 一、自评结论 with its four parts and the 附件 line, then 二、佐证材料 in the
 * seed's order — （一）基本情况, （二）自评工作开展情况, （三）绩效目标完成情况分析 (budget, indicators,
 * 评分明细), （四）上年度自评结果应用情况 — and the form itself attached (附件).
 *
 * Every sentence is assembled from the form's cells, the 报告素材 sheet and the engine's own figures
 * (total, rates, points lost, the profile's steps); nothing is invented. Where the form holds nothing
 * for a part, one sentence says so; a part no form can hold is a marked fill-in for a person.
 *
 * This file assembles the outline; each part is built in its own file: conclusion.ts (一、自评结论
 * （一）（二）), problemsAndMeasures.ts (（三）（四）), evidence.ts (二、佐证材料 in prose), scoreTables.ts
 * (评分明细 and the 附件), with the phrases they share in phrases.ts.
 */
import type { Finding } from '../findings/codes';
import { MOF2020, type Profile } from '../rules/profiles';
import type { ScoreResult, ScoredForm } from '../score/scoreTypes';
import { findingsOfForm, formLabel } from '../score/formIdentity';
import type { WorkbookSnapshot } from '../base/snapshot';
import { type ReportBlock, type ReportDocument, fillInCount } from './document';
import { type ReportMaterials, NO_MATERIALS, readReportMaterials } from './materials';
import {
  completedBlocks,
  executionParagraph,
  scoreParagraph,
  unfinishedBlocks,
} from './conclusion';
import { measureItems, problemItems } from './problemsAndMeasures';
import { FILL_IN, basicsBlocks, budgetAnalysis, indicatorAnalysis, materialOr } from './evidence';
import { attachment, scoreTable } from './scoreTables';
import { type Subject, subjectOf } from './phrases';

function titleOf(form: ScoredForm, s: Subject): string {
  const year = form.model.year !== null ? `${form.model.year}年度` : '';
  return form.model.kind === 'project'
    ? `${s.who}${year}绩效自评报告`
    : `${s.who}${year}部门整体支出绩效自评报告`;
}

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
  // A sheet may hold several forms and a form several sheets (§11.4, §11.6): its own findings only.
  const own = findingsOfForm(findings, form);
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
    label: formLabel(form),
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

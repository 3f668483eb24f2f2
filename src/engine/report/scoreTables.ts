/**
 * The tables of the 自评报告: the 评分明细 of 二、（三）3 (every indicator with its target, actual,
 * 分值, 得分 and 偏差原因, the budget first and the 总分 last) and the form itself as the 附件 at the
 * end. Both lay out the form's rows in the same columns, which is why they share this file and not
 * the prose of evidence.ts.
 */
import { displayText, numberOf } from '../read/cellReading';
import { fmtMoney, fmtPercent } from '../base/format';
import { PARTIAL_TOTAL, type ScoredForm, type ScoredIndicator } from '../score/scoreTypes';
import { bare, splitExplanation } from './chinese';
import type { ReportBlock, ReportCellValue, ReportColumn, ReportTable } from './document';
import { actualText, money, targetText } from './phrases';
import { isComplete } from './status';

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
export function scoreTable(form: ScoredForm): ReportTable {
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
  rows.push(
    form.grade === null
      ? [PARTIAL_TOTAL, '', '', '', '', form.weightTotal, form.total, '未能完整读取，不评定等级']
      : ['总分', '', '', '', '', form.weightTotal, form.total, `自评等级：${form.grade}`],
  );
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
export function attachment(form: ScoredForm): ReportBlock {
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

/**
 * The readable Chinese summary the CLI prints: per form its sheet, kind, total, grade and execution
 * rate, then the findings as `sheet!cell  [severity] message`.
 */
import {
  placeOf,
  type Finding,
  type ScoreResult,
  SEVERITY_RANK,
  type Severity,
  fmtPercent,
  fmtScore,
} from '../engine';

const KIND_NAMES = { department: '部门整体支出', project: '项目支出' } as const;
const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

function location(f: Finding): string {
  if (f.sheet === null) return '（工作簿）';
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

/** One line per finding, errors first, then by sheet order as found. */
export function findingLines(findings: readonly Finding[]): string[] {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  // The location is printed in front, so the message's own opening `工作表“X”F12单元格：` is dropped.
  return sorted.map((f) => {
    const prefix = `${placeOf(f)}：`;
    const text =
      f.sheet !== null && f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
    return `${location(f)}  [${SEVERITY_NAMES[f.severity]}] ${text}`;
  });
}

/** The whole summary as lines. */
export function summaryLines(file: string, result: ScoreResult): string[] {
  const lines: string[] = [
    `文件：${file}    评分规则：${result.profile.id}（${result.profile.name}）`,
  ];
  for (const form of result.forms) {
    const b = form.budget;
    const rate =
      b && b.rate !== null
        ? `执行率 ${fmtPercent(b.rate)}${b.rawRate !== null && b.rawRate > 1 ? `（实际 ${fmtPercent(b.rawRate)}）` : ''}`
        : '执行率 —';
    lines.push('');
    lines.push(
      `【${form.model.sheet}】${KIND_NAMES[form.model.kind]}绩效自评表${form.model.year ? ` · ${form.model.year}年度` : ''}`,
    );
    lines.push(
      `  总分 ${fmtScore(form.total)} / ${fmtScore(form.weightTotal)}    等级 ${form.grade}    ${rate}    指标 ${form.indicators.length} 项`,
    );
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  lines.push('');
  lines.push(`发现的问题：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
  lines.push(...findingLines(result.findings).map((l) => `  ${l}`));
  return lines;
}

/**
 * The readable Chinese summary the CLI prints: per form its sheet, kind, total, grade and execution
 * rate and a small table of the indicators that lost points (指标 · 分值 · 得分 · 扣分 · 原因), then
 * the findings as `sheet!cell  [severity] message`.
 */
import {
  placeOf,
  findingsOfForm,
  formLabel,
  sharedSheets,
  type Finding,
  type ScoreResult,
  type ScoredForm,
  type Profile,
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

/** Columns a character takes in a terminal: CJK and full-width forms take two. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - widthOf(text))) + text;
}

/** Points lost, exact in hundredths (scores have two decimals). */
function lostOf(weight: number, score: number): number {
  return Math.round((weight - score) * 100) / 100;
}

/**
 * The indicators of a form that lost points (the budget block first), as an aligned table: what a
 * reader asks first is which indicators lost points, and why. Empty when none did.
 */
export function lostPointLines(form: ScoredForm): string[] {
  const rows: string[][] = [];
  const b = form.budget;
  if (b && lostOf(b.weight, b.score) > 0)
    rows.push([
      '预算执行率',
      fmtScore(b.weight),
      fmtScore(b.score),
      fmtScore(lostOf(b.weight, b.score)),
      b.basis,
    ]);
  for (const ind of form.indicators) {
    if (ind.weight === null || lostOf(ind.weight, ind.score) <= 0) continue;
    rows.push([
      ind.name,
      fmtScore(ind.weight),
      fmtScore(ind.score),
      fmtScore(lostOf(ind.weight, ind.score)),
      ind.basis,
    ]);
  }
  if (rows.length === 0) return [];
  const head = ['指标', '分值', '得分', '扣分', '原因'];
  const widths = head.map((h, i) =>
    i === 4 ? 0 : Math.max(widthOf(h), ...rows.map((r) => widthOf(r[i] ?? ''))),
  );
  const line = (r: readonly string[]): string =>
    r
      .map((cell, i) =>
        i === 0 ? padEnd(cell, widths[0] ?? 0) : i === 4 ? cell : padStart(cell, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

/**
 * The profile as the summary names it. The built-in mof2020 is named after the 项目支出 rules it
 * follows; on a workbook of 部门整体 forms only, the label leaves 项目支出 out, so it does not
 * misname the forms scored.
 */
export function ruleLabel(profile: Profile, forms: readonly ScoredForm[]): string {
  const departmentOnly = forms.length > 0 && forms.every((f) => f.model.kind === 'department');
  const name = departmentOnly ? profile.name.replace('项目支出绩效自评', '绩效自评') : profile.name;
  return `${profile.id}（${name}）`;
}

/** How many error lines the headline quotes before it says how many more there are. */
const HEADLINE_ERRORS = 3;

/** A finding's message without its opening place, which the line names in front. */
function bareMessage(f: Finding): string {
  const prefix = `${placeOf(f)}：`;
  return f.sheet !== null && f.message.startsWith(prefix)
    ? f.message.slice(prefix.length)
    : f.message;
}

/**
 * The headline under the file line (SCORING.md §11.2): each form that could not be fully read and
 * why (the header row it saw, the column it could not place), then the first other errors, so that
 * no error waits below a long table. Empty when nothing is wrong, or when there is no form at all
 * (the list of findings is then the whole summary).
 */
export function headlineLines(result: ScoreResult): string[] {
  const lines: string[] = [];
  if (result.forms.length === 0) return lines;
  const shared = sharedSheets(result.forms);
  const unread = result.forms.filter((f) => f.grade === null);
  const quoted = new Set<Finding>();
  for (const form of unread) {
    const why = findingsOfForm(result.findings, form).find((f) => f.code === 'indicators_missing');
    if (why) quoted.add(why);
    const name = shared.has(form.model.sheet) ? formLabel(form, true) : form.model.sheet;
    lines.push(`${name}：${why ? bareMessage(why) : '未能完整读取，不评定等级。'}`);
  }
  const errors = result.findings.filter((f) => f.severity === 'error' && !quoted.has(f));
  if (errors.length > 0) {
    lines.push(`错误 ${errors.length} 项${unread.length > 0 ? '（另）' : ''}：`);
    for (const l of findingLines(errors.slice(0, HEADLINE_ERRORS))) lines.push(`  ${l}`);
    if (errors.length > HEADLINE_ERRORS)
      lines.push(`  ……另有 ${errors.length - HEADLINE_ERRORS} 项错误，见下方“发现的问题”。`);
  }
  return lines;
}

/** The whole summary as lines; `fillIns` counts the 待补充 parts of the reports (Run.fillIns). */
export function summaryLines(file: string, result: ScoreResult, fillIns = 0): string[] {
  const lines: string[] = [`文件：${file}    评分规则：${ruleLabel(result.profile, result.forms)}`];
  // Errors come first, before any total (SCORING.md §11.2; issue 21).
  for (const l of headlineLines(result)) lines.push(l);
  const shared = sharedSheets(result.forms);
  for (const form of result.forms) {
    const b = form.budget;
    const rate =
      b && b.rate !== null
        ? `执行率 ${fmtPercent(b.rate)}${b.rawRate !== null && b.rawRate > 1 ? `（实际 ${fmtPercent(b.rawRate)}）` : ''}`
        : '执行率 —';
    lines.push('');
    // Several forms on one sheet (§11.4): each is named by the row it starts at and its name.
    const where = shared.has(form.model.sheet)
      ? formLabel(form, true).replace(/^[^（]*（(.*)）$/, `${form.model.sheet} · $1`)
      : form.model.sheet;
    lines.push(
      `【${where}】${KIND_NAMES[form.model.kind]}绩效自评表${form.model.year ? ` · ${form.model.year}年度` : ''}${form.model.hidden ? '（隐藏工作表）' : ''}`,
    );
    if (form.grade === null) {
      // A form not fully read (§11.2): its partial score and no grade; why is said in the headline.
      lines.push(
        `  部分得分 ${fmtScore(form.total)} / ${fmtScore(form.weightTotal)}    不评定等级（未能完整读取）    ${rate}    指标 ${form.indicators.length} 项`,
      );
    } else {
      lines.push(
        `  总分 ${fmtScore(form.total)} / ${fmtScore(form.weightTotal)}    等级 ${form.grade}    ${rate}    指标 ${form.indicators.length} 项`,
      );
    }
    const lost = lostPointLines(form);
    if (lost.length > 0) {
      lines.push('');
      lines.push(`  失分指标（${lost.length - 1} 项）：`);
      for (const l of lost) lines.push(`    ${l}`);
    }
  }
  // NARRATIVE.md: the parts of the 自评报告 no form holds are counted in the run summary.
  if (fillIns > 0) {
    lines.push('');
    lines.push(
      `自评报告待补充 ${fillIns} 处：报告中以“（请补充：…）”标出（工作表中黄色底纹，Word 中突出显示），请替换为本单位的情况，或在“报告素材”工作表中填写后重新评分。`,
    );
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  lines.push('');
  lines.push(`发现的问题：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
  for (const l of findingLines(result.findings)) lines.push(`  ${l}`);
  return lines;
}

/**
 * From one scored workbook to the figures a review keeps: what `selfeval <file> --check` computes,
 * reduced to per-form numbers, counts and the findings. Runs inside each worker.
 */
import type { CellValue } from '../base/cells';
import { pointsOf } from '../read/cellReading';
import type { Difference } from '../score/check';
import type { Finding } from '../findings/codes';
import type { ScoreResult, ScoredForm } from '../score/scoreTypes';
import { findingsOfForm, formCellKeys } from '../score/formIdentity';
import type { ReviewOutlier, ReviewProblem, ReviewedFile, ReviewedForm } from './types';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A score under this share of its points is an indicator far under its target. */
const UNDER_SHARE = 0.6;

function problemOf(f: Finding): ReviewProblem {
  return {
    sheet: f.sheet,
    cell: f.cell,
    indicator: f.indicator,
    severity: f.severity,
    code: f.code,
    message: f.message,
  };
}

function outliersOf(form: ScoredForm, findings: readonly Finding[]): ReviewOutlier[] {
  const over = new Set(
    findings.filter((f) => f.code === 'deviation_over_target').map((f) => f.cell ?? f.indicator),
  );
  const out: ReviewOutlier[] = [];
  for (const ind of form.indicators) {
    const isOver = over.has(ind.cell) || over.has(ind.name);
    const isUnder = ind.weight !== null && ind.weight > 0 && ind.score < ind.weight * UNDER_SHARE;
    if (!isOver && !isUnder) continue;
    out.push({
      indicator: ind.name,
      cell: ind.cell,
      target: ind.target,
      actual: ind.actual,
      score: ind.score,
      weight: ind.weight,
      direction: isOver ? 'over' : 'under',
    });
  }
  return out;
}

/**
 * True when the unit scored the form itself: a 得分 cell (budget or indicator) holds a number, or
 * the 总分 holds one other than 0 (a template's SUM over empty 得分 cells gives 0). Blank cells,
 * dashes and other texts are no score.
 */
function selfScored(form: ScoredForm): boolean {
  const holdsPoints = (v: CellValue | undefined): boolean => pointsOf(v) !== null;
  if (form.budget?.cell && holdsPoints(form.budget.previous)) return true;
  if (form.indicators.some((i) => i.cell !== null && holdsPoints(i.previous))) return true;
  const total = pointsOf(form.model.totalCell?.value);
  return total !== null && total !== 0;
}

function reviewedForm(
  form: ScoredForm,
  findings: readonly Finding[],
  differences: readonly Difference[],
  profile: string,
): ReviewedForm {
  const m = form.model;
  const typed = m.totalCell ? pointsOf(m.totalCell.value) : null;
  const counts = { error: 0, warning: 0, info: 0 };
  const codes: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    codes[f.code] = (codes[f.code] ?? 0) + 1;
  }
  const b = form.budget;
  return {
    sheet: m.sheet,
    firstRow: (m.firstRow ?? 0) + 1,
    kind: m.kind,
    unit: m.implementer ?? m.unit,
    project: m.projectName,
    // A 部门整体 form is the department's own: its unit is the 主管部门.
    department: m.authority ?? (m.kind === 'department' ? m.unit : null),
    year: m.year,
    profile,
    total: form.total,
    grade: form.grade,
    selfReportedTotal: typed,
    // A partial score (§11.2) is no total to compare the typed one with.
    difference: typed === null || form.grade === null ? null : round2(form.total - typed),
    scoresDiffering: differences.length,
    selfScored: selfScored(form),
    // Set over the whole review, once every file is in (markDuplicates).
    duplicateOf: null,
    budget: b && { planned: b.planned, executed: b.executed, rate: b.rate, rawRate: b.rawRate },
    findings: counts,
    codes,
    problems: findings.map(problemOf),
    outliers: outliersOf(form, findings),
  };
}

/**
 * The review record of one workbook scored by scoreRun, with checkDifferences of the same result.
 * `file` is the path shown (relative to the folder reviewed).
 */
export function reviewScoredFile(
  file: string,
  result: ScoreResult,
  differences: readonly Difference[],
): ReviewedFile {
  const profile = result.profile.id;
  // Each form's own findings and cells: a sheet may hold several forms (SCORING.md §11.4).
  const forms = result.forms.map((form) => {
    const cells = formCellKeys(form);
    return reviewedForm(
      form,
      findingsOfForm(result.findings, form),
      differences.filter((d) => cells.has(`${d.sheet}!${d.cell}`)),
      profile,
    );
  });
  const problems = result.findings.filter((f) => f.sheet === null).map(problemOf);
  if (forms.length > 0) return { file, status: 'scored', forms, problems };
  return {
    file,
    status: 'no_form',
    message: '工作簿中没有找到绩效自评表',
    forms: [],
    problems,
  };
}

/** The record of a file that could not be reviewed: unreadable, too slow, or its worker crashed. */
export function unreviewedFile(file: string, message: string): ReviewedFile {
  return {
    file,
    status: 'unreadable',
    message,
    forms: [],
    problems: [
      {
        sheet: null,
        cell: null,
        indicator: null,
        severity: 'error',
        code: 'file_unreadable',
        message,
      },
    ],
  };
}

/**
 * Pure aggregation of a review: the per-file records (in sorted file order) → the JSON summary,
 * the statistics of the 统计 sheet (overall and per 主管部门) and the closing line of the CLI.
 */
import { NO_GRADE } from '../score/scoreTypes';
import { codeName } from './codeNames';
import type { ReviewJson, ReviewStatus, ReviewSummary, ReviewedFile, ReviewedForm } from './types';

/** The grades in their order, best first (the official profiles' names). */
export const GRADE_ORDER = ['优', '良', '中', '差'] as const;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The forms a review counts, in file order: every form once, a repeat of an earlier one (重复,
 * markDuplicates) left out. Every total, statistic, chart and 总结报告 is made from these.
 */
export function countedForms(files: readonly ReviewedFile[]): ReviewedForm[] {
  return files.flatMap((f) => f.forms.filter((form) => form.duplicateOf === null));
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : round2(((sorted[mid - 1] ?? 0) + upper) / 2);
}

/** Counts per grade: the four official grades always present, any other grade a profile names after them. */
export function gradeCounts(forms: readonly ReviewedForm[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of GRADE_ORDER) out[g] = 0;
  // A form not fully read has no grade (§11.2): it is counted apart, never as one of the four.
  for (const f of forms) {
    const g = f.grade ?? NO_GRADE;
    out[g] = (out[g] ?? 0) + 1;
  }
  return out;
}

const countStatus = (files: readonly ReviewedFile[], s: ReviewStatus): number =>
  files.filter((f) => f.status === s).length;

/**
 * A form differs when the unit scored it and any of its score cells differs from the computed
 * value. A form left unscored (未自评) differs in every cell, which says nothing: it is counted apart.
 */
export const formDiffers = (f: ReviewedForm): boolean => f.selfScored && f.scoresDiffering > 0;

/** The `summary` object of the JSON. */
export function reviewSummary(files: readonly ReviewedFile[]): ReviewSummary {
  const forms = countedForms(files);
  const listed = files.reduce((n, f) => n + f.forms.length, 0);
  // A partial score (a form not fully read, §11.2) is no total: it stays out of the statistics.
  const totals = forms
    .filter((f) => f.grade !== null)
    .map((f) => f.total)
    .sort((a, b) => a - b);
  const sum = totals.reduce((a, b) => a + b, 0);
  return {
    files: files.length,
    forms: forms.length,
    scored: countStatus(files, 'scored'),
    noForm: countStatus(files, 'no_form'),
    unreadable: countStatus(files, 'unreadable'),
    grades: gradeCounts(forms),
    meanTotal: totals.length === 0 ? null : round2(sum / totals.length),
    medianTotal: median(totals),
    withDifferences: forms.filter(formDiffers).length,
    notSelfScored: forms.filter((f) => !f.selfScored).length,
    duplicates: listed - forms.length,
  };
}

/**
 * The JSON summary (docs/REVIEW.md). `profile` is the id given with --profile, or null when each
 * workbook was scored with its own saved profile.
 */
export function toReviewJson(files: readonly ReviewedFile[], profile: string | null): ReviewJson {
  return {
    profile: profile ?? 'as saved per workbook',
    files: files.map((f) => ({
      file: f.file,
      status: f.status,
      ...(f.message !== undefined ? { message: f.message } : {}),
      // The 问题清单 lists and outliers stay out of the JSON: it carries counts and codes only.
      forms: f.forms.map(({ problems: _p, outliers: _o, ...form }) => form),
    })),
    summary: reviewSummary(files),
  };
}

/** An execution-rate band of the 统计 sheet. */
export interface RateBand {
  readonly label: string;
  readonly count: number;
}

/** Execution rates (capped, as scored) in the four bands REVIEW.md names. */
export function rateBands(forms: readonly ReviewedForm[]): RateBand[] {
  const labels = ['低于60%', '60%–80%', '80%–90%', '90%及以上'];
  const bandOf = (r: number): number => (r < 0.6 ? 0 : r < 0.8 ? 1 : r < 0.9 ? 2 : 3);
  const rates = forms.flatMap((f) => (f.budget?.rate != null ? [f.budget.rate] : []));
  return labels.map((label, i) => ({ label, count: rates.filter((r) => bandOf(r) === i).length }));
}

/** A finding code with how often it occurs and in how many forms. */
export interface CodeCount {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly forms: number;
}

/** The commonest finding codes over the forms, most frequent first (ties: more forms, then code). */
export function commonestCodes(forms: readonly ReviewedForm[], limit = 10): CodeCount[] {
  const count = new Map<string, { count: number; forms: number }>();
  for (const f of forms) {
    for (const [code, n] of Object.entries(f.codes)) {
      const c = count.get(code) ?? { count: 0, forms: 0 };
      c.count += n;
      c.forms++;
      count.set(code, c);
    }
  }
  return [...count.entries()]
    .map(([code, c]) => ({ code, name: codeName(code), ...c }))
    .sort((a, b) => b.count - a.count || b.forms - a.forms || (a.code < b.code ? -1 : 1))
    .slice(0, limit);
}

/** The statistics of a group of forms (all, or one 主管部门's). */
export interface ReviewStats {
  readonly forms: number;
  readonly grades: Record<string, number>;
  readonly meanTotal: number | null;
  readonly medianTotal: number | null;
  readonly minTotal: number | null;
  readonly maxTotal: number | null;
  readonly rateBands: RateBand[];
  readonly commonest: CodeCount[];
  readonly planned: number;
  readonly executed: number;
  /** Σ executed ÷ Σ planned over the forms that have both, or null. */
  readonly overallRate: number | null;
  readonly withDifferences: number;
  readonly notSelfScored: number;
}

/** Statistics of a group of forms (counted ones: see countedForms). */
export function reviewStats(forms: readonly ReviewedForm[]): ReviewStats {
  // A partial score (a form not fully read, §11.2) is no total: it stays out of the statistics.
  const totals = forms
    .filter((f) => f.grade !== null)
    .map((f) => f.total)
    .sort((a, b) => a - b);
  let planned = 0;
  let executed = 0;
  for (const f of forms) {
    const b = f.budget;
    if (b && b.planned !== null && b.executed !== null && b.planned > 0) {
      planned += b.planned;
      executed += b.executed;
    }
  }
  return {
    forms: forms.length,
    grades: gradeCounts(forms),
    meanTotal:
      totals.length === 0 ? null : round2(totals.reduce((a, b) => a + b, 0) / totals.length),
    medianTotal: median(totals),
    minTotal: totals[0] ?? null,
    maxTotal: totals[totals.length - 1] ?? null,
    rateBands: rateBands(forms),
    commonest: commonestCodes(forms),
    planned: round2(planned),
    executed: round2(executed),
    overallRate: planned > 0 ? executed / planned : null,
    withDifferences: forms.filter(formDiffers).length,
    notSelfScored: forms.filter((f) => !f.selfScored).length,
  };
}

/** The label of forms that name no 主管部门. */
export const NO_DEPARTMENT = '（未注明主管部门）';

/** Forms grouped by 主管部门, groups in order of first appearance (file order). */
export function byDepartment(forms: readonly ReviewedForm[]): Map<string, ReviewedForm[]> {
  const out = new Map<string, ReviewedForm[]>();
  for (const f of forms) {
    const key = f.department?.trim() || NO_DEPARTMENT;
    const list = out.get(key) ?? [];
    list.push(f);
    out.set(key, list);
  }
  return out;
}

/**
 * The closing line: `已复核 120 个文件、131 张自评表：优 97，良 28，中 5，差 1；无法读取 2`, with
 * `重复 N（未计入）` when some forms repeat others (the forms counted once each).
 */
export function closingLine(files: readonly ReviewedFile[]): string {
  const s = reviewSummary(files);
  const grades = Object.entries(s.grades)
    .map(([g, n]) => `${g} ${n}`)
    .join('，');
  const tail = [
    s.duplicates > 0 ? `重复 ${s.duplicates}（未计入）` : '',
    s.noForm > 0 ? `未找到自评表 ${s.noForm}` : '',
    `无法读取 ${s.unreadable}`,
  ].filter(Boolean);
  return `已复核 ${s.files} 个文件、${s.forms} 张自评表：${grades}${tail.length ? `；${tail.join('；')}` : ''}`;
}

/** Sorts file records by their path, codepoint order, so output never depends on finishing order. */
export function sortFiles<T extends { readonly file: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

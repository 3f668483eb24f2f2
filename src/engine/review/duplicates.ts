/**
 * The same form filed twice (REVIEW.md, issue 23): two copies of a unit's workbook in the folder, or
 * one form pasted twice. The same kind, unit, project and year is one form: the first met in file
 * order counts, each later one is 重复 — listed with the form it repeats, and left out of every count,
 * the statistics, the charts and the 总结报告, so that a copy never doubles a budget or a grade.
 */
import { squash } from '../base/text';
import { sortFiles } from './summarize';
import type { ReviewForm, ReviewedFile } from './types';

/**
 * What a form reports on: kind, unit, project and year, each without white space and in half-width
 * characters. Null for a form that names neither unit nor project: nothing then says two such forms
 * are the same, and a false repeat would drop a form from the totals.
 */
export function formIdentity(form: ReviewForm): string | null {
  const unit = squash(form.unit ?? '');
  const project = squash(form.project ?? '');
  if (unit === '' && project === '') return null;
  return [form.kind, unit, project, form.year ?? ''].join('\u0001');
}

/** The files with each form that repeats an earlier one (file order, then form order) marked. */
export function markDuplicates(files: readonly ReviewedFile[]): ReviewedFile[] {
  const seen = new Map<string, { file: string; sheet: string; firstRow: number }>();
  return files.map((file) => {
    if (file.forms.length === 0) return file;
    const forms = file.forms.map((form) => {
      const key = formIdentity(form);
      if (key === null) return form;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { file: file.file, sheet: form.sheet, firstRow: form.firstRow });
        return form.duplicateOf === null ? form : { ...form, duplicateOf: null };
      }
      return { ...form, duplicateOf: first };
    });
    return { ...file, forms };
  });
}

/**
 * The records of a review in their final order: sorted by path (whatever order the workers finished
 * in) and the repeats marked. Every door calls this once before it writes anything.
 */
export function finishReview(records: readonly ReviewedFile[]): ReviewedFile[] {
  return markDuplicates(sortFiles(records));
}

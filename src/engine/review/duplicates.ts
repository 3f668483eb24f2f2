/**
 * The same form filed twice (REVIEW.md, issue 23): two copies of a unit's workbook in the folder, or
 * one form pasted twice. The same kind, unit, project and year is one form: one of them counts (the
 * first read in full, in file order), each other one is 重复 — listed with the form that counts, and
 * left out of every count, the statistics, the charts and the 总结报告, so that a copy never doubles
 * a budget or a grade.
 */
import { squash } from '../base/text';
import { sortFiles } from './summarize';
import type { ReviewForm, ReviewFormRef, ReviewedFile } from './types';

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

/**
 * The files with each form that repeats another marked. Of the forms of one identity the first read
 * in full (with a grade) counts, in file order then form order; the first of all when none was: a
 * copy whose indicators could not be read never stands in for one that was.
 */
export function markDuplicates(files: readonly ReviewedFile[]): ReviewedFile[] {
  const counted = new Map<string, ReviewFormRef & { readonly graded: boolean }>();
  for (const file of files) {
    for (const form of file.forms) {
      const key = formIdentity(form);
      if (key === null) continue;
      const first = counted.get(key);
      if (!first || (!first.graded && form.grade !== null))
        counted.set(key, {
          file: file.file,
          sheet: form.sheet,
          firstRow: form.firstRow,
          graded: form.grade !== null,
        });
    }
  }
  return files.map((file) => {
    if (file.forms.length === 0) return file;
    const forms = file.forms.map((form) => {
      const key = formIdentity(form);
      const keep = key === null ? undefined : counted.get(key);
      const isKept =
        !keep ||
        (keep.file === file.file && keep.sheet === form.sheet && keep.firstRow === form.firstRow);
      const duplicateOf = isKept
        ? null
        : { file: keep.file, sheet: keep.sheet, firstRow: keep.firstRow };
      return form.duplicateOf === null && duplicateOf === null ? form : { ...form, duplicateOf };
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

/**
 * The unit's own 总分 against the rules' (VERIFY.md §2, `self_score_inflated`): what a reviewer
 * looks at first. It runs on every form of every run, with or without a re-check, beside check mode
 * (check.ts), which lists every differing cell; this says whether the unit claimed more than the
 * rules give.
 */
import { cmp, minus, round } from '../base/decimal';
import { fmtScore } from '../base/format';
import type { WriteRecord } from '../base/snapshot';
import { type FindingData, finding } from '../findings/codes';
import { pointsOf, typedByPerson } from '../read/cellReading';
import type { FormModel } from '../read/formModel';
import type { Profile } from '../rules/profiles';
import { gradeOf } from './scoreForm';

/** A typed total this far above the computed one is inflated, whatever its grade (VERIFY.md §2). */
export const INFLATION_POINTS = 0.5;

/** Position of a grade in the profile's order, best first; the lowest grade after every named one. */
function gradeRank(profile: Profile, grade: string): number {
  const i = profile.grades.findIndex((g) => g.grade === grade);
  return i >= 0 ? i : profile.grades.length;
}

/**
 * `self_score_inflated` when the 总分 a person typed is at least 0.5 above the computed total, or
 * earns a better grade by the profile than the computed total does. None for a form that was not
 * fully read (its total is a partial score, SCORING.md §11.2), for an empty or unreadable 总分, and
 * for a 总分 selfeval wrote itself on an earlier run (the record says so): that is no self-score.
 */
export function selfScoreInflated(
  form: FormModel,
  computed: { readonly total: number; readonly weightTotal: number; readonly grade: string | null },
  profile: Profile,
  record: WriteRecord | null,
): FindingData<'self_score_inflated'> | null {
  const ref = form.totalCell;
  const sheet = form.totalSheet ?? form.sheet;
  if (!ref || computed.grade === null || !typedByPerson(sheet, ref, record)) return null;
  const raw = pointsOf(ref.value);
  if (raw === null) return null;
  // Rounded like any score (SCORING.md §3): a typed 99.999 is 100.
  const typed = round(raw);
  const difference = minus(typed, computed.total);
  const typedGrade = gradeOf(typed, computed.weightTotal, profile);
  const higherGrade = gradeRank(profile, typedGrade) < gradeRank(profile, computed.grade);
  if (cmp(difference, INFLATION_POINTS) < 0 && !higherGrade) return null;
  return finding('self_score_inflated', sheet, ref.address, null, {
    typed: fmtScore(typed),
    total: fmtScore(computed.total),
    difference: fmtScore(difference),
    typedGrade,
    grade: computed.grade,
  });
}

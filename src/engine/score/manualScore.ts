/**
 * A score already in the form's 得分 cell (SCORING.md §4, §5, §8.10), for indicators and the budget
 * alike: whether a person typed it, whether it exceeds the weight, whether the rule's score replaces
 * it (`score_changed`) and whether a judgement keeps it inside its band.
 */
import { type CellValue, cellText } from '../base/cells';
import { pointsOf, typedByPerson } from '../read/cellReading';
import { round } from '../base/decimal';
import { type FindingData, finding } from '../findings/codes';
import { fmtScore } from '../base/format';
import type { CellRef } from '../read/sheetView';
import type { Profile } from '../rules/profiles';
import type { BandName } from '../base/bands';
import { bandLimits, inBand } from '../rules/judgement';
import type { WriteRecord } from '../base/snapshot';

/** The 得分 cell as found before scoring. */
export interface ScoreCell {
  readonly sheet: string;
  readonly ref: CellRef | null;
  /** The value that was there. */
  readonly previous: CellValue;
  /** That value as a number, as written (null: empty or not a number). */
  readonly raw: number | null;
  /** The same rounded like any score: 2 decimals, half-up (SCORING.md §3). */
  readonly rounded: number | null;
  /** True when a person typed it, not selfeval on an earlier run. */
  readonly typed: boolean;
  /** Indicator the cell belongs to, or null for the budget (then `subject` names it). */
  readonly indicator: string | null;
  readonly subject?: string;
}

/** Reads the 得分 cell of an indicator or of the budget. */
export function readScoreCell(
  sheet: string,
  ref: CellRef | null,
  record: WriteRecord | null,
  owner: { readonly indicator: string | null; readonly subject?: string },
): ScoreCell {
  const previous = ref?.value ?? null;
  const raw = ref ? pointsOf(ref.value) : null;
  return {
    sheet,
    ref,
    previous,
    raw,
    rounded: raw === null ? null : round(raw),
    typed: typedByPerson(sheet, ref, record),
    ...owner,
  };
}

const subjectOf = (c: ScoreCell): { subject?: string } =>
  c.subject === undefined ? {} : { subject: c.subject };

/** §5 names "a manual or pre-existing score": any value found above the weight, typed or not. */
export function exceedsWeight(c: ScoreCell, weight: number | null): FindingData[] {
  if (!c.ref || c.raw === null || weight === null || !(c.raw > weight)) return [];
  return [
    finding('score_exceeds_weight', c.sheet, c.ref.address, c.indicator, {
      score: fmtScore(c.raw),
      weight: fmtScore(weight),
      ...subjectOf(c),
    }),
  ];
}

/** A typed score the rule's score replaces: `score_changed`, the old value going to the record. */
export function replacedScore(c: ScoreCell, old: number | null, score: number): FindingData[] {
  if (!c.ref || !c.typed || (old !== null && Math.abs(old - score) <= 1e-9)) return [];
  return [
    finding('score_changed', c.sheet, c.ref.address, c.indicator, {
      old: cellText(c.previous),
      new: fmtScore(score),
      ...subjectOf(c),
    }),
  ];
}

/**
 * A typed score on a judgement case: kept when it lies inside the band the rule found, else the
 * band's default stands and `manual_score_out_of_band` says so.
 */
export function judgedManualScore(
  c: ScoreCell,
  profile: Profile,
  band: BandName,
  w: number,
  score: number,
): { kept: number | null; findings: FindingData[] } {
  if (!c.ref || !c.typed) return { kept: null, findings: [] };
  if (c.rounded !== null && inBand(profile, band, w, c.rounded))
    return { kept: c.rounded, findings: [] };
  const { low, high } = bandLimits(profile, band, w);
  return {
    kept: null,
    findings: [
      finding('manual_score_out_of_band', c.sheet, c.ref.address, c.indicator, {
        manual: cellText(c.previous),
        band,
        low: fmtScore(low),
        high: fmtScore(high),
        score: fmtScore(score),
      }),
    ],
  };
}

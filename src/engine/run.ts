/**
 * One scoring run, the only entry the doors call (the CLI, the task pane, the batch review): which
 * profile applies, the scores and findings, and the patch that writes them. Keeping "take the profile
 * saved in the workbook" here means every door re-scores a workbook with the same rules.
 */
import type { Patch } from './write/patch';
import { MOF2020, PROFILES, type Profile } from './rules/profiles';
import { decodeRecord } from './read/record';
import { reportFillIns } from './report/buildReport';
import { buildRunPatch } from './write/runPatch';
import { scoreWorkbook } from './score/scoreWorkbook';
import type { ScoreResult } from './score/scoreTypes';
import type { WorkbookSnapshot } from './base/snapshot';

/** What a door asks of a run. */
export interface RunOptions {
  /** The profile the person chose; absent means the one saved in the workbook, else mof2020. */
  readonly profile?: Profile | undefined;
  /** Time of the run (ISO 8601), stored in the record the patch writes. */
  readonly now: string;
}

/** Where the run's profile came from: given by the person, saved in the workbook, or the default. */
export type ProfileSource = 'given' | 'record' | 'default';

/** A scored workbook and what writing it back would change. */
export interface Run {
  readonly profile: Profile;
  readonly profileSource: ProfileSource;
  readonly result: ScoreResult;
  /**
   * The writes of 一键评分 / --out. Built on first use: check mode and the pane's first look never
   * write, and the patch costs more than scoring on big forms (npm run bench).
   */
  readonly patch: Patch;
  /**
   * Fill-ins the 自评报告 leaves for a person (待补充 N 处: 基本情况, 自评工作开展情况 … that neither
   * the form nor a 报告素材 sheet holds). Counted on first use.
   */
  readonly fillIns: number;
}

/** The profile a run uses: the given one, else the built-in saved in the workbook's record, else mof2020. */
export function resolveProfile(
  snapshot: WorkbookSnapshot,
  given?: Profile,
): { profile: Profile; source: ProfileSource } {
  if (given) return { profile: given, source: 'given' };
  const saved = snapshot.record?.profile ?? null;
  const fromRecord = saved !== null ? PROFILES[saved] : undefined;
  if (fromRecord) return { profile: fromRecord, source: 'record' };
  return { profile: MOF2020, source: 'default' };
}

/** Scores a workbook snapshot. Never throws on bad data: problems are findings of the result. */
export function scoreRun(snapshot: WorkbookSnapshot, options: RunOptions): Run {
  // Hosts may hand over a snapshot whose record they did not decode; the run decodes it once here.
  const withRecord: WorkbookSnapshot =
    snapshot.record !== null ? snapshot : { ...snapshot, record: decodeRecord(snapshot.sheets) };
  const { profile, source } = resolveProfile(withRecord, options.profile);
  const result = scoreWorkbook(withRecord, profile);
  let patch: Patch | undefined;
  let fillIns: number | undefined;
  return {
    profile,
    profileSource: source,
    result,
    get patch(): Patch {
      patch ??= buildRunPatch(result, withRecord, { now: options.now });
      return patch;
    },
    get fillIns(): number {
      fillIns ??= reportFillIns(result, withRecord);
      return fillIns;
    },
  };
}

/**
 * The scorer: the one way the pane reads, scores and writes a workbook (SCORING.md's run as the
 * pane uses it). Two implementations share the sequences below, which are pure engine calls:
 * `inThreadScorer` over any port, in the page's own thread (Excel and WPS, where the workbook is
 * the host's and every read and write is a port call), and browser mode's worker scorer
 * (src/browser/workerFilePort.ts), which runs the same sequences in the Web Worker that holds the
 * workbook, so a 200,000-row form never blocks the tab and scoring can be cancelled.
 */
import {
  type Decision,
  type Difference,
  MOF2020,
  PROFILES,
  type Profile,
  type Run,
  type ScoreResult,
  type WorkbookSnapshot,
  checkDifferences,
  decisionPatch,
  overwrites,
  resolveProfile,
  scoreRun,
} from '../engine';
import type { Overview, PreparedRun, ProfileChoice, ScoreMode, Scorer } from './scorerTypes';
import type { WorkbookPort } from './workbookPort';

// The contract lives in scorerTypes.ts (so that workbookPort.ts need not import this file); its
// names are re-exported so the pane and browser mode keep importing them from here.

export type {
  Decided,
  Overview,
  PreparedRun,
  ProfileChoice,
  ScoreControl,
  ScoreMode,
  ScoreStage,
  Scorer,
  Written,
} from './scorerTypes';

/** Thrown when the person cancelled a run: nothing was written, nothing to report. */
export class ScoreCancelled extends Error {
  constructor() {
    super('已取消评分');
    this.name = 'ScoreCancelled';
  }
}

/** True for a cancelled run (also across chunks, where `instanceof` may not hold). */
export function isScoreCancelled(err: unknown): boolean {
  return err instanceof Error && err.name === 'ScoreCancelled';
}

/** The profile of a choice (an unknown id falls back to the default). */
export function profileOf(choice: ProfileChoice): Profile {
  if (choice.custom && choice.custom.id === choice.id) return choice.custom;
  return PROFILES[choice.id] ?? MOF2020;
}

// The sequences, on a snapshot, shared by both scorers.

/** The rules saved in the workbook win over the pane's last choice (scoreRun's own order). */
export function overviewOf(
  snapshot: WorkbookSnapshot,
  choice: ProfileChoice,
  now: string,
): Overview {
  const saved = resolveProfile(snapshot);
  const fromRecord = saved.source === 'record';
  const profileId = fromRecord ? saved.profile.id : choice.id;
  const result = scoreRun(snapshot, {
    profile: profileOf({ ...choice, id: profileId }),
    now,
  }).result;
  return { result, profileId, fromRecord };
}

/** Scores a snapshot under the choice. */
export function runOf(snapshot: WorkbookSnapshot, choice: ProfileChoice, now: string): Run {
  return scoreRun(snapshot, { profile: profileOf(choice), now });
}

/** What a run shows before writing: differences (仅核查) or the typed cells it would replace. */
export function preparedOf(
  key: number,
  mode: ScoreMode,
  run: Run,
  snapshot: WorkbookSnapshot,
): PreparedRun {
  const result = run.result;
  const none = result.forms.length === 0;
  return {
    key,
    mode,
    result,
    snapshot,
    differences: mode === 'check' && !none ? checkDifferences(result) : null,
    // A person's typed values are never replaced without their say (SCORING.md §4).
    overwrites: mode === 'score' && !none ? overwrites(result, snapshot) : [],
  };
}

/** The decision's patch, scored on the workbook as it is now, and the old value it records. */
export function decisionOf(
  current: WorkbookSnapshot,
  decision: Decision,
  choice: ProfileChoice,
  now: () => string,
): { patch: ReturnType<typeof decisionPatch>['patch']; was: unknown } {
  const scored = runOf(current, choice, now()).result;
  const { patch } = decisionPatch(scored, current, decision, { now: now() });
  const was = scored.forms
    .find((f) => f.model.sheet === decision.sheet)
    ?.indicators.find((i) => i.cell === decision.cell)?.previous;
  return { patch, was };
}

/** The workbook scored again after a decision, with its differences when asked. */
export function rescoredOf(
  result: ScoreResult,
  withDifferences: boolean,
): { result: ScoreResult; differences: readonly Difference[] | null } {
  return { result, differences: withDifferences ? checkDifferences(result) : null };
}

/** Lets the page paint the progress text before the next synchronous step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The scorer inside Excel and WPS: reads through the port, scores in this thread, writes through
 * the port. The port calls are the ones the pane always made (one read per run, one apply per
 * write; a decision reads, applies, reads), so the hosts' round trips do not change.
 */
export function inThreadScorer(port: WorkbookPort): Scorer {
  let last: { key: number; run: Run } | null = null;
  let keys = 0;
  return {
    cancellable: false,
    async overview(choice, now) {
      return overviewOf(await port.read(), choice, now);
    },
    async prepare(mode, choice, now, control = {}) {
      await nextFrame();
      const snapshot = await port.read();
      control.onStage?.('score');
      await nextFrame();
      const run = runOf(snapshot, choice, now);
      const key = ++keys;
      last = { key, run };
      return preparedOf(key, mode, run, snapshot);
    },
    async write(prepared, control = {}) {
      if (!last || last.key !== prepared.key) throw new Error('评分结果已过期，请重新评分');
      control.onStage?.('write');
      const { run } = last;
      const patch = run.patch;
      const applied = await port.apply(patch);
      return {
        cellsWritten: patch.cells.length,
        notes: [...(patch.notes ?? []), ...(applied?.notes ?? [])],
        fillIns: run.fillIns,
      };
    },
    async decide(decision, choice, now, withDifferences) {
      // The workbook as it is now (after 一键评分 wrote it, or a person edited it), so the total
      // and the old value in 评分记录 are the ones in the cells, not those of an earlier read.
      const { patch, was } = decisionOf(await port.read(), decision, choice, now);
      await port.apply(patch);
      const snapshot = await port.read();
      const result = runOf(snapshot, choice, now()).result;
      return { ...rescoredOf(result, withDifferences), snapshot, was };
    },
  };
}

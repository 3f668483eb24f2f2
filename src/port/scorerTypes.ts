/**
 * The scorer's contract: the `Scorer` interface and the data it takes and returns, types only.
 * Both sides of the port need it: workbookPort.ts, because a port may bring its own scorer
 * (browser mode's worker), and scorer.ts, whose in-thread scorer runs over a port. Declared in
 * either of them it made the two import each other; here it depends on the engine alone, so
 * workbookPort.ts → scorerTypes.ts ← scorer.ts → workbookPort.ts has no cycle. scorer.ts
 * re-exports every name, so importers keep taking them from `port/scorer`.
 */
import type {
  Decision,
  Difference,
  Overwrite,
  Profile,
  ScoreResult,
  WorkbookSnapshot,
} from '../engine';

/** The stages of a run the pane shows (阶段: 解析 / 评分 / 写回). */
export type ScoreStage = 'read' | 'score' | 'write';

/** Whether a run writes (一键评分) or only checks (仅核查). */
export type ScoreMode = 'score' | 'check';

/** How a run is followed and stopped. */
export interface ScoreControl {
  readonly onStage?: (stage: ScoreStage) => void;
  /** Aborting rejects the run with ScoreCancelled; only a scorer that says `cancellable` can. */
  readonly signal?: AbortSignal;
}

/** Which rule the pane has chosen: a catalogue id, and the profile a person loaded from a file. */
export interface ProfileChoice {
  readonly id: string;
  readonly custom: Profile | null;
}

/** The pane's first look: the forms found, scored in memory, and the rule to show. */
export interface Overview {
  readonly result: ScoreResult;
  /** The rule the workbook was scored by last when its record says so, else the choice's. */
  readonly profileId: string;
  readonly fromRecord: boolean;
}

/** A scored run waiting to be written (一键评分) or shown (仅核查). */
export interface PreparedRun {
  /** Which prepare call this is; a scorer writes only the run it prepared last. */
  readonly key: number;
  readonly mode: ScoreMode;
  readonly result: ScoreResult;
  /** The workbook as scored (its 报告素材 sheet fills the Word report). */
  readonly snapshot: WorkbookSnapshot;
  /** 仅核查: the cells that differ; null for 一键评分. */
  readonly differences: readonly Difference[] | null;
  /** 一键评分: the cells a person typed that writing would replace; empty for 仅核查. */
  readonly overwrites: readonly Overwrite[];
}

/** What writing a prepared run did. */
export interface Written {
  readonly cellsWritten: number;
  /** The patch's notes, then the port's. */
  readonly notes: readonly string[];
  /** The 待补充 parts of the reports written. */
  readonly fillIns: number;
}

/** A judgement decision written, and the workbook scored again after it. */
export interface Decided {
  readonly result: ScoreResult;
  readonly snapshot: WorkbookSnapshot;
  /** The indicator's previous value as the record had it before the decision. */
  readonly was: unknown;
  /** The cells that differ after the decision, when asked for (the pane is showing 仅核查). */
  readonly differences: readonly Difference[] | null;
}

/** What the pane asks of a workbook. */
export interface Scorer {
  /** True when a run can be stopped midway (the worker); the pane then offers 取消. */
  readonly cancellable: boolean;
  overview(choice: ProfileChoice, now: string): Promise<Overview>;
  prepare(
    mode: ScoreMode,
    choice: ProfileChoice,
    now: string,
    control?: ScoreControl,
  ): Promise<PreparedRun>;
  write(run: PreparedRun, control?: ScoreControl): Promise<Written>;
  decide(
    decision: Decision,
    choice: ProfileChoice,
    now: () => string,
    withDifferences: boolean,
  ): Promise<Decided>;
}

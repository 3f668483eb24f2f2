/**
 * The pane's state: what it renders from (phases, problems, outcomes), where it starts, and the
 * context its actions share. Kept apart from the hook so that the actions (useRunActions.ts,
 * useProfileActions.ts, useWorkbookActions.ts) and the components read the types without
 * importing the hook, and the hook file is only the assembly.
 */
import {
  type Decision,
  MOF2020,
  type Overwrite,
  type Profile,
  type ScoreResult,
  type WorkbookSnapshot,
  type Difference,
} from '../engine';
import { PortError, type PortErrorReason, type WorkbookPort } from '../port/workbookPort';
import type { PreparedRun, ProfileChoice, Scorer } from '../port/scorer';

/** Where the pane is in its life; `confirm` waits for the person to allow replacing typed cells. */
export type PanePhase = 'loading' | 'ready' | 'running' | 'confirm' | 'done';

/** The step a run is at, shown as progress text. */
export type RunStep = 'reading' | 'scoring' | 'writing' | 'checking';

/** What the last finished run did. */
export type RunMode = 'score' | 'check';

/** The step a run's 评分 stage shows, by mode. */
export const STEP_OF: Readonly<Record<RunMode, RunStep>> = { score: 'scoring', check: 'checking' };

/** Which action a failed attempt retries. */
export type RetryAction = 'load' | 'score' | 'check' | 'word' | 'xlsx';

/** A state the user has to act on. */
export type PaneProblem =
  | { readonly kind: 'noForm' }
  | {
      readonly kind: 'port';
      readonly reason: PortErrorReason;
      readonly message: string;
      readonly retry: RetryAction | null;
    };

/** The outcome of a finished run. */
export interface RunOutcome {
  readonly mode: RunMode;
  readonly result: ScoreResult;
  readonly snapshot: WorkbookSnapshot;
  /** 仅核查: the cells that differ; null after 一键评分. */
  readonly differences: readonly Difference[] | null;
  /** 一键评分: number of form cells written. */
  readonly cellsWritten: number;
  /** 一键评分: what the run did that the person should know (a report written beside an edited one). */
  readonly notes: readonly string[];
  /** 一键评分: the cells a person typed that the run replaced (their old values are in 评分记录). */
  readonly overwritten: readonly Overwrite[];
  /** The indicators whose score changed since the results under the previous rule (rule change). */
  readonly ruleChanges: RuleChanges | null;
  /** The judgement case a person decided last, as written. */
  readonly decided: DecidedCase | null;
  /** 一键评分: the 待补充 parts of the reports written (NARRATIVE.md: counted for the person). */
  readonly fillIns: number;
}

/** Scores that moved when the rule changed: old rule → new rule. */
export interface RuleChanges {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly {
    readonly sheet: string;
    readonly cell: string | null;
    readonly name: string;
    readonly before: number;
    readonly after: number;
  }[];
}

/** A decision that was written: which indicator, the band and score, the old value. */
export interface DecidedCase {
  readonly sheet: string;
  readonly cell: string;
  readonly name: string;
  readonly band: Decision['band'];
  readonly score: number;
  readonly old: number | string | null;
}

/** 一键评分 waiting for the person: these typed cells would be replaced. */
export interface PendingWrite {
  readonly run: PreparedRun;
  readonly snapshot: WorkbookSnapshot;
  readonly overwrites: readonly Overwrite[];
}

/** The rule just chosen after results under another rule: they were cleared, re-scoring compares. */
export interface RuleChange {
  readonly from: string;
  readonly to: string;
  /** The results under the old rule, compared after re-scoring. */
  readonly before: ScoreResult;
}

/** Everything the pane renders from. */
export interface PaneState {
  readonly phase: PanePhase;
  readonly profileId: string;
  /** True when the profile was taken from the workbook's record of its last scoring. */
  readonly profileFromRecord: boolean;
  /** A profile the person loaded from a JSON file (SCORING.md §7), selectable beside the catalogue. */
  readonly customProfile: Profile | null;
  /** Why the last profile file could not be used: the key path and what was expected, in Chinese. */
  readonly profileError: string | null;
  /** The forms found when the workbook was read (scored in memory, nothing written). */
  readonly overview: ScoreResult | null;
  readonly step: RunStep | null;
  /** The run under way (phase `running`), for its stages and 取消. */
  readonly runMode: RunMode | null;
  /** True when the running run can still be cancelled (the scorer can, and it has not begun writing). */
  readonly cancellable: boolean;
  readonly outcome: RunOutcome | null;
  readonly problem: PaneProblem | null;
  /** True while the Word report is being built. */
  readonly exporting: boolean;
  /** 一键评分 waiting for a confirmation (phase `confirm`). */
  readonly pending: PendingWrite | null;
  /** The rule was changed after results under another one: say so until re-scored. */
  readonly ruleChange: RuleChange | null;
  /** True while a judgement decision is written. */
  readonly deciding: boolean;
}

/** The pane's actions. */
export interface PaneActions {
  readonly reload: () => Promise<void>;
  readonly score: () => Promise<void>;
  readonly check: () => Promise<void>;
  readonly setProfile: (id: string) => void;
  /** Loads a profile from the text of a JSON file the person chose. */
  readonly loadProfileFile: (fileName: string, text: string) => Promise<void>;
  readonly select: (sheet: string, cell: string | null) => Promise<void>;
  readonly retry: () => Promise<void>;
  readonly dismiss: () => void;
  readonly exportWord: () => Promise<void>;
  readonly downloadXlsx: () => Promise<void>;
  /** Writes the pending 一键评分 after the person confirmed replacing the listed cells. */
  readonly confirmWrite: () => Promise<void>;
  /** Drops the pending 一键评分: nothing is written. */
  readonly cancelWrite: () => void;
  /** Stops a running 一键评分 or 仅核查 before it writes (when the scorer can: browser mode). */
  readonly cancelRun: () => void;
  /** Writes a person's decision of a judgement case; resolves false when it failed (problem shown). */
  readonly decide: (decision: Decision) => Promise<boolean>;
}

/** The Word report renderer, loaded on demand (src/docx). */
export type ReportRenderer = (
  result: ScoreResult,
  options?: { readonly snapshot?: WorkbookSnapshot },
) => Promise<Uint8Array>;

/** Services the pane needs besides the port; injected so tests and hosts can choose. */
export interface PaneServices {
  /** Loads the Word renderer; lazy so docx never weighs on the pane's first load. */
  readonly loadReportRenderer: () => Promise<ReportRenderer>;
  /** Saves bytes as a file. */
  readonly save: (bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'docx') => void;
  /** The time stamped into the record. */
  readonly now: () => string;
}

/** What every action works with: the port, the services, the scorer and the state. */
export interface PaneActionContext {
  readonly port: WorkbookPort;
  readonly services: PaneServices;
  readonly scorer: Scorer;
  /** The state as last rendered: actions read it without being re-created on every change. */
  readonly stateRef: { readonly current: PaneState };
  /** Merges a change into the state. */
  readonly patch: (p: Partial<PaneState>) => void;
  /** The rule chosen now, as the scorer takes it. */
  readonly choice: () => ProfileChoice;
}

/** The state before the workbook is first read. */
export const INITIAL: PaneState = {
  phase: 'loading',
  profileId: MOF2020.id,
  profileFromRecord: false,
  customProfile: null,
  profileError: null,
  overview: null,
  step: null,
  runMode: null,
  cancellable: false,
  outcome: null,
  problem: null,
  exporting: false,
  pending: null,
  ruleChange: null,
  deciding: false,
};

/** The problem a failure becomes, with the action that retries it. */
export function problemOf(err: unknown, retry: RetryAction | null): PaneProblem {
  if (err instanceof PortError)
    return { kind: 'port', reason: err.reason, message: err.message, retry };
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'port', reason: 'unknown', message, retry };
}

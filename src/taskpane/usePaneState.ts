/**
 * The pane's state and actions, apart from its rendering: read the workbook on open, score it
 * (read → score → patch → apply) or only check it, and turn every port failure into a state the
 * pane can explain. The port is the only way out to the workbook.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  MOF2020,
  PROFILES,
  type Profile,
  type ScoreResult,
  type WorkbookSnapshot,
  type Difference,
  checkDifferences,
  resolveProfile,
  scoreRun,
} from '../engine';
import { PortError, type PortErrorReason, type WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';

/** Where the pane is in its life. */
export type PanePhase = 'loading' | 'ready' | 'running' | 'done';

/** The step a run is at, shown as progress text. */
export type RunStep = 'reading' | 'scoring' | 'writing' | 'checking';

/** What the last finished run did. */
export type RunMode = 'score' | 'check';

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
  readonly outcome: RunOutcome | null;
  readonly problem: PaneProblem | null;
  /** True while the Word report is being built. */
  readonly exporting: boolean;
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
}

/** The Word report renderer, loaded on demand (src/docx). */
export type ReportRenderer = (result: ScoreResult) => Promise<Uint8Array>;

/** Services the pane needs besides the port; injected so tests and hosts can choose. */
export interface PaneServices {
  /** Loads the Word renderer; lazy so docx never weighs on the pane's first load. */
  readonly loadReportRenderer: () => Promise<ReportRenderer>;
  /** Saves bytes as a file. */
  readonly save: (bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'docx') => void;
  /** The time stamped into the record. */
  readonly now: () => string;
}

const INITIAL: PaneState = {
  phase: 'loading',
  profileId: MOF2020.id,
  profileFromRecord: false,
  customProfile: null,
  profileError: null,
  overview: null,
  step: null,
  outcome: null,
  problem: null,
  exporting: false,
};

/** Lets React paint the progress text before the next synchronous step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function problemOf(err: unknown, retry: RetryAction | null): PaneProblem {
  if (err instanceof PortError)
    return { kind: 'port', reason: err.reason, message: err.message, retry };
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'port', reason: 'unknown', message, retry };
}

function profileOf(id: string, custom: Profile | null = null): Profile {
  if (custom && custom.id === id) return custom;
  return PROFILES[id] ?? MOF2020;
}

function baseName(label: string): string {
  return label.replace(/\.xlsx$/i, '');
}

/** The pane's state machine over a port. */
export function usePaneState(port: WorkbookPort, services: PaneServices): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  // Actions read the latest state without being re-created on every change.
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  const reload = useCallback(async () => {
    patch({ phase: 'loading', problem: null, outcome: null, step: 'reading' });
    try {
      const snapshot = await port.read();
      // The rules saved in the workbook win over the pane's last choice (scoreRun's own order).
      const saved = resolveProfile(snapshot);
      const fromRecord = saved.source === 'record';
      const profileId = fromRecord ? saved.profile.id : stateRef.current.profileId;
      const overview = scoreRun(snapshot, {
        profile: profileOf(profileId, stateRef.current.customProfile),
        now: services.now(),
      }).result;
      patch({
        phase: 'ready',
        step: null,
        profileId,
        profileFromRecord: fromRecord,
        overview,
        problem: overview.forms.length === 0 ? { kind: 'noForm' } : null,
      });
    } catch (err) {
      patch({ phase: 'ready', step: null, problem: problemOf(err, 'load') });
    }
  }, [port, patch]);

  const run = useCallback(
    async (mode: RunMode) => {
      patch({ phase: 'running', step: 'reading', problem: null });
      try {
        await nextFrame();
        const snapshot = await port.read();
        patch({ step: mode === 'score' ? 'scoring' : 'checking' });
        await nextFrame();
        const scored = scoreRun(snapshot, {
          profile: profileOf(stateRef.current.profileId, stateRef.current.customProfile),
          now: services.now(),
        });
        const result = scored.result;
        if (result.forms.length === 0) {
          patch({
            phase: 'ready',
            step: null,
            overview: result,
            outcome: null,
            problem: { kind: 'noForm' },
          });
          return;
        }
        if (mode === 'check') {
          patch({
            phase: 'done',
            step: null,
            overview: result,
            outcome: {
              mode,
              result,
              snapshot,
              differences: checkDifferences(result),
              cellsWritten: 0,
              notes: [],
            },
          });
          return;
        }
        patch({ step: 'writing' });
        const runPatch = scored.patch;
        const applied = await port.apply(runPatch);
        patch({
          phase: 'done',
          step: null,
          overview: result,
          outcome: {
            mode,
            result,
            snapshot,
            differences: null,
            cellsWritten: runPatch.cells.length,
            notes: [...(runPatch.notes ?? []), ...(applied?.notes ?? [])],
          },
        });
      } catch (err) {
        patch({
          phase: stateRef.current.outcome ? 'done' : 'ready',
          step: null,
          problem: problemOf(err, mode),
        });
      }
    },
    [port, services, patch],
  );

  const score = useCallback(() => run('score'), [run]);
  const check = useCallback(() => run('check'), [run]);

  // Results computed under another rule would now mislead (and 导出Word would export them): they go.
  const setProfile = useCallback(
    (id: string) => {
      const s = stateRef.current;
      if (!PROFILES[id] && s.customProfile?.id !== id) return;
      patch({
        profileId: id,
        profileFromRecord: false,
        outcome: null,
        phase: s.phase === 'done' ? 'ready' : s.phase,
      });
    },
    [patch],
  );

  // The loader (and zod) is a lazy chunk: only a person who loads a file downloads it.
  const loadProfileFile = useCallback(
    async (fileName: string, text: string) => {
      const { ProfileError, profileFileMessage, profileFromText } = await loadChunk(
        () => import('../profiles/load'),
      );
      try {
        const profile = profileFromText(text, PROFILES);
        const s = stateRef.current;
        patch({
          customProfile: profile,
          profileError: null,
          profileId: profile.id,
          profileFromRecord: false,
          outcome: null,
          phase: s.phase === 'done' ? 'ready' : s.phase,
        });
      } catch (err) {
        if (!(err instanceof ProfileError)) throw err;
        patch({ profileError: profileFileMessage(fileName, err.message) });
      }
    },
    [patch],
  );

  const select = useCallback(
    async (sheet: string, cell: string | null) => {
      try {
        await port.select(sheet, cell);
      } catch (err) {
        // A failed navigation keeps the results on screen; it is reported, with nothing to retry.
        patch({ problem: problemOf(err, null) });
      }
    },
    [port, patch],
  );

  const exportWord = useCallback(async () => {
    const outcome = stateRef.current.outcome;
    if (!outcome) return;
    patch({ exporting: true, problem: null });
    try {
      const render = await services.loadReportRenderer();
      const bytes = await render(outcome.result);
      const unit = outcome.result.forms[0]?.model.unit;
      services.save(bytes, `${unit ?? baseName(port.label)}绩效自评报告.docx`, 'docx');
      patch({ exporting: false });
    } catch (err) {
      patch({ exporting: false, problem: problemOf(err, 'word') });
    }
  }, [port, services, patch]);

  const downloadXlsx = useCallback(async () => {
    if (!port.exportXlsx) return;
    try {
      const bytes = await port.exportXlsx();
      services.save(bytes, `${baseName(port.label)}（已评分）.xlsx`, 'xlsx');
    } catch (err) {
      patch({ problem: problemOf(err, 'xlsx') });
    }
  }, [port, services, patch]);

  const retry = useCallback(async () => {
    const p = stateRef.current.problem;
    const action = p?.kind === 'port' ? p.retry : 'load';
    if (action === null) return;
    if (action === 'score') await score();
    else if (action === 'check') await check();
    else if (action === 'word') await exportWord();
    else if (action === 'xlsx') await downloadXlsx();
    else await reload();
  }, [score, check, exportWord, downloadXlsx, reload]);

  const dismiss = useCallback(() => patch({ problem: null }), [patch]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return [
    state,
    {
      reload,
      score,
      check,
      setProfile,
      loadProfileFile,
      select,
      retry,
      dismiss,
      exportWord,
      downloadXlsx,
    },
  ];
}

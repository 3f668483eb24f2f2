/**
 * The pane's state and actions, apart from its rendering: read the workbook on open, score it
 * (read → score → patch → apply) or only check it, and turn every port failure into a state the
 * pane can explain. The port is the only way out to the workbook, and its scorer the only way the
 * engine runs (in the worker in browser mode, in this thread inside Excel and WPS).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type Decision,
  MOF2020,
  type Overwrite,
  PROFILES,
  type Profile,
  type ScoreResult,
  type WorkbookSnapshot,
  type Difference,
} from '../engine';
import { PortError, type PortErrorReason, type WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';
import {
  type PreparedRun,
  type ProfileChoice,
  type ScoreStage,
  inThreadScorer,
  isScoreCancelled,
} from '../port/scorer';

/** Where the pane is in its life; `confirm` waits for the person to allow replacing typed cells. */
export type PanePhase = 'loading' | 'ready' | 'running' | 'confirm' | 'done';

/** The step a run is at, shown as progress text. */
export type RunStep = 'reading' | 'scoring' | 'writing' | 'checking';

/** What the last finished run did. */
export type RunMode = 'score' | 'check';

/** The step a run's 评分 stage shows, by mode. */
const STEP_OF: Readonly<Record<RunMode, RunStep>> = { score: 'scoring', check: 'checking' };

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

const INITIAL: PaneState = {
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

function problemOf(err: unknown, retry: RetryAction | null): PaneProblem {
  if (err instanceof PortError)
    return { kind: 'port', reason: err.reason, message: err.message, retry };
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'port', reason: 'unknown', message, retry };
}

/** The indicators whose score differs between two results, matched by sheet and row. */
function compareResults(before: ScoreResult, after: ScoreResult): RuleChanges['changes'] {
  const out: RuleChanges['changes'][number][] = [];
  for (const form of after.forms) {
    const old = before.forms.find((f) => f.model.sheet === form.model.sheet);
    if (!old) continue;
    const sheet = form.model.sheet;
    if (form.budget && old.budget && Math.abs(form.budget.score - old.budget.score) > 1e-9)
      out.push({
        sheet,
        cell: form.budget.cell,
        name: '预算执行率',
        before: old.budget.score,
        after: form.budget.score,
      });
    for (const ind of form.indicators) {
      const o = old.indicators.find((i) => i.row === ind.row);
      if (o && Math.abs(o.score - ind.score) > 1e-9)
        out.push({ sheet, cell: ind.cell, name: ind.name, before: o.score, after: ind.score });
    }
    if (Math.abs(form.total - old.total) > 1e-9)
      out.push({
        sheet,
        cell: form.model.totalCell?.address ?? null,
        name: '总分',
        before: old.total,
        after: form.total,
      });
  }
  return out;
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
  const scorer = useMemo(() => port.scorer ?? inThreadScorer(port), [port]);
  /** The rule chosen now, as the scorer takes it. */
  const choice = useCallback(
    (): ProfileChoice => ({
      id: stateRef.current.profileId,
      custom: stateRef.current.customProfile,
    }),
    [],
  );
  /** The running 一键评分 or 仅核查, stopped by cancelRun. */
  const runAbort = useRef<AbortController | null>(null);
  const onStage = useCallback(
    (stage: ScoreStage, mode: RunMode) =>
      patch({
        step: stage === 'read' ? 'reading' : stage === 'write' ? 'writing' : STEP_OF[mode],
        ...(stage === 'write' ? { cancellable: false } : {}),
      }),
    [patch],
  );

  const reload = useCallback(async () => {
    patch({ phase: 'loading', problem: null, outcome: null, step: 'reading' });
    try {
      const {
        result: overview,
        profileId,
        fromRecord,
      } = await scorer.overview(choice(), services.now());
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
  }, [scorer, choice, patch]);

  /** The comparison with the results under the previous rule, once re-scored under the new one. */
  const ruleChangesOf = useCallback((result: ScoreResult): RuleChanges | null => {
    const rc = stateRef.current.ruleChange;
    if (!rc) return null;
    return { from: rc.from, to: rc.to, changes: compareResults(rc.before, result) };
  }, []);

  /** Writes a scoring run (after any confirmation); failures become a problem to retry. */
  const write = useCallback(
    async (p: PendingWrite) => {
      patch({
        phase: 'running',
        step: 'writing',
        runMode: 'score',
        cancellable: false,
        pending: null,
      });
      const result = p.run.result;
      const written = await scorer.write(p.run, { onStage: (st) => onStage(st, 'score') });
      patch({
        phase: 'done',
        step: null,
        overview: result,
        outcome: {
          mode: 'score',
          result,
          snapshot: p.snapshot,
          differences: null,
          cellsWritten: written.cellsWritten,
          notes: written.notes,
          overwritten: p.overwrites,
          ruleChanges: ruleChangesOf(result),
          decided: null,
          fillIns: written.fillIns,
        },
        ruleChange: null,
      });
    },
    [scorer, patch, onStage, ruleChangesOf],
  );

  const run = useCallback(
    async (mode: RunMode) => {
      const abort = new AbortController();
      runAbort.current = abort;
      patch({
        phase: 'running',
        step: 'reading',
        runMode: mode,
        cancellable: scorer.cancellable,
        problem: null,
      });
      try {
        const prepared = await scorer.prepare(mode, choice(), services.now(), {
          onStage: (st) => onStage(st, mode),
          signal: abort.signal,
        });
        const { result, snapshot } = prepared;
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
              differences: prepared.differences ?? [],
              cellsWritten: 0,
              notes: [],
              overwritten: [],
              ruleChanges: ruleChangesOf(result),
              decided: null,
              fillIns: 0,
            },
            ruleChange: null,
          });
          return;
        }
        // A person's typed values are never replaced without their say (SCORING.md §4).
        const typed = prepared.overwrites;
        if (typed.length > 0) {
          patch({
            phase: 'confirm',
            step: null,
            overview: result,
            pending: { run: prepared, snapshot, overwrites: typed },
          });
          return;
        }
        await write({ run: prepared, snapshot, overwrites: [] });
      } catch (err) {
        patch({
          phase: stateRef.current.outcome ? 'done' : 'ready',
          step: null,
          // Cancelled: back where the person was, nothing written, nothing to report.
          problem: isScoreCancelled(err) ? null : problemOf(err, mode),
        });
      } finally {
        if (runAbort.current === abort) runAbort.current = null;
        patch({ runMode: null, cancellable: false });
      }
    },
    [scorer, choice, services, patch, onStage, write, ruleChangesOf],
  );

  const cancelRun = useCallback(() => runAbort.current?.abort(), []);

  const confirmWrite = useCallback(async () => {
    const p = stateRef.current.pending;
    if (!p) return;
    try {
      await write(p);
    } catch (err) {
      patch({
        phase: stateRef.current.outcome ? 'done' : 'ready',
        step: null,
        problem: problemOf(err, 'score'),
      });
    }
  }, [write, patch]);

  const cancelWrite = useCallback(() => {
    patch({ pending: null, phase: stateRef.current.outcome ? 'done' : 'ready' });
  }, [patch]);

  // A decision writes a small patch (the score, the total, 评分记录, the record), then the workbook
  // is read and scored again so that every figure on screen is the workbook's own.
  const decide = useCallback(
    async (decision: Decision): Promise<boolean> => {
      const outcome = stateRef.current.outcome;
      if (!outcome) return false;
      const ind = outcome.result.forms
        .find((f) => f.model.sheet === decision.sheet)
        ?.indicators.find((i) => i.cell === decision.cell);
      patch({ deciding: true, problem: null });
      try {
        const { result, snapshot, was, differences } = await scorer.decide(
          decision,
          choice(),
          () => services.now(),
          outcome.mode === 'check',
        );
        const old = was ?? ind?.previous ?? null;
        patch({
          deciding: false,
          overview: result,
          outcome: {
            ...outcome,
            result,
            snapshot,
            differences,
            decided: {
              sheet: decision.sheet,
              cell: decision.cell,
              name: ind?.name ?? decision.cell,
              band: decision.band,
              score: decision.score,
              old: typeof old === 'number' || typeof old === 'string' ? old : null,
            },
          },
        });
        return true;
      } catch (err) {
        patch({ deciding: false, problem: problemOf(err, null) });
        return false;
      }
    },
    [scorer, choice, services, patch],
  );

  const score = useCallback(() => run('score'), [run]);
  const check = useCallback(() => run('check'), [run]);

  // Results computed under another rule would now mislead (and 导出Word would export them): they
  // go, the pane says so, and re-scoring lists what the new rule changed.
  const setProfile = useCallback(
    (id: string) => {
      const s = stateRef.current;
      if (!PROFILES[id] && s.customProfile?.id !== id) return;
      const before = s.outcome?.result ?? s.ruleChange?.before ?? null;
      const from = s.ruleChange?.from ?? s.profileId;
      patch({
        profileId: id,
        profileFromRecord: false,
        outcome: null,
        pending: null,
        ruleChange: before && from !== id ? { from, to: id, before } : null,
        phase: s.phase === 'done' || s.phase === 'confirm' ? 'ready' : s.phase,
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
      // The snapshot's 报告素材 sheet fills the report's 待补充 parts, as in the report sheet.
      const bytes = await render(outcome.result, { snapshot: outcome.snapshot });
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
      confirmWrite,
      cancelWrite,
      cancelRun,
      decide,
    },
  ];
}

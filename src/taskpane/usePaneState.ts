/**
 * The pane's state and actions, apart from its rendering: read the workbook on open, score it
 * (read → score → patch → apply) or only check it, and turn every port failure into a state the
 * pane can explain. The port is the only way out to the workbook, and its scorer the only way the
 * engine runs (in the worker in browser mode, in this thread inside Excel and WPS).
 *
 * This file assembles the hook; the state and its types are in paneState.ts (re-exported here, so
 * components import everything from `./usePaneState`), the actions in useRunActions.ts,
 * useProfileActions.ts and useWorkbookActions.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbookPort } from '../port/workbookPort';
import { type ProfileChoice, inThreadScorer } from '../port/scorer';
import { INITIAL, type PaneActions, type PaneServices, type PaneState } from './paneState';
import { useProfileActions } from './useProfileActions';
import { useRunActions } from './useRunActions';
import { useWorkbookActions } from './useWorkbookActions';

export type {
  DecidedCase,
  PaneActions,
  PanePhase,
  PaneProblem,
  PaneServices,
  PaneState,
  PendingWrite,
  ReportRenderer,
  RetryAction,
  RuleChange,
  RuleChanges,
  RunMode,
  RunOutcome,
  RunStep,
} from './paneState';

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
  const ctx = { port, services, scorer, stateRef, patch, choice };
  const { reload, score, check, confirmWrite, cancelWrite, cancelRun, decide } = useRunActions(ctx);
  const { setProfile, loadProfileFile } = useProfileActions(ctx);
  const { select, exportWord, downloadXlsx } = useWorkbookActions(ctx);

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

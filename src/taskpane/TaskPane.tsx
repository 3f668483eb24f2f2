/**
 * The task pane: the forms found in the workbook, the profile picker, 一键评分 and 仅核查, progress,
 * results per form and the findings. It talks to the workbook only through the port it is given,
 * so the same pane runs in Excel and, over a file, in a plain browser.
 *
 * This file composes the pane from its parts: PaneHeader, FormOverview, ProfileSection (the rule
 * and the run buttons), RunProgress, ProblemBar and ResultsSection; state and actions come from
 * usePaneState.
 */
import { MessageBar, MessageBarBody, Skeleton, SkeletonItem } from '@fluentui/react-components';
import { type ReactElement, useEffect, useId, useMemo } from 'react';
import { MOF2020, PROFILES } from '../engine';
import type { WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';
import { FormOverview } from './FormOverview';
import { OverwriteList } from './OverwriteList';
import { PaneHeader } from './PaneHeader';
import { ProblemBar } from './ProblemBar';
import { ProfileSection } from './ProfileSection';
import { ResultsSection } from './ResultsSection';
import { RunProgress } from './RunProgress';
import { useTaskPaneStyles } from './TaskPane.styles';
import { DOCX_MIME, XLSX_MIME, downloadBytes } from './download';
import { useMessages } from './messagesContext';
import { type PaneServices, usePaneState } from './usePaneState';
import { useUndoNotice } from './useUndoNotice';

/** Props of TaskPane. */
export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** Replaces the default services (lazy src/docx, browser download, clock); tests inject their own. */
  readonly services?: Partial<PaneServices>;
  /** Moves keyboard focus to the pane's title when it appears (browser mode: the button that opened the file is gone). */
  readonly focusOnMount?: boolean;
  /**
   * Excel desktop: what an add-in writes clears Excel's undo history. The pane says so once, the
   * first time it writes, and points to 评分记录. Off in WPS 表格: docs/WPS.md claims no such
   * effect there, so the WPS boot leaves it off (the notice names Excel).
   */
  readonly undoClears?: boolean;
}

/** The default services: the Word renderer from a lazy chunk, downloads through the browser. */
export const defaultPaneServices: PaneServices = {
  loadReportRenderer: async () =>
    (await loadChunk(() => import(/* webpackChunkName: "docx" */ '../docx'))).renderReportDocx,
  save: (bytes, fileName, kind) =>
    downloadBytes(bytes, fileName, kind === 'xlsx' ? XLSX_MIME : DOCX_MIME),
  now: () => new Date().toISOString(),
};

/** The whole task pane over a workbook port. */
export function TaskPane({
  port,
  services,
  focusOnMount = false,
  undoClears = false,
}: TaskPaneProps): ReactElement {
  const s = useTaskPaneStyles();
  // Fluent's Subtitle1 takes no ref: the title is found by its id.
  const titleId = useId();
  useEffect(() => {
    if (focusOnMount) document.getElementById(titleId)?.focus();
  }, [focusOnMount, titleId]);
  const m = useMessages();
  const merged = useMemo<PaneServices>(() => ({ ...defaultPaneServices, ...services }), [services]);
  const [state, actions] = usePaneState(port, merged);
  const { phase, overview, outcome, problem } = state;
  const undoNotice = useUndoNotice(undoClears, outcome);
  const busy = phase === 'running' || phase === 'loading' || state.deciding;
  // The catalogue (SCORING.md §10) and a profile loaded from a file; the source shows on hover.
  const profileChoices = [
    ...Object.values(PROFILES),
    ...(state.customProfile && !PROFILES[state.customProfile.id] ? [state.customProfile] : []),
  ];
  const selectedProfile = profileChoices.find((p) => p.id === state.profileId) ?? MOF2020;
  const profileName = (id: string): string =>
    m.profileNames[id] ?? profileChoices.find((p) => p.id === id)?.name ?? id;
  const canRun = !busy && phase !== 'confirm' && overview !== null && overview.forms.length > 0;

  return (
    <main className={s.root} aria-busy={busy}>
      <PaneHeader titleId={titleId} port={port} />

      {phase === 'loading' && !overview && (
        <Skeleton aria-label={m.steps.reading} className={s.skeleton}>
          <SkeletonItem size={16} />
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      )}

      {overview && overview.forms.length > 0 && <FormOverview overview={overview} />}

      {overview && overview.forms.length > 0 && (
        <ProfileSection
          state={state}
          actions={actions}
          profileChoices={profileChoices}
          selectedProfile={selectedProfile}
          busy={busy}
          canRun={canRun}
        />
      )}

      {state.ruleChange && !outcome && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{m.ruleChanged(profileName(state.ruleChange.to))}</MessageBarBody>
        </MessageBar>
      )}

      {state.pending && (
        <OverwriteList
          overwrites={state.pending.overwrites}
          stage="confirm"
          onSelect={(sh, c) => void actions.select(sh, c)}
          onConfirm={() => void actions.confirmWrite()}
          onCancel={actions.cancelWrite}
        />
      )}

      <RunProgress state={state} actions={actions} />

      {problem && (
        <ProblemBar
          problem={problem}
          portKind={port.kind}
          onRetry={() => void actions.retry()}
          onReload={() => void actions.reload()}
          onDismiss={actions.dismiss}
        />
      )}

      {outcome && (
        <ResultsSection
          outcome={outcome}
          port={port}
          state={state}
          actions={actions}
          undoNotice={undoNotice}
          profileName={profileName}
        />
      )}
    </main>
  );
}

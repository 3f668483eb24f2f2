/**
 * The task pane: the forms found in the workbook, the profile picker, 一键评分 and 仅核查, progress,
 * results per form and the findings. It talks to the workbook only through the port it is given,
 * so the same pane runs in Excel and, over a file, in a plain browser.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Skeleton,
  SkeletonItem,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  CalculatorRegular,
  DocumentArrowDownRegular,
  TaskListSquareLtrRegular,
} from '@fluentui/react-icons';
import { type ReactElement, useEffect, useId, useMemo, useRef } from 'react';
import { MOF2020, PROFILES, type ScoreResult, fmtScore } from '../engine';
import type { WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';
import { DifferenceList } from './DifferenceList';
import { FindingList } from './FindingList';
import { FormCard } from './FormCard';
import { ProblemBar } from './ProblemBar';
import { useTaskPaneStyles } from './TaskPane.styles';
import { DOCX_MIME, XLSX_MIME, downloadBytes } from './download';
import { useMessages } from './messagesContext';
import { type PaneServices, type RunStep, usePaneState } from './usePaneState';

/** Props of TaskPane. */
export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** Replaces the default services (lazy src/docx, browser download, clock); tests inject their own. */
  readonly services?: Partial<PaneServices>;
  /** Moves keyboard focus to the pane's title when it appears (browser mode: the button that opened the file is gone). */
  readonly focusOnMount?: boolean;
}

const STEP_ORDER: Readonly<Record<RunStep, number>> = {
  reading: 1,
  scoring: 2,
  checking: 2,
  writing: 3,
};

/** The default services: the Word renderer from a lazy chunk, downloads through the browser. */
export const defaultPaneServices: PaneServices = {
  loadReportRenderer: async () =>
    (await loadChunk(() => import(/* webpackChunkName: "docx" */ '../docx'))).renderReportDocx,
  save: (bytes, fileName, kind) =>
    downloadBytes(bytes, fileName, kind === 'xlsx' ? XLSX_MIME : DOCX_MIME),
  now: () => new Date().toISOString(),
};

function FormOverview({ overview }: { readonly overview: ScoreResult }): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  const headingId = useId();
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={s.sectionTitle}>
        {m.formsFound}
      </Subtitle2>
      <ul className={s.formList}>
        {overview.forms.map((f) => (
          <li key={f.model.sheet} className={s.formItem}>
            <Text weight="semibold" className={s.formName} title={f.model.sheet}>
              {f.model.sheet}
            </Text>
            <Badge appearance="tint" color="informative">
              {m.kind[f.model.kind]}
            </Badge>
            <Caption1 className={s.formMeta}>{m.indicatorCount(f.indicators.length)}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The text of a chosen file (FileReader: every host browser and the test DOM have it). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** The whole task pane over a workbook port. */
export function TaskPane({ port, services, focusOnMount = false }: TaskPaneProps): ReactElement {
  const s = useTaskPaneStyles();
  // Fluent's Subtitle1 takes no ref: the title is found by its id.
  const titleId = useId();
  useEffect(() => {
    if (focusOnMount) document.getElementById(titleId)?.focus();
  }, [focusOnMount, titleId]);
  const m = useMessages();
  const merged = useMemo<PaneServices>(() => ({ ...defaultPaneServices, ...services }), [services]);
  const [state, actions] = usePaneState(port, merged);
  const resultsId = useId();
  const { phase, overview, outcome, problem, step } = state;
  const busy = phase === 'running' || phase === 'loading';
  // The catalogue (SCORING.md §10) and a profile loaded from a file; the source shows on hover.
  const profileFileRef = useRef<HTMLInputElement>(null);
  const profileChoices = [
    ...Object.values(PROFILES),
    ...(state.customProfile && !PROFILES[state.customProfile.id] ? [state.customProfile] : []),
  ];
  const selectedProfile = profileChoices.find((p) => p.id === state.profileId) ?? MOF2020;
  const canRun = !busy && overview !== null && overview.forms.length > 0;
  const stepText = step ? m.steps[step] : '';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of outcome?.result.findings ?? []) counts[f.severity]++;
  // One short sentence for screen readers when a run ends, instead of reading out the whole results.
  const announcement =
    phase !== 'done' || !outcome
      ? ''
      : outcome.mode === 'check'
        ? m.announceChecked(outcome.differences?.length ?? 0)
        : m.announceScored(
            outcome.result.forms
              .map((f) => `${f.model.sheet} ${m.total} ${fmtScore(f.total)} ${m.grade} ${f.grade}`)
              .join('；'),
          );

  return (
    <main className={s.root} aria-busy={busy}>
      <header className={s.header}>
        <div className={s.headerIcon} aria-hidden="true">
          <CalculatorRegular />
        </div>
        <div className={s.headerText}>
          <Subtitle1 as="h1" id={titleId} className={s.sectionTitle} tabIndex={-1}>
            {m.appTitle}
          </Subtitle1>
          <Caption1 className={s.workbookLabel} title={port.label}>
            {m.workbook}：{port.label}
          </Caption1>
        </div>
      </header>

      {phase === 'loading' && !overview && (
        <Skeleton aria-label={m.steps.reading} className={s.skeleton}>
          <SkeletonItem size={16} />
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      )}

      {overview && overview.forms.length > 0 && <FormOverview overview={overview} />}

      {overview && overview.forms.length > 0 && (
        <section className={s.section} aria-label={m.profile}>
          <Field label={m.profile} hint={state.profileFromRecord ? m.profileFromRecord : undefined}>
            <Select
              value={state.profileId}
              disabled={busy}
              title={m.profileSource(selectedProfile.source)}
              onChange={(_, d) => actions.setProfile(d.value)}
            >
              {profileChoices.map((p) => (
                <option key={p.id} value={p.id} title={m.profileSource(p.source)}>
                  {m.profileNames[p.id] ?? p.name}
                </option>
              ))}
            </Select>
          </Field>
          <input
            ref={profileFileRef}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={m.profileFromFile}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void readText(file).then((t) => actions.loadProfileFile(file.name, t));
            }}
          />
          <Button
            appearance="subtle"
            disabled={busy}
            onClick={() => profileFileRef.current?.click()}
          >
            {m.profileFromFile}
          </Button>
          {state.profileError && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{state.profileError}</MessageBarBody>
            </MessageBar>
          )}
          <div className={s.actions}>
            <Button
              className={s.primaryAction}
              appearance="primary"
              size="large"
              icon={<CalculatorRegular />}
              // Focusable while a run is going, so keyboard and screen-reader users keep their place.
              disabledFocusable={!canRun}
              onClick={() => void actions.score()}
            >
              {m.score}
            </Button>
            <Button
              size="large"
              icon={<TaskListSquareLtrRegular />}
              disabledFocusable={!canRun}
              onClick={() => void actions.check()}
            >
              {m.check}
            </Button>
          </div>
          <Caption1 className={s.hint}>{m.checkHint}</Caption1>
        </section>
      )}

      {/* Progress and outcome are announced politely to screen readers as they change. */}
      <div aria-live="polite" role="status" className={s.progress}>
        {announcement && <span className={s.visuallyHidden}>{announcement}</span>}
        {phase === 'running' && (
          <>
            <div className={s.progressRow}>
              <Spinner size="tiny" aria-hidden="true" />
              <Body1>{stepText}</Body1>
            </div>
            <ProgressBar
              aria-label={m.progressLabel}
              aria-valuetext={stepText}
              value={step ? STEP_ORDER[step] : 0}
              max={3}
              thickness="large"
            />
          </>
        )}
      </div>

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
        <section className={s.results} aria-labelledby={resultsId}>
          <Subtitle2 as="h2" id={resultsId} className={s.sectionTitle}>
            {outcome.mode === 'score' ? m.results : m.checkTitle}
          </Subtitle2>
          {outcome.mode === 'score' && (
            <Caption1 className={s.hint}>{m.scoredNote(outcome.cellsWritten)}</Caption1>
          )}
          {outcome.notes.map((note) => (
            <MessageBar key={note} intent="info" layout="multiline">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          {outcome.result.forms.map((f) => (
            <FormCard key={f.model.sheet} form={f} />
          ))}
          {outcome.mode === 'score' && (
            <div className={s.resultActions}>
              <Button
                icon={state.exporting ? <Spinner size="tiny" /> : <DocumentArrowDownRegular />}
                disabledFocusable={state.exporting}
                onClick={() => void actions.exportWord()}
              >
                {state.exporting ? m.exportingWord : m.exportWord}
              </Button>
              {port.exportXlsx && (
                <Button icon={<ArrowDownloadRegular />} onClick={() => void actions.downloadXlsx()}>
                  {m.downloadXlsx}
                </Button>
              )}
            </div>
          )}
          {outcome.differences && (
            <DifferenceList
              differences={outcome.differences}
              onSelect={(sh, c) => void actions.select(sh, c)}
            />
          )}
          <section className={s.section} aria-label={m.findings}>
            <Subtitle2 as="h3" className={s.sectionTitle}>
              {m.findings}
            </Subtitle2>
            <Caption1 className={s.hint}>
              {m.findingCounts(counts.error, counts.warning, counts.info)}
            </Caption1>
            <FindingList
              findings={outcome.result.findings}
              onSelect={(sh, c) => void actions.select(sh, c)}
            />
          </section>
        </section>
      )}
    </main>
  );
}

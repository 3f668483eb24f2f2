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
  MessageBarTitle,
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
  DismissRegular,
  DocumentArrowDownRegular,
  TaskListSquareLtrRegular,
} from '@fluentui/react-icons';
import { type ReactElement, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  MOF2020,
  PROFILES,
  type ScoreResult,
  type ScoredForm,
  cellText,
  fmtScore,
  isOpenCase,
} from '../engine';
import type { WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';
import { DifferenceList } from './DifferenceList';
import { FindingList } from './FindingList';
import { FormCard } from './FormCard';
import { IndicatorTable } from './IndicatorTable';
import { OverwriteList } from './OverwriteList';
import { RuleChangeList } from './RuleChangeList';
import { ProblemBar } from './ProblemBar';
import { useTaskPaneStyles } from './TaskPane.styles';
import { DOCX_MIME, XLSX_MIME, downloadBytes } from './download';
import { useMessages } from './messagesContext';
import type { Messages } from './i18n';
import { type PaneServices, type RunMode, type RunStep, usePaneState } from './usePaneState';

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

const UNDO_NOTICE_KEY = 'selfeval.undoNoticeShown';

/** True once the undo notice was shown on this machine (storage may be unavailable: then each session). */
function undoNoticeShown(): boolean {
  try {
    return window.localStorage.getItem(UNDO_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberUndoNotice(): void {
  try {
    window.localStorage.setItem(UNDO_NOTICE_KEY, '1');
  } catch {
    // Without storage the notice shows once per session, which is still once per pane.
  }
}

const STEP_ORDER: Readonly<Record<RunStep, number>> = {
  reading: 1,
  scoring: 2,
  checking: 2,
  writing: 3,
};

/** 阶段 n/N and its name: 解析, 评分, 写回 for 一键评分; 解析, 核查 for 仅核查 (it never writes). */
function stageLine(m: Messages, mode: RunMode, step: RunStep): string {
  const names =
    mode === 'check'
      ? [m.stageNames.read, m.stageNames.check]
      : [m.stageNames.read, m.stageNames.score, m.stageNames.write];
  const n = step === 'reading' ? 1 : step === 'writing' ? 3 : 2;
  return m.stage(Math.min(n, names.length), names.length, names[Math.min(n, names.length) - 1]!);
}

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
  const resultsId = useId();
  const { phase, overview, outcome, problem, step } = state;
  // The undo notice shows with the first write of a pane that has not shown it before.
  const [undoNotice, setUndoNotice] = useState<'unseen' | 'showing' | 'seen'>(() =>
    undoClears && !undoNoticeShown() ? 'unseen' : 'seen',
  );
  const wrote = outcome?.mode === 'score' || outcome?.decided != null;
  useEffect(() => {
    if (undoNotice === 'unseen' && wrote) {
      setUndoNotice('showing');
      rememberUndoNotice();
    }
  }, [undoNotice, wrote]);
  const busy = phase === 'running' || phase === 'loading' || state.deciding;
  // The catalogue (SCORING.md §10) and a profile loaded from a file; the source shows on hover.
  const profileFileRef = useRef<HTMLInputElement>(null);
  const profileChoices = [
    ...Object.values(PROFILES),
    ...(state.customProfile && !PROFILES[state.customProfile.id] ? [state.customProfile] : []),
  ];
  const selectedProfile = profileChoices.find((p) => p.id === state.profileId) ?? MOF2020;
  const profileName = (id: string): string =>
    m.profileNames[id] ?? profileChoices.find((p) => p.id === id)?.name ?? id;
  const canRun = !busy && phase !== 'confirm' && overview !== null && overview.forms.length > 0;
  const stepText = step ? m.steps[step] : '';
  const stageText = step && state.runMode ? stageLine(m, state.runMode, step) : '';
  // 仅核查 on a workbook never scored: every form cell is empty, which is one fact, not a list.
  const notScored =
    outcome?.mode === 'check' &&
    (outcome.differences?.length ?? 0) > 0 &&
    (outcome.differences ?? []).every((d) => cellText(d.current).trim() === '');
  // Word and the scored workbook can be exported once the workbook holds scores (this run's or an earlier one's).
  const scored = outcome !== null && (outcome.mode === 'score' || outcome.snapshot.record !== null);
  const openCases = (f: ScoredForm): number =>
    outcome
      ? f.indicators.filter((i) => isOpenCase(i, f.model.sheet, outcome.result.findings)).length
      : 0;
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

      {/* Progress and outcome are announced politely to screen readers as they change. */}
      <div aria-live="polite" role="status" className={s.progress}>
        {announcement && <span className={s.visuallyHidden}>{announcement}</span>}
        {phase === 'running' && (
          <>
            <div className={s.progressRow}>
              <Spinner size="tiny" aria-hidden="true" />
              <Body1>{stepText}</Body1>
            </div>
            {stageText && (
              <div className={s.progressRow}>
                <Caption1 data-testid="run-stage">{stageText}</Caption1>
                {/* Browser mode scores in a worker: a run stops until it begins writing. */}
                {state.cancellable && state.runMode && (
                  <Button
                    size="small"
                    icon={<DismissRegular />}
                    aria-label={m.cancelRunLabel[state.runMode]}
                    onClick={actions.cancelRun}
                  >
                    {m.cancelRun}
                  </Button>
                )}
              </div>
            )}
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
            <Caption1 className={s.hint}>
              {port.kind === 'file'
                ? m.browser.scoredNoteFile
                : m.writtenNote(outcome.cellsWritten)}
            </Caption1>
          )}
          {outcome.mode === 'score' && outcome.fillIns > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.fillIns(outcome.fillIns)}</MessageBarBody>
            </MessageBar>
          )}
          {undoNotice === 'showing' && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{m.overwrite.undo}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.overwritten.length > 0 && (
            <OverwriteList
              overwrites={outcome.overwritten}
              stage="done"
              onSelect={(sh, c) => void actions.select(sh, c)}
            />
          )}
          {outcome.ruleChanges && (
            <RuleChangeList
              changes={outcome.ruleChanges}
              name={profileName}
              onSelect={(sh, c) => void actions.select(sh, c)}
            />
          )}
          {outcome.decided && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {(port.kind === 'file' ? m.decide.writtenFile : m.decide.written)(
                  outcome.decided.name,
                  outcome.decided.band,
                  fmtScore(outcome.decided.score),
                  outcome.decided.cell,
                  typeof outcome.decided.old === 'number'
                    ? fmtScore(outcome.decided.old)
                    : outcome.decided.old === null || cellText(outcome.decided.old).trim() === ''
                      ? m.emptyCell
                      : outcome.decided.old,
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.notes.map((note) => (
            <MessageBar key={note} intent="info" layout="multiline">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          {notScored ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{m.notScored(outcome.differences?.length ?? 0)}</MessageBarTitle>
                <div>{m.notScoredHint}</div>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {outcome.result.forms.map((f) => (
                <FormCard key={f.model.sheet} form={f} />
              ))}
              {outcome.differences && (
                <DifferenceList
                  differences={outcome.differences}
                  onSelect={(sh, c) => void actions.select(sh, c)}
                />
              )}
            </>
          )}
          {scored && (
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
          {!notScored &&
            outcome.result.forms.map((f) => (
              <section key={f.model.sheet} className={s.section} aria-label={m.table.title}>
                <Subtitle2 as="h3" className={s.sectionTitle}>
                  {outcome.result.forms.length > 1
                    ? `${m.table.title}（${f.model.sheet}）`
                    : m.table.title}
                </Subtitle2>
                {openCases(f) > 0 && (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{m.table.openSummary(openCases(f))}</MessageBarBody>
                  </MessageBar>
                )}
                <IndicatorTable
                  // A new result (a decision written, a re-score) starts the table afresh.
                  key={`${f.model.sheet}-${f.total}-${outcome.decided?.cell ?? ''}`}
                  form={f}
                  profile={outcome.result.profile}
                  findings={outcome.result.findings}
                  named={outcome.result.forms.length > 1}
                  deciding={state.deciding}
                  onSelect={(sh, c) => void actions.select(sh, c)}
                  onDecide={actions.decide}
                />
              </section>
            ))}
          <section className={s.section} aria-label={m.findings}>
            <Subtitle2 as="h3" className={s.sectionTitle}>
              {m.findings}
            </Subtitle2>
            <Caption1 className={s.hint}>
              {m.findingCounts(counts.error, counts.warning, counts.info)}
            </Caption1>
            <FindingList
              findings={outcome.result.findings}
              result={outcome.result}
              onSelect={(sh, c) => void actions.select(sh, c)}
            />
          </section>
        </section>
      )}
    </main>
  );
}

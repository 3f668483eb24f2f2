/**
 * The pane's live region: a run's step, its stage (阶段 n/N) with 取消 when the scorer can stop,
 * the progress bar, and the one sentence a screen reader hears when a run ends. Separate from
 * TaskPane.tsx because everything in it is announced as it changes (aria-live).
 */
import { Body1, Button, Caption1, ProgressBar, Spinner } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { fmtScore } from '../engine';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useMessages } from './messagesContext';
import type { Messages } from './i18n';
import type { PaneActions, PaneState, RunMode, RunStep } from './usePaneState';

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

/** Props of RunProgress. */
export interface RunProgressProps {
  readonly state: Pick<PaneState, 'phase' | 'step' | 'runMode' | 'cancellable' | 'outcome'>;
  readonly actions: Pick<PaneActions, 'cancelRun'>;
}

/** Progress while a run goes, and its outcome in one sentence for screen readers. */
export function RunProgress({ state, actions }: RunProgressProps): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  const { phase, outcome, step } = state;
  const stepText = step ? m.steps[step] : '';
  const stageText = step && state.runMode ? stageLine(m, state.runMode, step) : '';
  // One short sentence for screen readers when a run ends, instead of reading out the whole results.
  const announcement =
    phase !== 'done' || !outcome
      ? ''
      : outcome.mode === 'check'
        ? m.announceChecked(outcome.differences?.length ?? 0)
        : m.announceScored(
            outcome.result.forms
              .map((f) =>
                f.grade === null
                  ? `${f.model.sheet} ${m.partialTotal} ${fmtScore(f.total)} ${m.noGrade}`
                  : `${f.model.sheet} ${m.total} ${fmtScore(f.total)} ${m.grade} ${f.grade}`,
              )
              .join('；'),
          );

  // Progress and outcome are announced politely to screen readers as they change.
  return (
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
  );
}

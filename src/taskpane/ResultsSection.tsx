/**
 * A finished run's results: what the run did (cells written, replaced, rule changes, a decision),
 * a card per form (or the one fact that the workbook was never scored), 仅核查's differences, the
 * exports, the indicator table per form and the findings. Separate from TaskPane.tsx because it
 * renders only from the run's outcome; the pane decides when it shows.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import { type ReactElement, useId } from 'react';
import {
  type ScoredForm,
  cellText,
  findingsOfForm,
  fmtScore,
  formKey,
  formLabel,
  isOpenCase,
  sharedSheets,
} from '../engine';
import type { WorkbookPort } from '../port/workbookPort';
import { DifferenceList } from './DifferenceList';
import { FindingList } from './FindingList';
import { FormCard } from './FormCard';
import { IndicatorTable } from './IndicatorTable';
import { OverwriteList } from './OverwriteList';
import { RuleChangeList } from './RuleChangeList';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useMessages } from './messagesContext';
import type { UndoNotice } from './useUndoNotice';
import type { PaneActions, PaneState, RunOutcome } from './usePaneState';

/** Props of ResultsSection. */
export interface ResultsSectionProps {
  readonly outcome: RunOutcome;
  /** The port, for where the workbook is (browser mode says so) and whether it can be downloaded. */
  readonly port: Pick<WorkbookPort, 'kind' | 'exportXlsx'>;
  readonly state: Pick<PaneState, 'exporting' | 'deciding'>;
  readonly actions: Pick<PaneActions, 'select' | 'exportWord' | 'downloadXlsx' | 'decide'>;
  /** Where the undo notice is: shown with the pane's first write (useUndoNotice.ts). */
  readonly undoNotice: UndoNotice;
  /** A rule's name as the pane shows it. */
  readonly profileName: (id: string) => string;
}

/** The results of the last run. */
export function ResultsSection({
  outcome,
  port,
  state,
  actions,
  undoNotice,
  profileName,
}: ResultsSectionProps): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  const resultsId = useId();
  // 仅核查 on a workbook never scored: every form cell is empty, which is one fact, not a list.
  const notScored =
    outcome.mode === 'check' &&
    (outcome.differences?.length ?? 0) > 0 &&
    (outcome.differences ?? []).every((d) => cellText(d.current).trim() === '');
  // Word and the scored workbook can be exported once the workbook holds scores (this run's or an earlier one's).
  const scored = outcome.mode === 'score' || outcome.snapshot.record !== null;
  const openCases = (f: ScoredForm): number =>
    f.indicators.filter((i) => isOpenCase(i, f.model.sheet, outcome.result.findings)).length;
  // Several forms on one sheet (§11.4): each is named by where it starts and by its own name.
  const shared = sharedSheets(outcome.result.forms);
  const nameOf = (f: ScoredForm): string =>
    shared.has(f.model.sheet)
      ? m.formAt(f.model.sheet, (f.model.firstRow ?? 0) + 1, formLabel(f))
      : f.model.sheet;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of outcome.result.findings) counts[f.severity]++;

  return (
    <section className={s.results} aria-labelledby={resultsId}>
      <Subtitle2 as="h2" id={resultsId} className={s.sectionTitle}>
        {outcome.mode === 'score' ? m.results : m.checkTitle}
      </Subtitle2>
      {outcome.mode === 'score' && (
        <Caption1 className={s.hint}>
          {port.kind === 'file' ? m.browser.scoredNoteFile : m.writtenNote(outcome.cellsWritten)}
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
            <FormCard
              key={formKey(f)}
              form={f}
              findings={findingsOfForm(outcome.result.findings, f)}
              title={nameOf(f)}
            />
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
          <section key={formKey(f)} className={s.section} aria-label={m.table.title}>
            <Subtitle2 as="h3" className={s.sectionTitle}>
              {outcome.result.forms.length > 1 ? `${m.table.title}（${nameOf(f)}）` : m.table.title}
            </Subtitle2>
            {openCases(f) > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{m.table.openSummary(openCases(f))}</MessageBarBody>
              </MessageBar>
            )}
            <IndicatorTable
              // A new result (a decision written, a re-score) starts the table afresh.
              key={`${formKey(f)}-${f.total}-${outcome.decided?.cell ?? ''}`}
              form={f}
              profile={outcome.result.profile}
              findings={findingsOfForm(outcome.result.findings, f)}
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
  );
}

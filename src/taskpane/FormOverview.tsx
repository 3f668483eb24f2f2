/**
 * The forms found when the workbook was read: each sheet's name, kind and indicator count. Shown
 * before any run, so the person sees what 一键评分 will score; separate from TaskPane.tsx as a
 * list of its own.
 */
import { Badge, Caption1, Subtitle2, Text } from '@fluentui/react-components';
import { type ReactElement, useId } from 'react';
import { type ScoreResult, formKey, formLabel, sharedSheets } from '../engine';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useMessages } from './messagesContext';

/** Props of FormOverview. */
export interface FormOverviewProps {
  /** The forms found, scored in memory when the workbook was read (nothing written). */
  readonly overview: ScoreResult;
}

/** The list of the forms found. */
export function FormOverview({ overview }: FormOverviewProps): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  const headingId = useId();
  // Several forms on one sheet (§11.4) are told apart by where they start and their own name.
  const shared = sharedSheets(overview.forms);
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={s.sectionTitle}>
        {m.formsFound}
      </Subtitle2>
      <ul className={s.formList}>
        {overview.forms.map((f) => {
          const name = shared.has(f.model.sheet)
            ? m.formAt(f.model.sheet, (f.model.firstRow ?? 0) + 1, formLabel(f))
            : f.model.sheet;
          return (
            <li key={formKey(f)} className={s.formItem}>
              <Text weight="semibold" className={s.formName} title={name}>
                {name}
              </Text>
              <Badge appearance="tint" color="informative">
                {m.kind[f.model.kind]}
              </Badge>
              {/* Not fully read (§11.2): said before any run, so nobody takes its score for a total. */}
              {f.grade === null && (
                <Badge appearance="filled" color="danger">
                  {m.notFullyRead}
                </Badge>
              )}
              <Caption1 className={s.formMeta}>{m.indicatorCount(f.indicators.length)}</Caption1>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

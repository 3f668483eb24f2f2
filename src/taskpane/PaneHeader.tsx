/**
 * The pane's header: the app's icon and title, and the workbook it is open on. Separate from
 * TaskPane.tsx because it never changes with the pane's state; the title's id comes from the
 * pane, which moves focus to it in browser mode.
 */
import { Caption1, Subtitle1 } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { WorkbookPort } from '../port/workbookPort';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useMessages } from './messagesContext';

/** Props of PaneHeader. */
export interface PaneHeaderProps {
  /** The id of the title, which the pane focuses (Fluent's Subtitle1 takes no ref). */
  readonly titleId: string;
  /** The port, for what it calls the workbook (file name, or 当前工作簿). */
  readonly port: Pick<WorkbookPort, 'label'>;
}

/** The title and the workbook's name. */
export function PaneHeader({ titleId, port }: PaneHeaderProps): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  return (
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
  );
}

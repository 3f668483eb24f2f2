/**
 * A state the user must act on, in words they can act on: no form found (what the add-in looks
 * for), a protected sheet (how to unprotect it), the host (Excel, WPS 表格) busy or timed out (retry).
 * The host is named from the port's kind, so a WPS user never reads “Excel”.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissRegular } from '@fluentui/react-icons';
import type { WorkbookPortKind } from '../port/workbookPort';
import type { Messages } from './i18n';
import { useMessages } from './messagesContext';
import type { PaneProblem } from './usePaneState';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  // Long Chinese explanations wrap inside the bar instead of being cut to one line.
  body: { whiteSpace: 'normal', wordBreak: 'break-word' },
  detail: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

/** Props of ProblemBar. */
export interface ProblemBarProps {
  readonly problem: PaneProblem;
  readonly onRetry: () => void;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
  /** Where the workbook is: in browser mode a form is found by opening another file, not by reading again. */
  readonly portKind?: WorkbookPortKind;
}

/** What the user reads about a problem: a title, what to do, and the host's own words when they add something. */
export interface ProblemText {
  readonly title: string;
  readonly body: string;
  /** The port's message, shown under an English body (port messages are Chinese). */
  readonly detail: string | null;
  readonly intent: 'error' | 'warning';
}

/** Title, explanation and intent of a problem. */
export function describeProblem(
  p: PaneProblem,
  m: Messages,
  portKind: WorkbookPortKind = 'excel',
): ProblemText {
  if (p.kind === 'noForm') {
    return {
      title: m.errors.noFormTitle,
      body: portKind === 'file' ? m.errors.noFormBodyFile : m.errors.noFormBody,
      detail: null,
      intent: 'warning',
    };
  }
  const host = m.host[portKind];
  const generic: Readonly<
    Record<string, { title: string; body: string | null; intent: 'error' | 'warning' }>
  > = {
    protected: {
      title: m.errors.protectedTitle,
      body: m.errors.protectedBody(host),
      intent: 'warning',
    },
    busy: { title: m.errors.busyTitle(host), body: m.errors.busyBody(host), intent: 'warning' },
    timeout: {
      title: m.errors.timeoutTitle(host),
      body: m.errors.timeoutBody(host),
      intent: 'warning',
    },
    unreadable: { title: m.errors.unreadableTitle, body: null, intent: 'error' },
  };
  const exporting = p.retry === 'word' || p.retry === 'xlsx';
  const g = generic[p.reason] ?? {
    title: exporting ? m.errors.exportFailed : m.errors.unknownTitle,
    body: null,
    intent: 'error' as const,
  };
  if (m.locale === 'en')
    return {
      title: g.title,
      body: g.body ?? p.message,
      detail: g.body ? p.message : null,
      intent: g.intent,
    };
  // The host's Chinese message names the sheet and usually says what to do; add the generic
  // advice only when it does not (a protected sheet must always say how to unprotect it).
  const says = p.reason === 'protected' ? p.message.includes('撤销') : p.message.trim() !== '';
  const body = says ? p.message : [p.message, g.body].filter((x) => x && x.trim() !== '').join(' ');
  return { title: g.title, body, detail: null, intent: g.intent };
}

/** The problem as an alert with the one action that helps. */
export function ProblemBar({
  problem,
  onRetry,
  onReload,
  onDismiss,
  portKind = 'excel',
}: ProblemBarProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const { title, body, detail, intent } = describeProblem(problem, m, portKind);
  // Without a form, a host (Excel, WPS) reads the workbook again; browser mode opens another file
  // (its own button).
  const action =
    problem.kind === 'noForm' ? (
      portKind !== 'file' ? (
        <Button icon={<ArrowClockwiseRegular />} onClick={onReload}>
          {m.reload}
        </Button>
      ) : null
    ) : problem.retry !== null ? (
      <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
        {m.retry}
      </Button>
    ) : (
      <Button
        appearance="transparent"
        icon={<DismissRegular />}
        aria-label={m.dismiss}
        onClick={onDismiss}
      />
    );
  return (
    <MessageBar intent={intent} layout="multiline" role="alert">
      <MessageBarBody className={s.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
        {detail && <div className={s.detail}>{detail}</div>}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}

/**
 * A state the user must act on, in words they can act on: no form found (what the add-in looks
 * for), a protected sheet (how to unprotect it), Excel busy or timed out (retry).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissRegular } from '@fluentui/react-icons';
import type { Messages } from './i18n';
import { useMessages } from './messagesContext';
import type { PaneProblem } from './usePaneState';

const useStyles = makeStyles({
  // Long Chinese explanations wrap inside the bar instead of being cut to one line.
  body: { whiteSpace: 'normal', wordBreak: 'break-word' },
});

/** Props of ProblemBar. */
export interface ProblemBarProps {
  readonly problem: PaneProblem;
  readonly onRetry: () => void;
  readonly onReload: () => void;
  readonly onDismiss: () => void;
}

/** Title, explanation and intent of a problem. */
export function describeProblem(p: PaneProblem, m: Messages): { title: string; body: string; intent: 'error' | 'warning' } {
  if (p.kind === 'noForm') return { title: m.errors.noFormTitle, body: m.errors.noFormBody, intent: 'warning' };
  switch (p.reason) {
    case 'protected':
      return { title: m.errors.protectedTitle, body: `${p.message} ${m.errors.protectedBody}`, intent: 'warning' };
    case 'busy':
      return { title: m.errors.busyTitle, body: m.errors.busyBody, intent: 'warning' };
    case 'timeout':
      return { title: m.errors.timeoutTitle, body: m.errors.timeoutBody, intent: 'warning' };
    case 'unreadable':
      return { title: m.errors.unreadableTitle, body: p.message, intent: 'error' };
    default:
      return { title: p.retry === 'word' || p.retry === 'xlsx' ? m.errors.exportFailed : m.errors.unknownTitle, body: p.message, intent: 'error' };
  }
}

/** The problem as an alert with the one action that helps. */
export function ProblemBar({ problem, onRetry, onReload, onDismiss }: ProblemBarProps): JSX.Element {
  const m = useMessages();
  const s = useStyles();
  const { title, body, intent } = describeProblem(problem, m);
  const action =
    problem.kind === 'noForm' ? (
      <Button icon={<ArrowClockwiseRegular />} onClick={onReload}>{m.reload}</Button>
    ) : problem.retry !== null ? (
      <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>{m.retry}</Button>
    ) : (
      <Button appearance="transparent" icon={<DismissRegular />} aria-label={m.dismiss} onClick={onDismiss} />
    );
  return (
    <MessageBar intent={intent} layout="multiline" role="alert">
      <MessageBarBody className={s.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>{action}</MessageBarActions>
    </MessageBar>
  );
}

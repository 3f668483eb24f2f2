/**
 * The findings grouped by severity (错误/警告/提示) with counts; each finding shows its message and
 * a button that selects its cell in the workbook.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ErrorCircleFilled,
  InfoFilled,
  LocationRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import { type Finding, type Severity, placeOf } from '../engine';
import { useMessages } from './messagesContext';
import type { ReactElement } from 'react';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
  },
  message: { lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  headerText: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  empty: { color: tokens.colorNeutralForeground3 },
  locate: { minWidth: '0', paddingLeft: '0', color: tokens.colorBrandForegroundLink },
});

/** Props of FindingList. */
export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly onSelect: (sheet: string, cell: string | null) => void;
}

/** The finding text without its opening place (the button beside it names the cell). */
function textOf(f: Finding): string {
  const prefix = `${placeOf(f)}：`;
  return f.sheet !== null && f.message.startsWith(prefix)
    ? f.message.slice(prefix.length)
    : f.message;
}

/** Findings by severity, each group an accordion item headed by its count. */
export function FindingList({ findings, onSelect }: FindingListProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const groups = ORDER.map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  }));
  // Errors and warnings open by default: those are what a reviewer must act on.
  const open = groups
    .filter((g) => g.items.length > 0 && g.severity !== 'info')
    .map((g) => g.severity);
  const icon = {
    error: <ErrorCircleFilled className={s.error} />,
    warning: <WarningFilled className={s.warning} />,
    info: <InfoFilled className={s.info} />,
  };
  const badge = { error: 'danger', warning: 'important', info: 'informative' } as const;
  // Name the sheet on the button only when findings span several sheets; one sheet is obvious.
  const manySheets = new Set(findings.map((f) => f.sheet).filter((x) => x !== null)).size > 1;
  const label = (sheet: string, cell: string | null): string =>
    cell === null ? sheet : manySheets ? `${sheet}!${cell}` : cell;
  return (
    <Accordion multiple collapsible defaultOpenItems={open}>
      {groups.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity} disabled={items.length === 0}>
          <AccordionHeader icon={icon[severity]} expandIconPosition="end">
            <span className={s.headerText}>
              {m.severity[severity]}
              <CounterBadge
                count={items.length}
                showZero
                appearance={items.length === 0 ? 'ghost' : 'filled'}
                color={items.length === 0 ? 'informative' : badge[severity]}
                size="small"
              />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {items.length === 0 ? (
              <Body1 className={s.empty}>{m.noFindings}</Body1>
            ) : (
              <ul className={s.list} aria-label={`${m.severity[severity]} ${items.length}`}>
                {items.map((f, i) => (
                  <li key={`${f.code}-${f.sheet ?? ''}-${f.cell ?? ''}-${i}`} className={s.item}>
                    <Body1 className={s.message}>{textOf(f)}</Body1>
                    {f.sheet !== null &&
                      ((sheet) => (
                        <Button
                          className={s.locate}
                          appearance="transparent"
                          size="small"
                          icon={<LocationRegular />}
                          aria-label={m.goTo(f.cell ? `${sheet}!${f.cell}` : sheet)}
                          onClick={() => onSelect(sheet, f.cell)}
                        >
                          {label(sheet, f.cell)}
                        </Button>
                      ))(f.sheet)}
                  </li>
                ))}
              </ul>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

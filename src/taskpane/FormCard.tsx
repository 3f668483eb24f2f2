/**
 * The result card of one scored form: total, grade badge, execution rate and indicator count. A
 * form that was not fully read (SCORING.md §11.2) leads with why, before any figure, and shows its
 * 部分得分 with no grade; any other error of the form is named on the card too, so that no error
 * waits below a long table.
 */
import {
  Badge,
  Card,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactElement } from 'react';
import { type Finding, type ScoredForm, fmtPercent, fmtScore, placeOf } from '../engine';
import { useMessages } from './messagesContext';

/** Badge colour of a grade: 优 green, 良 blue, 中 amber, 差 red. */
export type GradeColor = 'success' | 'brand' | 'warning' | 'danger' | 'informative';

/** The colour a grade is shown in. */
export function gradeColor(grade: string): GradeColor {
  switch (grade) {
    case '优':
      return 'success';
    case '良':
      return 'brand';
    case '中':
      return 'warning';
    case '差':
      return 'danger';
    default:
      return 'informative';
  }
}

const useStyles = makeStyles({
  card: { minWidth: '0' },
  head: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: '0',
  },
  title: {
    flexGrow: 1,
    minWidth: '0',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  scoreRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  total: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  totalValue: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  grade: {
    minWidth: '44px',
    height: '44px',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: '0',
  },
  factTerm: { color: tokens.colorNeutralForeground3 },
  factValue: { margin: '0', fontVariantNumeric: 'tabular-nums' },
});

/** Props of FormCard. */
export interface FormCardProps {
  readonly form: ScoredForm;
  /** The form's own findings (findingsOfForm): its errors are named on the card. */
  readonly findings?: readonly Finding[];
  /** The card's title when the sheet holds several forms (§11.4); the sheet's name otherwise. */
  readonly title?: string;
}

/** How many errors the card quotes before it says how many more there are. */
const CARD_ERRORS = 2;

/** A message without its opening place (`工作表“X”F12单元格：`), which the card's title already says. */
function withoutPlace(f: Finding): string {
  const prefix = `${placeOf(f)}：`;
  return f.sheet !== null && f.message.startsWith(prefix)
    ? f.message.slice(prefix.length)
    : f.message;
}

/** One form's score at a glance. */
export function FormCard({ form, findings = [], title }: FormCardProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const b = form.budget;
  const partial = form.grade === null;
  const why = findings.find((f) => f.code === 'indicators_missing');
  const errors = findings.filter((f) => f.severity === 'error' && f !== why);
  const name = title ?? form.model.sheet;
  const rate =
    b && b.rate !== null
      ? `${fmtPercent(b.rate)}${b.rawRate !== null && b.rawRate > b.rate ? `（${m.rateOver(fmtPercent(b.rawRate))}）` : ''}`
      : '—';
  // A sheet name may hold spaces or quotes, which an id reference cannot: React makes a safe one.
  const titleId = useId();
  return (
    <Card className={s.card} role="group" aria-labelledby={titleId}>
      <div className={s.head}>
        <Text id={titleId} weight="semibold" className={s.title} title={name}>
          {name}
        </Text>
        {form.model.hidden && (
          <Badge appearance="outline" color="informative">
            {m.hiddenSheet}
          </Badge>
        )}
        <Badge appearance="tint" color="informative">
          {m.kind[form.model.kind]}
        </Badge>
      </div>
      {why && (
        <MessageBar intent="error" layout="multiline" data-testid="form-not-read">
          <MessageBarBody>
            <MessageBarTitle>{m.notFullyRead}</MessageBarTitle>
            <div>{withoutPlace(why)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="form-errors">
          <MessageBarBody>
            <MessageBarTitle>{m.formErrors(errors.length)}</MessageBarTitle>
            {errors.slice(0, CARD_ERRORS).map((f, i) => (
              <div key={i}>{f.message}</div>
            ))}
            {errors.length > CARD_ERRORS && <div>{m.moreErrors(errors.length - CARD_ERRORS)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.scoreRow}>
        <div
          className={s.total}
          aria-label={`${partial ? m.partialTotal : m.total} ${fmtScore(form.total)} / ${fmtScore(form.weightTotal)}`}
        >
          <Caption1 className={s.muted}>{partial ? m.partialTotal : m.total}</Caption1>
          <span className={s.totalValue} data-testid="form-total">
            {fmtScore(form.total)}
          </span>
          <Text className={s.muted}>/ {fmtScore(form.weightTotal)}</Text>
        </div>
        {form.grade === null ? (
          <Text weight="semibold" data-testid="form-no-grade">
            {m.noGrade}
          </Text>
        ) : (
          <Badge
            className={s.grade}
            shape="rounded"
            appearance="filled"
            color={gradeColor(form.grade)}
            aria-label={`${m.grade} ${form.grade}`}
            data-testid="form-grade"
          >
            {form.grade}
          </Badge>
        )}
      </div>
      <dl className={s.facts}>
        <dt className={s.factTerm}>
          <Caption1>{m.rate}</Caption1>
        </dt>
        <dd className={s.factValue}>
          <Caption1>{rate}</Caption1>
        </dd>
        <dt className={s.factTerm}>
          <Caption1>{m.indicators}</Caption1>
        </dt>
        <dd className={s.factValue}>
          <Caption1>{m.indicatorCount(form.indicators.length)}</Caption1>
        </dd>
      </dl>
    </Card>
  );
}

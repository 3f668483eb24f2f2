/**
 * The pane's own words, Chinese first. English is used only when Office says its display language
 * is English; finding messages come from the engine and stay Chinese, because the forms are.
 *
 * The words are kept by area of the pane, each with its Chinese and English side by side:
 * i18nFrame.ts (title, rule picker, run buttons, progress), i18nResults.ts (a run's results),
 * i18nIndicators.ts (the indicator table and judgement form), i18nFindings.ts, i18nProblems.ts
 * (ProblemBar) and i18nBrowser.ts (browser mode). This module puts them together; it is the one
 * the components import.
 */
import { type FrameMessages, enFrame, zhFrame } from './i18nFrame';
import { type ResultMessages, enResults, zhResults } from './i18nResults';
import { type IndicatorMessages, enIndicators, zhIndicators } from './i18nIndicators';
import { type FindingMessages, enFindings, zhFindings } from './i18nFindings';
import { type ProblemMessages, enProblems, zhProblems } from './i18nProblems';
import { type BrowserMessages, enBrowser, zhBrowser } from './i18nBrowser';

/** The languages the pane speaks. */
export type Locale = 'zh' | 'en';

/** Every label of the pane, as a function when it quotes a value. */
export interface Messages
  extends
    FrameMessages,
    ResultMessages,
    IndicatorMessages,
    FindingMessages,
    ProblemMessages,
    BrowserMessages {
  readonly locale: Locale;
}

const zh: Messages = {
  locale: 'zh',
  ...zhFrame,
  ...zhResults,
  ...zhIndicators,
  ...zhFindings,
  ...zhProblems,
  ...zhBrowser,
};

const en: Messages = {
  locale: 'en',
  ...enFrame,
  ...enResults,
  ...enIndicators,
  ...enFindings,
  ...enProblems,
  ...enBrowser,
};

/** The message map of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}

/** The pane's locale from Office's display language (`en-US` → en); everything else is Chinese. */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

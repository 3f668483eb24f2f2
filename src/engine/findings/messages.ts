/**
 * Attaches severity and the Chinese message to findings, in one pass at the end of a run
 * (score.ts). Rules only make FindingData; keeping the wording out of findings.ts is what lets
 * rules, findings and messages import each other without a cycle.
 */
import { type Finding, type FindingCode, type FindingData, SEVERITY } from './codes';
import { type MessageTemplates, ZH_CN, placeOf, whoOf } from './zhCN';

export { placeOf, whoOf, type MessageTemplates } from './zhCN';

/** The message of one finding in the given language (zh-CN by default). */
export function messageOf<K extends FindingCode>(
  f: FindingData<K>,
  templates: MessageTemplates = ZH_CN,
): string {
  // One call through the code's own template: the union over codes needs the cast to be callable.
  const template = templates[f.code] as (
    p: FindingData<K>['params'],
    at: string,
    ind: string,
  ) => string;
  return template(f.params, placeOf(f), whoOf(f));
}

/** A finding completed with its severity and message. */
export function describeFinding<K extends FindingCode>(f: FindingData<K>): Finding<K> {
  // Spelled out rather than spread: a big workbook makes thousands of findings (npm run bench).
  const described: Finding<K> = {
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    indicator: f.indicator,
    params: f.params,
    severity: SEVERITY[f.code],
    message: messageOf(f),
  };
  // The form a finding belongs to, kept only where a sheet holds several (SCORING.md §11.4).
  return f.form === undefined ? described : { ...described, form: f.form };
}

/** Every finding of a run completed with its severity and message, in order. */
export function describeFindings(list: readonly FindingData[]): Finding[] {
  return list.map((f) => describeFinding(f));
}

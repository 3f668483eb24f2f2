/**
 * The words around the findings (发现的问题): their counts and groups, and the links that go to
 * a cell. The findings' own messages come from the engine.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** The labels of the findings list; a function where a label quotes a value. */
export interface FindingMessages {
  readonly findings: string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly findingCounts: (error: number, warning: number, info: number) => string;
  readonly noFindings: string;
  readonly goTo: (place: string) => string;
  readonly workbookWide: string;
  readonly findingsOther: string;
  readonly routineCount: (n: number) => string;
  readonly routineHide: string;
  readonly roles: {
    readonly score: string;
    readonly actual: string;
    readonly target: string;
    readonly weight: string;
    readonly explanation: string;
  };
  readonly goToIndicator: (name: string, role: string, place: string) => string;
}

/** The labels of the findings list, in Chinese. */
export const zhFindings: FindingMessages = {
  findings: '发现的问题',
  severity: { error: '错误', warning: '警告', info: '提示' },
  findingCounts: (e, w, i) => `错误 ${e}，警告 ${w}，提示 ${i}`,
  noFindings: '没有发现问题。',
  goTo: (place) => `定位到 ${place}`,
  workbookWide: '整个工作簿',
  findingsOther: '预算执行及表格整体',
  routineCount: (n) => `另有 ${n} 项定性指标按表述自动判定，查看`,
  routineHide: '收起自动判定的定性指标',
  roles: {
    score: '得分',
    actual: '实际完成值',
    target: '年度指标值',
    weight: '分值',
    explanation: '偏差原因',
  },
  goToIndicator: (name, role, place) => `定位到“${name}”的${role} ${place}`,
};

/** The labels of the findings list, in English. */
export const enFindings: FindingMessages = {
  findings: 'Findings',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  findingCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  noFindings: 'No findings.',
  goTo: (place) => `Go to ${place}`,
  workbookWide: 'Whole workbook',
  findingsOther: 'Budget and whole form',
  routineCount: (n) => `${n} more qualitative indicators judged from their wording — show`,
  routineHide: 'Hide the automatically judged indicators',
  roles: {
    score: 'score',
    actual: 'actual',
    target: 'target',
    weight: 'points',
    explanation: 'explanation',
  },
  goToIndicator: (name, role, place) => `Go to the ${role} of ${name}, ${place}`,
};

/**
 * The words of a run's results: the form cards, 仅核查's differences, the cells a run replaced,
 * the scores a rule change moved, the exports, and what a screen reader hears when a run ends.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** The labels of a run's results; a function where a label quotes a value. */
export interface ResultMessages {
  /** A long list drawn in part (ShownRows.tsx): what is shown, and the button for more. */
  readonly shownRows: (shown: number, total: number) => string;
  readonly showMoreRows: (n: number) => string;
  readonly total: string;
  readonly grade: string;
  /** A form not fully read (SCORING.md §11.2): its total is a partial score and it has no grade. */
  readonly partialTotal: string;
  readonly noGrade: string;
  readonly notFullyRead: string;
  /** Error findings of a form, shown on its card before any table. */
  readonly formErrors: (n: number) => string;
  readonly moreErrors: (n: number) => string;
  /** Several forms on a sheet (§11.4): where a form starts, and its name. */
  readonly formAt: (sheet: string, row: number, name: string) => string;
  readonly hiddenSheet: string;
  readonly rate: string;
  readonly rateOver: (raw: string) => string;
  readonly indicators: string;
  readonly scoredNote: (cells: number) => string;
  readonly checkTitle: string;
  readonly announceScored: (summary: string) => string;
  readonly announceChecked: (n: number) => string;
  readonly checkSummary: (n: number) => string;
  readonly checkAllMatch: string;
  readonly checkNothingWritten: string;
  /** 仅核查 on a form whose score cells are all empty: it was never scored. */
  readonly checkNotScored: string;
  readonly current: string;
  readonly expected: string;
  readonly emptyCell: string;
  readonly exportWord: string;
  readonly exportingWord: string;
  readonly downloadXlsx: string;
  readonly results: string;
  readonly overwrite: {
    readonly title: (n: number) => string;
    readonly body: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly doneTitle: (n: number) => string;
    readonly doneBody: string;
    readonly undo: string;
  };
  readonly ruleChangesTitle: (from: string, to: string) => string;
  readonly ruleNoChange: string;
  readonly notScored: (n: number) => string;
  readonly notScoredHint: string;
  readonly writtenNote: (cells: number) => string;
  /** The 待补充 parts of the written reports (NARRATIVE.md Completeness). */
  readonly fillIns: (count: number) => string;
}

/** The labels of a run's results, in Chinese. */
export const zhResults: ResultMessages = {
  shownRows: (shown, total) => `已列出前 ${shown} 项，共 ${total} 项（完整结果见工作簿）。`,
  showMoreRows: (n) => `再列出 ${n} 项`,
  total: '总分',
  grade: '等级',
  partialTotal: '部分得分',
  noGrade: '不评定等级',
  notFullyRead: '未能完整读取，不评定等级',
  formErrors: (n) => `该表有 ${n} 项错误`,
  moreErrors: (n) => `另有 ${n} 项错误，见下方“发现的问题”。`,
  formAt: (sheet, row, name) => `${sheet} · 第${row}行起：${name}`,
  hiddenSheet: '隐藏工作表',
  rate: '执行率',
  rateOver: (raw) => `实际 ${raw}`,
  indicators: '指标',
  scoredNote: (n) => `已写入 ${n} 个单元格，并记录本次所用规则。`,
  checkTitle: '核查结果',
  announceScored: (summary) => `评分完成：${summary}`,
  announceChecked: (n) => (n === 0 ? '核查完成：全部一致' : `核查完成：${n} 处不一致`),
  checkSummary: (n) => `${n} 处得分与计算结果不一致`,
  checkAllMatch: '表中得分与计算结果全部一致。',
  checkNothingWritten: '未写入任何单元格。',
  checkNotScored: '表中得分、执行率和总分单元格均为空：此工作簿尚未评分，点“一键评分”即可写入。',
  current: '表中',
  expected: '应为',
  emptyCell: '（空）',
  exportWord: '导出Word',
  exportingWord: '正在生成Word…',
  downloadXlsx: '下载评分后的工作簿',
  results: '评分结果',
  overwrite: {
    title: (n) => `将改写 ${n} 个人工填写的单元格`,
    body: '以下单元格中的数值是人工填写的，一键评分将用计算结果替换它们。原值会保存在“评分记录”工作表中。',
    confirm: '确认改写并评分',
    cancel: '取消',
    doneTitle: (n) => `已改写 ${n} 个人工填写的单元格`,
    doneBody: '原值保存在“评分记录”工作表中。',
    undo: '在 Excel 桌面版中，加载项写入单元格后无法用“撤销”（Ctrl+Z）恢复；每个被改写单元格的原值都保存在“评分记录”工作表中。',
  },
  ruleChangesTitle: (from, to) => `改用新规则后得分变化的指标（${from} → ${to}）`,
  ruleNoChange: '改用新规则后各项得分均未变化。',
  notScored: (n) => `尚未评分：${n}个得分单元格为空`,
  notScoredHint: '点“一键评分”即可写入得分、执行率和总分。未写入任何单元格。',
  writtenNote: (n) => `已写入 ${n} 个单元格，并记录本次所用规则。`,
  fillIns: (n) =>
    `自评报告待补充 ${n} 处：报告中以“（请补充：…）”标出（黄色底纹），请替换为本单位的情况，或在“报告素材”工作表中填写后重新评分。`,
};

/** The labels of a run's results, in English. */
export const enResults: ResultMessages = {
  shownRows: (shown, total) => `First ${shown} of ${total} listed (the workbook has them all).`,
  showMoreRows: (n) => `List ${n} more`,
  total: 'Total',
  grade: 'Grade',
  partialTotal: 'Partial score',
  noGrade: 'No grade',
  notFullyRead: 'Not fully read: no grade',
  formErrors: (n) => `${n} error${n === 1 ? '' : 's'} on this form`,
  moreErrors: (n) => `${n} more error${n === 1 ? '' : 's'} under Findings below.`,
  formAt: (sheet, row, name) => `${sheet} · from row ${row}: ${name}`,
  hiddenSheet: 'hidden sheet',
  rate: 'Execution rate',
  rateOver: (raw) => `actual ${raw}`,
  indicators: 'Indicators',
  scoredNote: (n) => `Wrote ${n} cells and recorded the rules used.`,
  checkTitle: 'Check results',
  announceScored: (summary) => `Scoring finished: ${summary}`,
  announceChecked: (n) =>
    n === 0 ? 'Check finished: everything matches' : `Check finished: ${n} differences`,
  checkSummary: (n) => `${n} score${n === 1 ? '' : 's'} differ from the computed value`,
  checkAllMatch: 'Every score in the sheet matches the computed value.',
  checkNothingWritten: 'Nothing was written.',
  checkNotScored:
    'The score, rate and total cells are all empty: this workbook has not been scored yet. Choose Score all to fill them in.',
  current: 'Sheet',
  expected: 'Expected',
  emptyCell: '(empty)',
  exportWord: 'Export Word',
  exportingWord: 'Building the Word file…',
  downloadXlsx: 'Download scored workbook',
  results: 'Results',
  overwrite: {
    title: (n) => `${n} cell${n === 1 ? '' : 's'} typed by a person will be replaced`,
    body: 'These cells hold values a person typed; Score all replaces them with the computed ones. The old values are kept in the 评分记录 sheet.',
    confirm: 'Replace and score',
    cancel: 'Cancel',
    doneTitle: (n) => `Replaced ${n} cell${n === 1 ? '' : 's'} typed by a person`,
    doneBody: 'The old values are kept in the 评分记录 sheet.',
    undo: 'In Excel desktop, what an add-in writes cannot be undone (Ctrl+Z); the old value of every replaced cell is kept in the 评分记录 sheet.',
  },
  ruleChangesTitle: (from, to) => `Scores changed by the new rules (${from} → ${to})`,
  ruleNoChange: 'No score changed under the new rules.',
  notScored: (n) => `Not scored yet: ${n} score cells are empty`,
  notScoredHint: 'Choose Score all to fill in the scores, rate and total. Nothing was written.',
  writtenNote: (n) => `Wrote ${n} cells and recorded the rules used.`,
  fillIns: (n) =>
    `The report has ${n} parts to fill in (marked “（请补充：…）”, yellow): replace them with your unit’s own text, or fill a 报告素材 sheet and score again.`,
};

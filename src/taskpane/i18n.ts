/**
 * The pane's own words, Chinese first. English is used only when Office says its display language
 * is English; finding messages come from the engine and stay Chinese, because the forms are.
 */

/** The languages the pane speaks. */
export type Locale = 'zh' | 'en';

/** Every label of the pane, as a function when it quotes a value. */
export interface Messages {
  readonly locale: Locale;
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly starting: string;
  /** Title of the message shown when the pane could not start (a chunk failed to load). */
  readonly bootFailed: string;
  readonly workbook: string;
  readonly formsFound: string;
  readonly kind: { readonly department: string; readonly project: string };
  readonly indicatorCount: (n: number) => string;
  readonly profile: string;
  readonly profileNames: Readonly<Record<string, string>>;
  readonly profileFromRecord: string;
  /** The button that loads a profile from a JSON file, and the hover text of a profile. */
  readonly profileFromFile: string;
  readonly profileSource: (source: string) => string;
  readonly score: string;
  readonly check: string;
  readonly checkHint: string;
  readonly steps: {
    readonly reading: string;
    readonly scoring: string;
    readonly writing: string;
    readonly checking: string;
    readonly done: string;
  };
  readonly progressLabel: string;
  readonly total: string;
  readonly grade: string;
  readonly rate: string;
  readonly rateOver: (raw: string) => string;
  readonly indicators: string;
  readonly findings: string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly findingCounts: (error: number, warning: number, info: number) => string;
  readonly noFindings: string;
  readonly goTo: (place: string) => string;
  readonly workbookWide: string;
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
  readonly retry: string;
  readonly dismiss: string;
  readonly results: string;
  readonly reload: string;
  readonly errors: {
    readonly noFormTitle: string;
    readonly noFormBody: string;
    /** The same advice in browser mode, where another file is opened instead of read again. */
    readonly noFormBodyFile: string;
    readonly protectedTitle: string;
    readonly protectedBody: string;
    readonly busyTitle: string;
    readonly busyBody: string;
    readonly timeoutTitle: string;
    readonly timeoutBody: string;
    readonly unreadableTitle: string;
    readonly unknownTitle: string;
    readonly exportFailed: string;
  };
  readonly browser: {
    readonly intro: string;
    readonly openFile: string;
    readonly openExample: string;
    readonly dropHint: string;
    readonly dropActive: string;
    readonly loadingFile: string;
    readonly preview: string;
    /** Name of the sheet tab strip. */
    readonly sheets: string;
    readonly previewCapped: (rows: number, cols: number) => string;
    readonly notXlsx: (name: string) => string;
    readonly exampleFailed: (status: string) => string;
    readonly another: string;
  };
}

const zh: Messages = {
  locale: 'zh',
  appTitle: '绩效自评助手',
  appSubtitle: '按财政部规则为绩效自评表评分',
  starting: '正在启动…',
  bootFailed: '加载项未能启动',
  workbook: '工作簿',
  formsFound: '本工作簿中的自评表',
  kind: { department: '部门整体', project: '项目' },
  indicatorCount: (n) => `${n} 项指标`,
  profile: '评分规则',
  profileNames: {
    mof2020: '财预〔2020〕10号（默认）',
    mof2021: '财预〔2021〕101号 取值指引',
  },
  profileFromRecord: '沿用上次评分所用的规则',
  profileFromFile: '从文件加载评分规则…',
  profileSource: (source) => `依据：${source}`,
  score: '一键评分',
  check: '仅核查',
  checkHint: '仅核查：比较表中得分与计算结果，不写入任何单元格。',
  steps: {
    reading: '正在读取工作簿…',
    scoring: '正在计算得分…',
    writing: '正在写入得分…',
    checking: '正在核对得分…',
    done: '完成',
  },
  progressLabel: '进度',
  total: '总分',
  grade: '等级',
  rate: '执行率',
  rateOver: (raw) => `实际 ${raw}`,
  indicators: '指标',
  findings: '发现的问题',
  severity: { error: '错误', warning: '警告', info: '提示' },
  findingCounts: (e, w, i) => `错误 ${e}，警告 ${w}，提示 ${i}`,
  noFindings: '没有发现问题。',
  goTo: (place) => `定位到 ${place}`,
  workbookWide: '整个工作簿',
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
  retry: '重试',
  dismiss: '关闭',
  results: '评分结果',
  reload: '重新读取',
  errors: {
    noFormTitle: '此工作簿中没有找到绩效自评表',
    noFormBody:
      '绩效自评助手查找表头含有“年初预算数”“全年执行数”，或“三级指标”“年度指标值”“实际完成值”的工作表（隐藏的工作表不读取）。请打开或粘贴自评表后点“重新读取”。',
    noFormBodyFile:
      '绩效自评助手查找表头含有“年初预算数”“全年执行数”，或“三级指标”“年度指标值”“实际完成值”的工作表（隐藏的工作表不读取）。请点“打开其他文件”，选择包含自评表的工作簿。',
    protectedTitle: '工作表受保护，无法写入得分',
    protectedBody:
      '请在 Excel 中选择“审阅 → 撤销工作表保护”（如有密码请向表格负责人索取），然后重试。',
    busyTitle: 'Excel 正忙',
    busyBody:
      'Excel 可能正在编辑单元格或显示对话框。请按 Enter 或 Esc 结束编辑、关闭对话框后重试。',
    timeoutTitle: 'Excel 响应超时',
    timeoutBody: '工作簿较大或 Excel 暂时无响应。请稍候重试；未完成的写入不会留下一半的得分。',
    unreadableTitle: '无法读取工作簿',
    unknownTitle: '操作未完成',
    exportFailed: '导出失败',
  },
  browser: {
    intro: '当前在 Excel 之外运行：打开一个 .xlsx 自评表，评分后可下载带得分的工作簿。',
    openFile: '打开 .xlsx 文件',
    openExample: '打开示例工作簿',
    dropHint: '也可以把 .xlsx 文件拖到这里',
    dropActive: '松开鼠标以打开文件',
    loadingFile: '正在打开工作簿…',
    preview: '工作表预览（只读）',
    sheets: '工作表',
    previewCapped: (r, c) => `仅显示前 ${r} 行、${c} 列`,
    notXlsx: (name) => `“${name}”不是 .xlsx 文件。.xls 文件请先在 Excel 中另存为 .xlsx。`,
    exampleFailed: (status) => `示例工作簿下载失败（${status}）`,
    another: '打开其他文件',
  },
};

const en: Messages = {
  locale: 'en',
  appTitle: 'Self-Evaluation Assistant',
  appSubtitle: 'Scores performance self-evaluation forms by the MOF rules',
  starting: 'Starting…',
  bootFailed: 'The add-in could not start',
  workbook: 'Workbook',
  formsFound: 'Forms in this workbook',
  kind: { department: 'Department', project: 'Project' },
  indicatorCount: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  profile: 'Scoring rules',
  profileNames: {
    mof2020: 'MOF 2020 No. 10 (default)',
    mof2021: 'MOF 2021 No. 101 guide',
  },
  profileFromRecord: 'Same rules as the last scoring',
  profileFromFile: 'Load scoring rules from a file…',
  profileSource: (source) => `Source: ${source}`,
  score: 'Score all',
  check: 'Check only',
  checkHint:
    'Check only compares the scores in the sheet with the computed ones and writes nothing.',
  steps: {
    reading: 'Reading the workbook…',
    scoring: 'Computing scores…',
    writing: 'Writing scores…',
    checking: 'Checking scores…',
    done: 'Done',
  },
  progressLabel: 'Progress',
  total: 'Total',
  grade: 'Grade',
  rate: 'Execution rate',
  rateOver: (raw) => `actual ${raw}`,
  indicators: 'Indicators',
  findings: 'Findings',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  findingCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  noFindings: 'No findings.',
  goTo: (place) => `Go to ${place}`,
  workbookWide: 'Whole workbook',
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
  retry: 'Retry',
  dismiss: 'Dismiss',
  results: 'Results',
  reload: 'Read again',
  errors: {
    noFormTitle: 'No self-evaluation form found in this workbook',
    noFormBody:
      'The add-in looks for a sheet with the headers 年初预算数/全年执行数 or 三级指标/年度指标值/实际完成值 (hidden sheets are not read). Open a form, then choose Read again.',
    noFormBodyFile:
      'The add-in looks for a sheet with the headers 年初预算数/全年执行数 or 三级指标/年度指标值/实际完成值 (hidden sheets are not read). Choose Open another file and pick a workbook that holds a form.',
    protectedTitle: 'The sheet is protected',
    protectedBody:
      'In Excel choose Review → Unprotect Sheet (ask the owner for the password), then retry.',
    busyTitle: 'Excel is busy',
    busyBody:
      'Excel may be editing a cell or showing a dialog. Press Enter or Esc, close any dialog, then retry.',
    timeoutTitle: 'Excel timed out',
    timeoutBody:
      'The workbook is large or Excel is not responding. Wait a moment and retry; no half-written scores are left.',
    unreadableTitle: 'Cannot read the workbook',
    unknownTitle: 'The action did not finish',
    exportFailed: 'Export failed',
  },
  browser: {
    intro: 'Running outside Excel: open an .xlsx form, score it and download the scored workbook.',
    openFile: 'Open .xlsx file',
    openExample: 'Open the example workbook',
    dropHint: 'or drop an .xlsx file here',
    dropActive: 'Release to open the file',
    loadingFile: 'Opening the workbook…',
    preview: 'Sheet preview (read-only)',
    sheets: 'Sheets',
    previewCapped: (r, c) => `Showing the first ${r} rows and ${c} columns`,
    notXlsx: (name) => `“${name}” is not an .xlsx file. Save .xls files as .xlsx in Excel first.`,
    exampleFailed: (status) => `Could not fetch the example workbook (${status})`,
    another: 'Open another file',
  },
};

/** The message map of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}

/** The pane's locale from Office's display language (`en-US` → en); everything else is Chinese. */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

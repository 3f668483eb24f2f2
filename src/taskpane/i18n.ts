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
  /** 阶段 n/N：解析 / 评分 / 写回 (核查 for 仅核查, which never writes). */
  readonly stage: (n: number, total: number, name: string) => string;
  readonly stageNames: {
    readonly read: string;
    readonly score: string;
    readonly check: string;
    readonly write: string;
  };
  /** The button that stops a run before it writes, its accessible names by mode, and its hint. */
  readonly cancelRun: string;
  readonly cancelRunLabel: { readonly score: string; readonly check: string };
  /** A long list drawn in part (ShownRows.tsx): what is shown, and the button for more. */
  readonly shownRows: (shown: number, total: number) => string;
  readonly showMoreRows: (n: number) => string;
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
  /**
   * The program that holds the workbook, per port kind, named in busy/timeout/protection advice.
   * A file opened in the browser is unprotected in whichever program the person has.
   */
  readonly host: { readonly excel: string; readonly wps: string; readonly file: string };
  readonly errors: {
    readonly noFormTitle: string;
    readonly noFormBody: string;
    /** The same advice in browser mode, where another file is opened instead of read again. */
    readonly noFormBodyFile: string;
    readonly protectedTitle: string;
    /** `host` is the name of the program that holds the workbook (Messages.host). */
    readonly protectedBody: (host: string) => string;
    readonly busyTitle: (host: string) => string;
    readonly busyBody: (host: string) => string;
    readonly timeoutTitle: (host: string) => string;
    readonly timeoutBody: (host: string) => string;
    readonly unreadableTitle: string;
    readonly unknownTitle: string;
    readonly exportFailed: string;
  };
  readonly table: {
    readonly title: string;
    readonly indicator: string;
    readonly weight: string;
    readonly score: string;
    readonly lost: string;
    readonly lostFirst: string;
    readonly subtotal: string;
    readonly budget: string;
    readonly lostSummary: (n: number, points: string) => string;
    readonly noneLost: string;
    readonly basis: string;
    readonly target: string;
    readonly actual: string;
    readonly expand: (name: string) => string;
    readonly goToScore: (name: string, cell: string) => string;
    readonly selectScore: string;
    readonly lostMark: string;
    readonly openCase: string;
    readonly decidedCase: (band: string) => string;
    readonly keptManual: string;
    readonly openSummary: (n: number) => string;
  };
  readonly decide: {
    readonly legend: string;
    readonly bandOption: (band: string, label: string, range: string) => string;
    readonly scoreLabel: string;
    readonly scoreHint: (range: string) => string;
    readonly confirm: string;
    readonly writing: string;
    readonly written: (
      name: string,
      band: string,
      score: string,
      cell: string,
      old: string,
    ) => string;
    /** Browser mode: the score is in the page's copy until the person downloads it. */
    readonly writtenFile: (
      name: string,
      band: string,
      score: string,
      cell: string,
      old: string,
    ) => string;
  };
  readonly overwrite: {
    readonly title: (n: number) => string;
    readonly body: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly doneTitle: (n: number) => string;
    readonly doneBody: string;
    readonly undo: string;
  };
  readonly ruleChanged: (name: string) => string;
  readonly ruleChangesTitle: (from: string, to: string) => string;
  readonly ruleNoChange: string;
  readonly notScored: (n: number) => string;
  readonly notScoredHint: string;
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
  readonly writtenNote: (cells: number) => string;
  /** The 待补充 parts of the written reports (NARRATIVE.md Completeness). */
  readonly fillIns: (count: number) => string;
  readonly browser: {
    readonly intro: string;
    readonly openFile: string;
    readonly openExample: string;
    readonly dropHint: string;
    readonly dropActive: string;
    readonly loadingFile: string;
    /** Opening, stage 1: exceljs unzips and parses the file. */
    readonly loadingRead: string;
    /** Opening, stage 2: sheet n of N read into the snapshot. */
    readonly loadingSheets: (n: number, total: number) => string;
    readonly cancelOpen: string;
    readonly preview: string;
    /** Name of the sheet tab strip. */
    readonly sheets: string;
    readonly previewCapped: (rows: number, cols: number) => string;
    readonly notXlsx: (name: string) => string;
    readonly exampleFailed: (status: string) => string;
    readonly another: string;
    readonly help: string;
    readonly scoredNoteFile: string;
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
  stage: (n, total, name) => `阶段 ${n}/${total}：${name}`,
  stageNames: { read: '解析', score: '评分', check: '核查', write: '写回' },
  cancelRun: '取消',
  cancelRunLabel: { score: '取消评分', check: '取消核查' },
  shownRows: (shown, total) => `已列出前 ${shown} 项，共 ${total} 项（完整结果见工作簿）。`,
  showMoreRows: (n) => `再列出 ${n} 项`,
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
  host: { excel: 'Excel', wps: 'WPS 表格', file: 'Excel 或 WPS 表格' },
  errors: {
    noFormTitle: '此工作簿中没有找到绩效自评表',
    noFormBody:
      '绩效自评助手查找表头含有“年初预算数”“全年执行数”，或“三级指标”“年度指标值”“实际完成值”的工作表（隐藏的工作表不读取）。请打开或粘贴自评表后点“重新读取”。',
    noFormBodyFile:
      '绩效自评助手查找表头含有“年初预算数”“全年执行数”，或“三级指标”“年度指标值”“实际完成值”的工作表（隐藏的工作表不读取）。请点“打开其他文件”，选择包含自评表的工作簿。',
    protectedTitle: '工作表受保护，无法写入得分',
    protectedBody: (host) =>
      `请在 ${host} 中选择“审阅 → 撤销工作表保护”（如有密码请向表格负责人索取），然后重试。`,
    busyTitle: (host) => `${host} 正忙`,
    busyBody: (host) =>
      `${host} 可能正在编辑单元格或显示对话框。请按 Enter 或 Esc 结束编辑、关闭对话框后重试。`,
    timeoutTitle: (host) => `${host} 响应超时`,
    timeoutBody: (host) =>
      `工作簿较大或 ${host} 暂时无响应。请稍候重试；未完成的写入不会留下一半的得分。`,
    unreadableTitle: '无法读取工作簿',
    unknownTitle: '操作未完成',
    exportFailed: '导出失败',
  },
  table: {
    title: '指标得分明细',
    indicator: '指标',
    weight: '分值',
    score: '得分',
    lost: '扣分',
    lostFirst: '失分项在前',
    subtotal: '小计',
    budget: '预算执行率',
    lostSummary: (n, points) => `${n} 项指标失分，共扣 ${points} 分`,
    noneLost: '各项指标均得满分。',
    basis: '评分依据',
    target: '年度指标值',
    actual: '实际完成值',
    expand: (name) => `${name} 的评分依据`,
    goToScore: (name, cell) => `选中“${name}”的得分单元格 ${cell}`,
    selectScore: '选中得分单元格',
    lostMark: '失分',
    openCase: '待判定',
    decidedCase: (band) => `已人工判定 ${band}档`,
    keptManual: '保留人工得分',
    openSummary: (n) => `${n} 项指标需要人工判定：展开该行，选择档次并填写得分。`,
  },
  decide: {
    legend: '人工判定档次',
    bandOption: (band, label, range) => `${band}档 ${label}（${range}）`,
    scoreLabel: '得分',
    scoreHint: (range) => `应在 ${range} 之间`,
    confirm: '确认并写入得分',
    writing: '正在写入…',
    written: (name, band, score, cell, old) =>
      `已将“${name}”判定为${band}档，得分 ${score} 分写入 ${cell}（原值 ${old}，已记入“评分记录”）。下次一键评分将保留此得分。`,
    writtenFile: (name, band, score, cell, old) =>
      `已将“${name}”判定为${band}档，${cell} 得分 ${score} 分（原值 ${old}，记入“评分记录”）。下载评分后的工作簿即可保存。`,
  },
  overwrite: {
    title: (n) => `将改写 ${n} 个人工填写的单元格`,
    body: '以下单元格中的数值是人工填写的，一键评分将用计算结果替换它们。原值会保存在“评分记录”工作表中。',
    confirm: '确认改写并评分',
    cancel: '取消',
    doneTitle: (n) => `已改写 ${n} 个人工填写的单元格`,
    doneBody: '原值保存在“评分记录”工作表中。',
    undo: '在 Excel 桌面版中，加载项写入单元格后无法用“撤销”（Ctrl+Z）恢复；每个被改写单元格的原值都保存在“评分记录”工作表中。',
  },
  ruleChanged: (name) => `规则已改为“${name}”，请重新评分。`,
  ruleChangesTitle: (from, to) => `改用新规则后得分变化的指标（${from} → ${to}）`,
  ruleNoChange: '改用新规则后各项得分均未变化。',
  notScored: (n) => `尚未评分：${n}个得分单元格为空`,
  notScoredHint: '点“一键评分”即可写入得分、执行率和总分。未写入任何单元格。',
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
  writtenNote: (n) => `已写入 ${n} 个单元格，并记录本次所用规则。`,
  fillIns: (n) =>
    `自评报告待补充 ${n} 处：报告中以“（请补充：…）”标出（黄色底纹），请替换为本单位的情况，或在“报告素材”工作表中填写后重新评分。`,
  browser: {
    intro: '当前在 Excel 之外运行：打开一个 .xlsx 自评表，评分后可下载带得分的工作簿。',
    openFile: '打开 .xlsx 文件',
    openExample: '打开示例工作簿',
    dropHint: '也可以把 .xlsx 文件拖到这里',
    dropActive: '松开鼠标以打开文件',
    loadingFile: '正在打开工作簿…',
    loadingRead: '正在读取文件…',
    loadingSheets: (n, total) => `正在解析工作表 ${n}/${total}…`,
    cancelOpen: '取消',
    preview: '工作表预览（只读）',
    sheets: '工作表',
    previewCapped: (r, c) => `仅显示前 ${r} 行、${c} 列`,
    notXlsx: (name) =>
      /\.xls$/i.test(name)
        ? `“${name}”是旧版 .xls 文件，请先另存为 .xlsx：在 Excel 或 WPS 中选择“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”。`
        : `“${name}”不是 .xlsx 文件。.xls 文件请先在 Excel 中另存为 .xlsx。`,
    exampleFailed: (status) => `示例工作簿下载失败（${status}）`,
    another: '打开其他文件',
    help: '使用说明',
    scoredNoteFile: '已评分，可下载评分后的工作簿。原文件未作任何修改。',
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
  stage: (n, total, name) => `Stage ${n} of ${total}: ${name}`,
  stageNames: { read: 'reading', score: 'scoring', check: 'checking', write: 'writing' },
  cancelRun: 'Cancel',
  cancelRunLabel: { score: 'Cancel scoring', check: 'Cancel checking' },
  shownRows: (shown, total) => `First ${shown} of ${total} listed (the workbook has them all).`,
  showMoreRows: (n) => `List ${n} more`,
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
  host: { excel: 'Excel', wps: 'WPS Spreadsheets', file: 'Excel or WPS Spreadsheets' },
  errors: {
    noFormTitle: 'No self-evaluation form found in this workbook',
    noFormBody:
      'The add-in looks for a sheet with the headers 年初预算数/全年执行数 or 三级指标/年度指标值/实际完成值 (hidden sheets are not read). Open a form, then choose Read again.',
    noFormBodyFile:
      'The add-in looks for a sheet with the headers 年初预算数/全年执行数 or 三级指标/年度指标值/实际完成值 (hidden sheets are not read). Choose Open another file and pick a workbook that holds a form.',
    protectedTitle: 'The sheet is protected',
    protectedBody: (host) =>
      `In ${host} choose Review → Unprotect Sheet (ask the owner for the password), then retry.`,
    busyTitle: (host) => `${host} is busy`,
    busyBody: (host) =>
      `${host} may be editing a cell or showing a dialog. Press Enter or Esc, close any dialog, then retry.`,
    timeoutTitle: (host) => `${host} timed out`,
    timeoutBody: (host) =>
      `The workbook is large or ${host} is not responding. Wait a moment and retry; no half-written scores are left.`,
    unreadableTitle: 'Cannot read the workbook',
    unknownTitle: 'The action did not finish',
    exportFailed: 'Export failed',
  },
  table: {
    title: 'Indicator scores',
    indicator: 'Indicator',
    weight: 'Points',
    score: 'Score',
    lost: 'Lost',
    lostFirst: 'Lost points first',
    subtotal: 'Subtotal',
    budget: 'Budget execution',
    lostSummary: (n, points) => `${n} indicator${n === 1 ? '' : 's'} lost ${points} points`,
    noneLost: 'Every indicator has its full score.',
    basis: 'Basis',
    target: 'Target',
    actual: 'Actual',
    expand: (name) => `Basis of ${name}`,
    goToScore: (name, cell) => `Select the score cell ${cell} of ${name}`,
    selectScore: 'Select score cell',
    lostMark: 'Lost',
    openCase: 'To decide',
    decidedCase: (band) => `Decided: band ${band}`,
    keptManual: 'Manual score kept',
    openSummary: (n) =>
      `${n} indicator${n === 1 ? '' : 's'} need your judgement: expand the row, choose a band and enter the score.`,
  },
  decide: {
    legend: 'Band',
    bandOption: (band, label, range) => `${band} ${label} (${range})`,
    scoreLabel: 'Score',
    scoreHint: (range) => `Between ${range}`,
    confirm: 'Confirm and write the score',
    writing: 'Writing…',
    written: (name, band, score, cell, old) =>
      `${name}: band ${band}, score ${score} written to ${cell} (was ${old}, kept in 评分记录). The next Score all keeps it.`,
    writtenFile: (name, band, score, cell, old) =>
      `${name}: band ${band}, score ${score} in ${cell} (was ${old}, kept in 评分记录). Download the scored workbook to keep it.`,
  },
  overwrite: {
    title: (n) => `${n} cell${n === 1 ? '' : 's'} typed by a person will be replaced`,
    body: 'These cells hold values a person typed; Score all replaces them with the computed ones. The old values are kept in the 评分记录 sheet.',
    confirm: 'Replace and score',
    cancel: 'Cancel',
    doneTitle: (n) => `Replaced ${n} cell${n === 1 ? '' : 's'} typed by a person`,
    doneBody: 'The old values are kept in the 评分记录 sheet.',
    undo: 'In Excel desktop, what an add-in writes cannot be undone (Ctrl+Z); the old value of every replaced cell is kept in the 评分记录 sheet.',
  },
  ruleChanged: (name) => `The rules are now “${name}”. Score again.`,
  ruleChangesTitle: (from, to) => `Scores changed by the new rules (${from} → ${to})`,
  ruleNoChange: 'No score changed under the new rules.',
  notScored: (n) => `Not scored yet: ${n} score cells are empty`,
  notScoredHint: 'Choose Score all to fill in the scores, rate and total. Nothing was written.',
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
  writtenNote: (n) => `Wrote ${n} cells and recorded the rules used.`,
  fillIns: (n) =>
    `The report has ${n} parts to fill in (marked “（请补充：…）”, yellow): replace them with your unit’s own text, or fill a 报告素材 sheet and score again.`,
  browser: {
    intro: 'Running outside Excel: open an .xlsx form, score it and download the scored workbook.',
    openFile: 'Open .xlsx file',
    openExample: 'Open the example workbook',
    dropHint: 'or drop an .xlsx file here',
    dropActive: 'Release to open the file',
    loadingFile: 'Opening the workbook…',
    loadingRead: 'Reading the file…',
    loadingSheets: (n, total) => `Reading sheet ${n} of ${total}…`,
    cancelOpen: 'Cancel',
    preview: 'Sheet preview (read-only)',
    sheets: 'Sheets',
    previewCapped: (r, c) => `Showing the first ${r} rows and ${c} columns`,
    notXlsx: (name) => `“${name}” is not an .xlsx file. Save .xls files as .xlsx in Excel first.`,
    exampleFailed: (status) => `Could not fetch the example workbook (${status})`,
    another: 'Open another file',
    help: 'How to use',
    scoredNoteFile: 'Scored: download the scored workbook. Your file was not changed.',
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

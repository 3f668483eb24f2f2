/**
 * The words of a state the person must act on (ProblemBar): no form found, a protected sheet,
 * the host busy or timed out, and the buttons that retry, read again or dismiss.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** The labels of the problem bar; a function where a label quotes a value. */
export interface ProblemMessages {
  readonly retry: string;
  readonly dismiss: string;
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
}

/** The labels of the problem bar, in Chinese. */
export const zhProblems: ProblemMessages = {
  retry: '重试',
  dismiss: '关闭',
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
};

/** The labels of the problem bar, in English. */
export const enProblems: ProblemMessages = {
  retry: 'Retry',
  dismiss: 'Dismiss',
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
};

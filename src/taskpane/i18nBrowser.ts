/**
 * The words of browser mode only (src/browser): opening a file, the sheet preview, the example.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** The labels of browser mode; a function where a label quotes a value. */
export interface BrowserMessages {
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

/** The labels of browser mode, in Chinese. */
export const zhBrowser: BrowserMessages = {
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

/** The labels of browser mode, in English. */
export const enBrowser: BrowserMessages = {
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

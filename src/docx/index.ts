/** The 自评报告 as a Word (.docx) file; runs in node (CLI) and in the browser (task pane). */
export {
  renderReportDocx,
  fitColumnWidths,
  reportDocument,
  ReportSheetError,
  type ReportDocxOptions,
} from './reportDocx';

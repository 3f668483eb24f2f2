/**
 * Loading .xlsx bytes into an exceljs workbook, for files (CLI) and for browser mode alike. Browser
 * mode imports this module directly, so it must not touch Node's fs.
 */
import type ExcelJS from 'exceljs';

/**
 * Loads `bytes` into `wb`. Throws when they are not a workbook, including a zip that exceljs opens
 * but that holds no sheet at all (any real workbook has at least one), with a Chinese reason.
 */
export async function loadXlsx(wb: ExcelJS.Workbook, bytes: ArrayBuffer | Uint8Array): Promise<void> {
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  if (wb.worksheets.length === 0) throw new Error('压缩包中没有任何工作表，不是 Excel 工作簿');
}

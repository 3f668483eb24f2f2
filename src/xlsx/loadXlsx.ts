/**
 * Loading .xlsx bytes into an exceljs workbook, for files (CLI) and for browser mode alike, and
 * saying in Chinese why bytes are not a workbook. Browser mode imports this module directly, so it
 * must not touch Node's fs.
 */
import type ExcelJS from 'exceljs';
import { sheetXmlBytes } from './zipSizes';

const NO_SHEETS = '压缩包中没有任何工作表，不是 Excel 工作簿';

/**
 * The most sheet XML (uncompressed) a workbook may hold to be opened: exceljs keeps about ten bytes
 * of memory per byte of it, and Node's heap is about 4 GB. A 200,000-row form is about 70 MB and
 * opens; the same form after selfeval scored it carries its 评分计算, 评分记录 and 自评报告 of
 * 200,000 rows each (about 620 MB) and would run out of memory after ten minutes.
 */
export const MAX_SHEET_XML_BYTES = 300 * 1024 * 1024;

/** Thrown before loading a workbook too big to be held in memory; the message is Chinese, for users. */
export class WorkbookTooLargeError extends Error {
  constructor(readonly xmlBytes: number) {
    super(
      `工作表内容解压后约 ${Math.round(xmlBytes / 1024 / 1024)} MB，超过一次能读入的 ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB。` +
        '如是 selfeval 评过分的大工作簿，请对原始工作簿重新评分，或删除其中的“评分计算”“评分记录”和“自评报告”工作表后再评分；' +
        '否则请把表格拆成几个工作簿',
    );
    this.name = 'WorkbookTooLargeError';
  }
}

/**
 * Loads `bytes` into `wb`. Throws when they are not a workbook, including a zip that exceljs opens
 * but that holds no sheet at all (any real workbook has at least one).
 */
export async function loadXlsx(
  wb: ExcelJS.Workbook,
  bytes: ArrayBuffer | Uint8Array,
  maxSheetXmlBytes = MAX_SHEET_XML_BYTES,
): Promise<void> {
  const xml = sheetXmlBytes(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (xml !== null && xml > maxSheetXmlBytes) throw new WorkbookTooLargeError(xml);
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  if (wb.worksheets.length === 0) throw new Error(NO_SHEETS);
}

/** The OLE2 signature that opens every legacy .xls (and .doc) file. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** `EncryptionInfo` in UTF-16LE: the stream every password-protected .xlsx (an OLE2 container) holds. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

/** True when OLE2 bytes are an encrypted Office package rather than a legacy .xls. */
function isEncryptedPackage(b: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0];
  outer: for (let i = b.indexOf(first ?? 0); i >= 0; i = b.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < ENCRYPTION_INFO.length; j++)
      if (b[i + j] !== ENCRYPTION_INFO[j]) continue outer;
    return true;
  }
  return false;
}

/** The whole sentence for bytes that are not a workbook: `“a.xlsx”不是有效的 .xlsx 文件：<reason>`. */
export function unreadableMessage(
  label: string,
  bytes: ArrayBuffer | Uint8Array,
  err: unknown,
): string {
  if (err instanceof WorkbookTooLargeError) return `“${label}”太大，无法打开：${err.message}`;
  return `“${label}”不是有效的 .xlsx 文件：${unreadableReason(bytes, err)}`;
}

/**
 * Why `bytes` could not be opened, in Chinese, from the bytes themselves rather than from the zip
 * library's English message: empty, a legacy .xls, not a zip at all, or a damaged workbook.
 */
export function unreadableReason(bytes: ArrayBuffer | Uint8Array, err: unknown): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length === 0) return '文件是空的（0 字节）';
  if (OLE2.every((x, i) => b[i] === x) && isEncryptedPackage(b))
    return '文件已加密（设置了打开密码），请在 Excel 中取消密码后另存为 .xlsx 再复核';
  if (OLE2.every((x, i) => b[i] === x))
    return '这是旧版 Excel 97-2003 工作簿（.xls）或其他 Office 文件，请先在 Excel 中“另存为” .xlsx 格式';
  if (!(b[0] === 0x50 && b[1] === 0x4b))
    return '文件内容不是 Excel 工作簿（.xlsx 是 zip 压缩格式，此文件不是），可能只是改了扩展名';
  if (err instanceof Error && err.message === NO_SHEETS) return NO_SHEETS;
  return '文件已损坏或不完整，无法作为 .xlsx 工作簿打开（可尝试在 Excel 中打开后重新保存）';
}

/**
 * Opening and saving .xlsx files with exceljs. Opening never modifies the file; saving writes a
 * temporary file beside the target and renames it, so a failed save leaves no half-written file.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadXlsx, unreadableMessage } from './loadXlsx';
import { workbookBytes } from './writeXlsx';

/** Thrown when a file cannot be opened as an .xlsx workbook; the message is Chinese, for users. */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbookError';
  }
}

/** Why the file itself could not be read (missing, a folder, no permission). */
function fileReason(err: unknown, file: string): string {
  // Not `instanceof Error`: errors of node:fs come from another realm under jest.
  const e = typeof err === 'object' && err !== null ? (err as NodeJS.ErrnoException) : null;
  if (e?.code === 'ENOENT') return `文件“${file}”不存在`;
  if (e?.code === 'EISDIR') return `“${file}”是文件夹，不是文件`;
  if (e?.code === 'EACCES') return `没有读取文件“${file}”的权限`;
  return `“${file}”无法读取（${e?.message ?? String(err)}）`;
}

/** Opens an .xlsx file. Throws UnreadableWorkbookError with a Chinese reason. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (err) {
    throw new UnreadableWorkbookError(fileReason(err, file));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await loadXlsx(wb, data);
  } catch (err) {
    throw new UnreadableWorkbookError(unreadableMessage(file, data, err));
  }
  return wb;
}

/** Writes a workbook to `file` as it is (callers that replace a file use saveWorkbook or the CLI's atomic write). */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.writeFile(file, await workbookBytes(wb, nodeGzip));
}

/**
 * Node's native gzip, for a workbook with large sheets (several times faster than fflate). Level 1:
 * the 620 MB of XML of a 200,000-row form take 1.5 s and become 75 MB (level 6: 4.6 s, 57 MB).
 */
const nodeGzip = (data: Uint8Array): Uint8Array => gzipSync(data, { level: 1 });

/** Saves a workbook to `file` atomically. */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeWorkbookFile(wb, tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

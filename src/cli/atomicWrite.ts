/**
 * Writing an output file so that a failure never leaves half of it: the bytes go to a temporary
 * file in the same folder (same file system, so the rename is atomic), which then replaces the
 * target. A failure removes the temporary file and is reported as one Chinese sentence.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** A file could not be written; the message says why and what to do, in Chinese. */
export class OutputWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputWriteError';
  }
}

/** The Chinese sentence for a failed write of `file`, from the system's error code. */
export function writeFailure(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  const folder = path.dirname(path.resolve(file));
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `无法写入“${file}”：磁盘空间已满，请清理磁盘或改写到其他磁盘后重试`;
    case 'ENOENT':
      return `无法写入“${file}”：文件夹“${folder}”不存在，请先创建该文件夹或改用已有的文件夹`;
    case 'ENOTDIR':
      return `无法写入“${file}”：路径中的“${folder}”不是文件夹，请检查输出路径`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `无法写入“${file}”：没有写入该位置的权限（或磁盘只读），请改写到有权限的文件夹`;
    case 'EISDIR':
      return `无法写入“${file}”：这是一个文件夹，请给出文件名（如 ${path.join(file, '评分后.xlsx')}）`;
    case 'EBUSY':
      return `无法写入“${file}”：文件正被其他程序（如 Excel）占用，请关闭后重试`;
    default:
      return `无法写入“${file}”（${code || String(err)}），请检查输出路径后重试`;
  }
}

/**
 * Writes `file` through a temporary sibling: `write(tmp)` fills the temporary file, which is then
 * renamed over `file`. Throws OutputWriteError on any failure, leaving `file` as it was.
 */
export async function writeAtomically(
  file: string,
  write: (tmp: string) => Promise<void>,
): Promise<void> {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputWriteError(writeFailure(err, file));
  }
}

/** Writes text or bytes to `file` atomically. */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(file, async (tmp) => {
    // `wx`: never write through a file (or symlink) that happens to be at the temporary name.
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

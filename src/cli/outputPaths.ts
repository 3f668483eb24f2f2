/**
 * The guard every command that writes files calls first: no output may be an input, and no two
 * outputs may be the same file. Paths are compared by what they point at, not how they are spelt:
 * resolved, symlinks followed (realpath), device and inode when the file exists (hard links, and
 * case-insensitive file systems, where `IN.xlsx` opens `in.xlsx`), and, when one of the two does
 * not exist yet, by the real path without case: a case-insensitive file system (macOS, Windows, a
 * USB stick on Linux) would make them one file, and refusing a name that differs only in case
 * costs a person less than a lost workbook. Checked before anything is written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** One path a command reads or writes, with the option that named it (for the message). */
export interface NamedPath {
  /** `输入工作簿`, `--out`, `--json` … as the person typed it. */
  readonly role: string;
  readonly path: string;
}

/** Two paths that are the same file; the message names both, in Chinese. */
export class OutputPathConflict extends Error {
  constructor(
    readonly first: NamedPath,
    readonly second: NamedPath,
    both: 'input' | 'outputs',
  ) {
    super(
      both === 'input'
        ? `${second.role}“${second.path}”与${first.role}“${first.path}”是同一个文件：selfeval 从不修改输入文件，请另选输出路径`
        : `${first.role}“${first.path}”与${second.role}“${second.path}”是同一个文件：两个输出不能写入同一处，请分别指定`,
    );
    this.name = 'OutputPathConflict';
  }
}

/** What a path points at: its canonical spelling and, when the file exists, its device and inode. */
interface Identity {
  readonly key: string;
  readonly inode: string | null;
}

/** The real path of `p`: realpath when it exists, else the realpath of the nearest existing folder plus the rest. */
async function canonical(p: string): Promise<string> {
  const absolute = path.resolve(p);
  try {
    return await fs.realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await canonical(parent), path.basename(absolute));
  }
}

async function identity(p: string): Promise<Identity> {
  const real = await canonical(p);
  let inode: string | null = null;
  try {
    const st = await fs.stat(real);
    inode = `${st.dev}:${st.ino}`;
  } catch {
    // Not there yet: the spelling is all there is to compare.
  }
  return { key: real.toLowerCase(), inode };
}

function same(a: Identity, b: Identity): boolean {
  if (a.inode !== null && b.inode !== null) return a.inode === b.inode;
  return a.key === b.key;
}

/**
 * Throws OutputPathConflict when an output is an input or two outputs are the same file. `-`
 * (standard output) is no file and is skipped.
 */
export async function assertDistinctOutputs(
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
): Promise<void> {
  const files = (list: readonly NamedPath[]): NamedPath[] =>
    list.filter((p) => p.path !== '' && p.path !== '-');
  const ins = await Promise.all(
    files(inputs).map(async (p) => ({ p, id: await identity(p.path) })),
  );
  const outs = await Promise.all(
    files(outputs).map(async (p) => ({ p, id: await identity(p.path) })),
  );
  for (const out of outs)
    for (const input of ins)
      if (same(out.id, input.id)) throw new OutputPathConflict(input.p, out.p, 'input');
  outs.forEach((a, i) => {
    for (const b of outs.slice(i + 1))
      if (same(a.id, b.id)) throw new OutputPathConflict(a.p, b.p, 'outputs');
  });
}

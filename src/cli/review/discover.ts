/**
 * Which files a review reads: the .xlsx files given, and those found by searching the folders given
 * recursively. Excel lock files (`~$…`), hidden files and folders, anything not .xlsx and the paths
 * to skip (the review's own outputs) are left out; a symbolic link is followed once (a loop, or a
 * second way to the same file, adds nothing). Each file gets the name shown in the summary: its
 * path relative to the folder given (or to the common folder of several inputs), with `/`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** One file to review. */
export interface Discovered {
  /** Absolute path as found (through any link). */
  readonly path: string;
  /** Shown in the summary and the JSON: relative to the base, with `/`. */
  readonly file: string;
}

/** What was found, and the folder names are relative to. */
export interface Discovery {
  readonly files: Discovered[];
  readonly base: string;
  /** Inputs that do not exist (usage errors for the caller). */
  readonly missing: string[];
}

const isLock = (name: string): boolean => name.startsWith('~$');
const isHidden = (name: string): boolean => name.startsWith('.');
const isXlsx = (name: string): boolean => name.toLowerCase().endsWith('.xlsx');

/** The deepest folder containing all the given folders. */
function commonFolder(folders: readonly string[]): string {
  const split = folders.map((f) => path.resolve(f).split(path.sep));
  const first = split[0] ?? [];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/**
 * Finds the files to review. `skip` holds real paths never to take as inputs (the outputs of this
 * run); files are returned in sorted order of their shown names.
 */
export async function discover(
  inputs: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): Promise<Discovery> {
  const missing: string[] = [];
  const roots: { abs: string; isDir: boolean }[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    try {
      const st = await fs.stat(abs);
      roots.push({ abs, isDir: st.isDirectory() });
    } catch {
      missing.push(input);
    }
  }
  const single = roots.length === 1 ? roots[0] : undefined;
  const base =
    single?.isDir === true
      ? single.abs
      : commonFolder(roots.map((r) => (r.isDir ? r.abs : path.dirname(r.abs))));

  const seenFiles = new Set<string>(skip);
  const seenDirs = new Set<string>();
  const found: Discovered[] = [];

  const add = async (abs: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch {
      return; // a dangling link
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push({ path: abs, file: path.relative(base, abs).split(path.sep).join('/') });
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return; // a link back into a folder already searched: a loop
    seenDirs.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable folder holds nothing we can review
    }
    for (const e of entries) {
      if (isHidden(e.name) || isLock(e.name)) continue;
      const abs = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await fs.stat(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) await walk(abs);
      else if (isFile && isXlsx(e.name)) await add(abs);
    }
  };

  for (const r of roots) {
    if (r.isDir) await walk(r.abs);
    // A file named explicitly is reviewed whatever its name, but never one of our outputs.
    else await add(r.abs);
  }
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: found, base, missing };
}

/**
 * Sizes of the task pane's JavaScript, read from a webpack build's dist/chunks.json (written by the
 * ChunkManifestPlugin in webpack.config.js). Shared by the e2e test, which asserts the first-load
 * budget, and `npm run bench`, which reports it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/** Issue 3: the pane's first-load JavaScript inside Excel, gzipped, excluding office.js. */
export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

/** The chunk manifest of a build: the entry's files and each named lazy chunk's files. */
export interface ChunkManifest {
  readonly entry: readonly string[];
  readonly lazy: Readonly<Record<string, readonly string[]>>;
}

/** Gzipped size (level 9) of files of a build. */
export function gzipSize(dir: string, files: readonly string[]): number {
  return files.reduce(
    (n, f) => n + zlib.gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length,
    0,
  );
}

/** Reads dist/chunks.json of a build. */
export function readChunkManifest(dir: string): ChunkManifest {
  return JSON.parse(readFileSync(path.join(dir, 'chunks.json'), 'utf8')) as ChunkManifest;
}

/** What loads first inside Excel: the entry and the Excel adapter chunk (never browser mode, exceljs or docx). */
export function excelFirstLoad(manifest: ChunkManifest): string[] {
  return [...new Set([...manifest.entry, ...(manifest.lazy.excel ?? [])])];
}

/** Gzipped KB, one decimal. */
export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

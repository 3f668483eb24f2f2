/**
 * External programs the suites of `npm run test:all` need. A suite calls requirePrograms in its
 * beforeAll: a missing program fails every test of the suite with the package to install, so a
 * machine without it can never report the suite as passed (or skipped without a word).
 */
import { spawnSync } from 'node:child_process';

/** Each program with the Debian package that provides it and the argument that makes it answer. */
export const PROGRAMS = {
  soffice: { pkg: 'libreoffice-calc-nogui libreoffice-writer-nogui', probe: '--version' },
  pdftotext: { pkg: 'poppler-utils', probe: '-v' },
  chromium: { pkg: 'chromium fonts-liberation fonts-noto-cjk', probe: '--version' },
} as const;

/** A program's name in PROGRAMS. */
export type Program = keyof typeof PROGRAMS;

/** Whether `program` runs on this machine (found on PATH and answers its probe). */
export function hasProgram(program: Program): boolean {
  const run = spawnSync(program, [PROGRAMS[program].probe], { encoding: 'utf8', timeout: 60_000 });
  return run.error === undefined;
}

/** Throws, naming what to install, unless every program runs. */
export function requirePrograms(...programs: Program[]): void {
  const missing = programs.filter((p) => !hasProgram(p));
  if (missing.length === 0) return;
  const pkgs = missing.map((p) => PROGRAMS[p].pkg).join(' ');
  throw new Error(
    `缺少外部程序 ${missing.join('、')}（missing ${missing.join(', ')}）: apt-get install -y ${pkgs}, or run npm run test:all as root`,
  );
}

/**
 * Runs the `selfeval` CLI in-process through `main(argv, io)` from the repository root, capturing
 * what it prints, with the clock fixed so records and audit rows are reproducible.
 */
import { type CliIO, main } from '../../src/cli/main';
import { ROOT } from './workbooks';

/** What one CLI run returned and printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with the given arguments. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now: () => new Date('2023-03-01T00:00:00Z'),
  };
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return { code: await main(argv, io), stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

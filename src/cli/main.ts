/**
 * `selfeval`: scores the forms of an .xlsx workbook from the command line (README: the main job).
 * Exit codes: 0 scored; 1 nothing could be scored (or --strict with errors); 2 usage error.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  ENGINE_VERSION, MOF2020, PROFILES, type Profile, ProfileError, type ScoreResult,
  buildRunPatch, profileFromJson, scoreWorkbook, toJsonReport, unreadableResult,
} from '../engine';
import { UnreadableWorkbookError, applyPatch, openWorkbook, saveWorkbook, workbookSnapshot } from '../xlsx';
import { type CliOptions, USAGE, parseArgs } from './args';
import { summaryLines } from './summary';

/** Where the CLI writes; injectable so tests can capture output without a child process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** The run's time; SOURCE_DATE_EPOCH (seconds) fixes it, for reproducible golden files. */
function clock(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: clock,
};

class UsageError extends Error {}

async function loadProfile(spec: string): Promise<Profile> {
  const builtIn = PROFILES[spec];
  if (builtIn) return builtIn;
  if (!spec.toLowerCase().endsWith('.json')) {
    throw new UsageError(`未知的评分规则“${spec}”：可选 ${Object.keys(PROFILES).join('、')}，或 .json 配置文件`);
  }
  let text: string;
  try {
    text = await fs.readFile(spec, 'utf8');
  } catch {
    throw new UsageError(`无法读取评分配置文件“${spec}”`);
  }
  try {
    return profileFromJson(JSON.parse(text));
  } catch (err) {
    if (err instanceof SyntaxError) throw new UsageError(`评分配置文件“${spec}”不是有效的 JSON：${err.message}`);
    if (err instanceof ProfileError) throw new UsageError(`评分配置文件“${spec}”有误：${err.message}`);
    throw err;
  }
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  if (options.out && path.resolve(options.out) === path.resolve(options.workbook)) {
    throw new UsageError('--out 不能与输入文件相同：selfeval 从不修改原文件，请写入另一个文件');
  }
  let profile = options.profile ? await loadProfile(options.profile) : MOF2020;
  let result: ScoreResult;
  let workbook: Awaited<ReturnType<typeof openWorkbook>> | null = null;
  let unreadable = '';
  try {
    workbook = await openWorkbook(options.workbook);
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    unreadable = err.message;
  }
  const snapshot = workbook ? workbookSnapshot(workbook) : null;
  if (snapshot) {
    // A reviewer re-scores with the profile the workbook was last scored with, unless told otherwise.
    const saved = snapshot.record?.profile;
    if (!options.profile && saved && PROFILES[saved]) profile = PROFILES[saved]!;
    result = scoreWorkbook(snapshot, profile);
  } else {
    result = unreadableResult(unreadable, profile);
  }

  const report = toJsonReport(options.workbook, result);
  if (options.json === '-') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${summaryLines(options.workbook, result).join('\n')}\n`);
  if (options.json && options.json !== '-') await fs.writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);

  if (result.forms.length === 0) return 1;
  if (options.out && workbook && snapshot) {
    applyPatch(workbook, buildRunPatch(result, snapshot, { now: io.now().toISOString() }));
    await saveWorkbook(workbook, options.out);
    if (options.json !== '-') io.stdout(`已写入评分后的工作簿：${options.out}\n`);
  }
  if (options.strict && result.findings.some((f) => f.severity === 'error')) return 1;
  return 0;
}

/** Runs the CLI and returns its exit code. Never throws for user errors. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`selfeval ${ENGINE_VERSION}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`selfeval：${parsed.message}\n\n${USAGE}\n`);
      return 2;
    case 'run':
      try {
        return await run(parsed.options, io);
      } catch (err) {
        if (err instanceof UsageError) {
          io.stderr(`selfeval：${err.message}\n`);
          return 2;
        }
        // Anything else is a fault of selfeval itself: say so in one line, keep the details for a bug report.
        io.stderr(`selfeval：内部错误（请反馈此信息）：${(err as Error).message ?? String(err)}\n`);
        return 1;
      }
  }
}

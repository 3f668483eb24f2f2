/**
 * `selfeval`: scores the forms of an .xlsx workbook from the command line (README: the main job).
 * Exit codes: 0 scored; 1 nothing could be scored (or --strict with errors); 2 usage error.
 */
import { promises as fs } from 'node:fs';
import {
  ENGINE_VERSION,
  MOF2020,
  PROFILES,
  type Profile,
  type ScoreResult,
  type WorkbookSnapshot,
  buildReports,
  checkDifferences,
  uncheckedForms,
  renderMarkdownAll,
  differenceLine,
  scoreRun,
  toJsonReport,
  unreadableResult,
} from '../engine';
import {
  UnreadableWorkbookError,
  applyPatch,
  openWorkbook,
  workbookSnapshot,
  writeWorkbookFile,
} from '../xlsx/node';
import { ProfileError, profileFileMessage, profileFromText } from '../profiles/load';
import { type CliOptions, USAGE, parseArgs } from './args';
import { OutputWriteError, writeAtomically, writeFileAtomically } from './atomicWrite';
import { type NamedPath, OutputPathConflict, assertDistinctOutputs } from './outputPaths';
import { type Progress, SILENT, terminalProgress } from './progress';
import { summaryLines } from './summary';
import { REVIEW_USAGE } from './review/args';

/** Where the CLI writes; injectable so tests can capture output without a child process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** Progress of a long run (the terminal bar); absent: none. */
  readonly progress?: () => Progress;
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
  progress: () => terminalProgress({ stream: process.stderr }),
};

class UsageError extends Error {}

async function loadProfile(spec: string): Promise<Profile> {
  const builtIn = PROFILES[spec];
  if (builtIn) return builtIn;
  if (!spec.toLowerCase().endsWith('.json')) {
    throw new UsageError(
      `未知的评分规则“${spec}”：可选 ${Object.keys(PROFILES).join('、')}，或 .json 配置文件`,
    );
  }
  let text: string;
  try {
    text = await fs.readFile(spec, 'utf8');
  } catch {
    throw new UsageError(`无法读取评分配置文件“${spec}”`);
  }
  try {
    return profileFromText(text, PROFILES);
  } catch (err) {
    if (err instanceof ProfileError) throw new UsageError(profileFileMessage(spec, err.message));
    throw err;
  }
}

/** Writes the 自评报告 files asked for: Markdown (a file or stdout) and Word. */
async function writeReports(
  options: CliOptions,
  result: ScoreResult,
  snapshot: WorkbookSnapshot | null,
  io: CliIO,
  stdoutTaken: boolean,
): Promise<void> {
  if (options.reportMd) {
    const md = renderMarkdownAll(buildReports(result, snapshot ?? undefined));
    if (options.reportMd === '-') io.stdout(md);
    else {
      await writeFileAtomically(options.reportMd, md);
      if (!stdoutTaken) io.stdout(`已写入自评报告（Markdown）：${options.reportMd}\n`);
    }
  }
  if (options.reportDocx && snapshot) {
    // Loaded only when asked for: the docx library costs every run ~50 ms of start-up (npm run bench).
    const { renderReportDocx } = await import('../docx');
    await writeFileAtomically(options.reportDocx, await renderReportDocx(result, { snapshot }));
    if (!stdoutTaken) io.stdout(`已写入自评报告（Word）：${options.reportDocx}\n`);
  }
}

/** The files a run reads: the workbook, and a profile given as a file. */
export function inputPaths(options: CliOptions): NamedPath[] {
  const inputs: NamedPath[] = [{ role: '输入工作簿', path: options.workbook }];
  if (options.profile && !PROFILES[options.profile])
    inputs.push({ role: '评分配置文件（--profile）', path: options.profile });
  return inputs;
}

/** The files a run may write, by the option that names them. */
export function outputPaths(options: CliOptions): NamedPath[] {
  const outputs: NamedPath[] = [];
  if (options.out) outputs.push({ role: '--out', path: options.out });
  if (options.json) outputs.push({ role: '--json', path: options.json });
  if (options.reportMd) outputs.push({ role: '--report-md', path: options.reportMd });
  if (options.reportDocx) outputs.push({ role: '--report-docx', path: options.reportDocx });
  return outputs;
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  // Before anything is read or written: no output may be an input, nor two outputs one file.
  await assertDistinctOutputs(inputPaths(options), outputPaths(options));
  const progress = io.progress?.() ?? SILENT;
  try {
    return await scoreAndWrite(options, io, progress);
  } finally {
    progress.done();
  }
}

async function scoreAndWrite(options: CliOptions, io: CliIO, progress: Progress): Promise<number> {
  progress.stage('读取工作簿', 0);
  const given = options.profile ? await loadProfile(options.profile) : undefined;
  let workbook: Awaited<ReturnType<typeof openWorkbook>> | null = null;
  let unreadable = '';
  try {
    workbook = await openWorkbook(options.workbook);
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    unreadable = err.message;
  }
  progress.stage('评分', 40);
  const snapshot = workbook ? workbookSnapshot(workbook) : null;
  // A reviewer re-scores with the profile the workbook was last scored with, unless told otherwise (scoreRun).
  const scored = snapshot
    ? scoreRun(snapshot, { profile: given, now: io.now().toISOString() })
    : null;
  const result: ScoreResult = scored
    ? scored.result
    : unreadableResult(unreadable, given ?? MOF2020);

  // Check mode adds the differing cells to the summary and, as `differences`, to the JSON report.
  const differences = options.check ? checkDifferences(result) : null;
  // Sheets kept because a person wrote them (ours went beside them) are said in the JSON too.
  // Built only when asked for: the JSON of a 200,000-row form is seconds of work and memory.
  const jsonReport = (): object => {
    const notes = options.out && scored?.patch.notes ? { notes: scored.patch.notes } : {};
    return differences
      ? { ...toJsonReport(options.workbook, result), differences }
      : { ...toJsonReport(options.workbook, result), ...notes };
  };
  // The bar leaves the terminal before the summary is printed (it comes back for the writing).
  progress.done();
  // Standard output carries one thing: the JSON report, the Markdown report, or the summary.
  const stdoutTaken = options.json === '-' || options.reportMd === '-';
  if (options.json === '-') io.stdout(`${JSON.stringify(jsonReport(), null, 2)}\n`);
  else if (!stdoutTaken)
    io.stdout(`${summaryLines(options.workbook, result, scored?.fillIns ?? 0).join('\n')}\n`);
  // A form not fully read cannot be vouched for: check mode never says it matches (§11.2).
  const unchecked = differences ? uncheckedForms(result) : [];
  if (differences && !stdoutTaken && result.forms.length > 0) {
    const diffs = differences.map((d) => `  ${differenceLine(d)}\n`).join('');
    io.stdout(
      unchecked.length > 0
        ? `\n核查结果：${unchecked.length} 张自评表未能完整读取，无法核查其得分是否一致${differences.length > 0 ? `；另有 ${differences.length} 个单元格与计算结果不一致` : ''}\n${diffs}`
        : differences.length === 0
          ? '\n核查结果：得分、执行率、总分均与计算结果一致\n'
          : `\n核查结果：${differences.length} 个单元格与计算结果不一致\n${diffs}`,
    );
  }
  if (options.json && options.json !== '-')
    await writeFileAtomically(options.json, `${JSON.stringify(jsonReport(), null, 2)}\n`);

  // No form, or no form fully read: nothing stands to be written, as for no form (§11.2).
  if (result.forms.length === 0 || result.forms.every((f) => f.grade === null)) return 1;
  await writeReports(options, result, snapshot, io, stdoutTaken);
  if (differences) {
    if (options.strict && result.findings.some((f) => f.severity === 'error')) return 1;
    return differences.length > 0 || unchecked.length > 0 ? 1 : 0;
  }
  if (options.out && workbook && scored) {
    const patch = scored.patch;
    progress.stage('写入评分后的工作簿', 70);
    applyPatch(workbook, patch);
    const scoredBook = workbook;
    await writeAtomically(options.out, (tmp) => writeWorkbookFile(scoredBook, tmp));
    if (!stdoutTaken) io.stdout(`已写入评分后的工作簿：${options.out}\n`);
    // A report kept because a person edited it must be mentioned even when stdout carries a report.
    for (const note of patch.notes ?? []) (stdoutTaken ? io.stderr : io.stdout)(`提示：${note}\n`);
  }
  if (options.strict && result.findings.some((f) => f.severity === 'error')) return 1;
  return 0;
}

/**
 * The Chinese line for a failure of standard output or error (the bin installs it): a full disk
 * (`selfeval … > /dev/full`) or any other write error; null for a reader that closed the pipe
 * early (`| head`), which is no error of ours.
 */
export function standardStreamFailure(err: unknown): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EPIPE') return null;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return 'selfeval：无法写入标准输出：磁盘空间已满，请清理磁盘，或把输出重定向到有空间的位置\n';
  return `selfeval：无法写入标准输出（${code ?? String(err)}），请检查输出重定向的目标\n`;
}

/** `selfeval profiles [--json]`: the catalogue, one profile a line (id, name, source), or JSON. */
function profilesListing(json: boolean): string {
  const list = Object.values(PROFILES).map((p) => ({ id: p.id, name: p.name, source: p.source }));
  if (json) return `${JSON.stringify(list, null, 2)}\n`;
  const lines = list.map((p) => `${p.id}\t${p.name}\n\t依据：${p.source}`);
  return `内置评分规则（--profile <编号>；也可用 JSON 配置文件，见 docs/RULES.md）：\n${lines.join('\n')}\n`;
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
    case 'profiles':
      io.stdout(profilesListing(parsed.json));
      return 0;
    case 'review-help':
      io.stdout(`${REVIEW_USAGE}\n`);
      return 0;
    case 'review':
      try {
        // Loaded only for a review: worker threads and the summary writers cost a single run nothing.
        const { runReview } = await import('./review/command');
        return await runReview(parsed.options, {
          ...io,
          tty: io === processIO && process.stderr.isTTY,
          loadProfile,
        });
      } catch (err) {
        io.stderr(
          `selfeval：内部错误（请反馈此信息）：${err instanceof Error ? err.message : String(err)}\n`,
        );
        return 1;
      }
    case 'run':
      try {
        return await run(parsed.options, io);
      } catch (err) {
        if (err instanceof UsageError || err instanceof OutputPathConflict) {
          io.stderr(`selfeval：${err.message}\n`);
          return 2;
        }
        if (err instanceof OutputWriteError) {
          io.stderr(`selfeval：${err.message}\n`);
          return 1;
        }
        // Anything else is a fault of selfeval itself: say so in one line, keep the details for a bug report.
        io.stderr(
          `selfeval：内部错误（请反馈此信息）：${err instanceof Error ? err.message : String(err)}\n`,
        );
        return 1;
      }
  }
}

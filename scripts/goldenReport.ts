/**
 * How a fixture's golden output is made, shared by scripts/updateGolden.ts (which writes it) and
 * test/golden.test.ts (which compares against it): open the file as the CLI does, score it with the
 * fixture's profile, and build the JSON report with the file's path relative to the repository.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  MOF2020,
  PROFILES,
  type JsonReport,
  type Profile,
  scoreWorkbook,
  toJsonReport,
  unreadableResult,
} from '../src/engine';
import { UnreadableWorkbookError, openWorkbook, workbookSnapshot } from '../src/xlsx/node';

/** Folder of the fixtures, relative to the repository root. */
export const FIXTURE_DIR = 'test/fixtures';
/** The example workbook, relative to the repository root. */
export const EXAMPLE_FILE = 'examples/民政局2022部门整体支出绩效自评表.xlsx';
/** The example with a 报告素材 sheet, whose report has no fill-ins left. */
export const EXAMPLE_WITH_MATERIALS_FILE =
  'examples/民政局2022部门整体支出绩效自评表（含报告素材）.xlsx';

/** Error fixtures of the §10 findings: only a profile with the mechanism reports them. */
const ERROR_FIXTURE_PROFILES: Readonly<Record<string, string>> = {
  'error.total_capped': 'yitihua-strict',
  'error.performance_outruns_spending': 'yitihua-strict',
};

/** The profile a fixture is scored with: the catalogue id its name carries, else the default. */
export function profileForFixture(file: string): Profile {
  const name = path.basename(file, '.xlsx');
  const byError = ERROR_FIXTURE_PROFILES[name];
  if (byError) return PROFILES[byError] ?? MOF2020;
  const ids = Object.keys(PROFILES).sort((a, b) => b.length - a.length);
  const id = ids.find((i) => new RegExp(`(^|[.])${i.replace(/[.-]/g, '\\$&')}([.-]|$)`).test(name));
  return id ? (PROFILES[id] ?? MOF2020) : MOF2020;
}

/** The golden file beside a workbook: `x.xlsx` → `x.scores.json`. */
export function goldenPathOf(file: string): string {
  return file.replace(/\.xlsx$/, '.scores.json');
}

/** Every workbook with a golden output, relative to `root`, sorted: the example and every fixture. */
export async function goldenWorkbooks(root: string): Promise<string[]> {
  const names = (await fs.readdir(path.join(root, FIXTURE_DIR)))
    .filter((n) => n.endsWith('.xlsx'))
    .sort();
  return [EXAMPLE_FILE, ...names.map((n) => `${FIXTURE_DIR}/${n}`)];
}

/**
 * The JSON report of a workbook, as `selfeval <file> --json -` run from `root` prints it. The file
 * is opened by its relative path so that a `file_unreadable` message quotes the same path on every
 * machine.
 */
export async function goldenReport(root: string, file: string): Promise<JsonReport> {
  const profile = profileForFixture(file);
  const cwd = process.cwd();
  try {
    process.chdir(root);
    const wb = await openWorkbook(file);
    return toJsonReport(file, scoreWorkbook(workbookSnapshot(wb), profile));
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    return toJsonReport(file, unreadableResult(err.message, profile));
  } finally {
    process.chdir(cwd);
  }
}

/** The golden text: pretty JSON with a final newline, as the CLI writes it. */
export function goldenText(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * How a workbook's golden 自评报告 is made, shared by scripts/updateReportGolden.ts (which writes it)
 * and test/report.test.ts (which compares against it): open the file as the CLI does, score it with
 * the fixture's profile, and render every form's report as Markdown.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildReports, renderMarkdownAll, scoreWorkbook } from '../src/engine';
import { openWorkbook, workbookSnapshot } from '../src/xlsx/node';
import {
  EXAMPLE_FILE,
  EXAMPLE_WITH_MATERIALS_FILE,
  FIXTURE_DIR,
  profileForFixture,
} from './goldenReport';

/** The golden report beside a workbook: `x.xlsx` → `x.report.md`. */
export function reportGoldenPathOf(file: string): string {
  return file.replace(/\.xlsx$/, '.report.md');
}

/** Every workbook with a golden report, relative to `root`: both examples and each layout fixture. */
export async function reportWorkbooks(root: string): Promise<string[]> {
  const names = (await fs.readdir(path.join(root, FIXTURE_DIR)))
    .filter((n) => /^layout\..*\.xlsx$/.test(n))
    .sort();
  return [EXAMPLE_FILE, EXAMPLE_WITH_MATERIALS_FILE, ...names.map((n) => `${FIXTURE_DIR}/${n}`)];
}

/** The Markdown report of a workbook (relative to `root`). */
export async function reportMarkdownOf(root: string, file: string): Promise<string> {
  const snapshot = workbookSnapshot(await openWorkbook(path.join(root, file)));
  return renderMarkdownAll(
    buildReports(scoreWorkbook(snapshot, profileForFixture(file)), snapshot),
  );
}

/**
 * Writes the golden outputs (`npm run golden`): `<name>.scores.json` beside the example workbook
 * and every fixture in test/fixtures. Review the diff like code: a changed golden file is a changed
 * score.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { goldenPathOf, goldenReport, goldenText, goldenWorkbooks } from './goldenReport';

/** Repository root (this file runs from build/scripts). */
const ROOT = path.join(__dirname, '..', '..');

async function main(): Promise<void> {
  for (const file of await goldenWorkbooks(ROOT)) {
    const out = path.join(ROOT, goldenPathOf(file));
    await fs.writeFile(out, goldenText(await goldenReport(ROOT, file)));
    process.stdout.write(`wrote ${path.relative(ROOT, out)}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
  process.exitCode = 1;
});

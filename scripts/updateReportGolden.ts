/**
 * Writes the golden reports (`npm run golden:report`): `<name>.report.md` beside the example
 * workbook and every layout fixture. Review the diff like code: a changed golden file is a changed
 * sentence in a report a department files.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { reportGoldenPathOf, reportMarkdownOf, reportWorkbooks } from './reportGolden';

/** Repository root (this file runs from build/scripts). */
const ROOT = path.join(__dirname, '..', '..');

async function main(): Promise<void> {
  for (const file of await reportWorkbooks(ROOT)) {
    const out = path.join(ROOT, reportGoldenPathOf(file));
    await fs.writeFile(out, await reportMarkdownOf(ROOT, file));
    process.stdout.write(`wrote ${path.relative(ROOT, out)}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
  process.exitCode = 1;
});

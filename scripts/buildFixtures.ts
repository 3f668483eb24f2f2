/**
 * Builds the committed test fixtures in test/fixtures (`npm run fixtures`):
 *
 * - `layout.<variant>.xlsx`: one layout the spec describes (SCORING.md §1) that the example does
 *   not show: other column orders, Anhui and Sichuan styles, several forms in one workbook,
 *   placeholders, unmerged levels, an offset form, adjusted targets, odd value types, the mof2021
 *   profile, budget header variants. Their scores are pinned by golden files and, for several, by
 *   hand-computed totals in test/layouts.test.ts.
 * - `error.<code>.xlsx`: a clean form changed in one place so that it produces that finding code
 *   (SCORING.md §5) and, by design, no other error or warning beyond what the code implies.
 *
 * The fixtures are described as data in scripts/fixtures/, one file per layout family (the shared
 * pieces in formParts.ts, baseForm.ts and gridSheet.ts); this script collects the families and
 * writes them. Every workbook gets fixed creation dates so a rebuild gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildForm } from './formBuilder';
import { BASE_LAYOUTS } from './fixtures/baseForm';
import { BLOCK_LAYOUTS } from './fixtures/blockVariants';
import { COLUMN_LAYOUTS } from './fixtures/columnVariants';
import { COVERAGE_LAYOUTS } from './fixtures/coverageForms';
import { ERROR_FORMS, ERROR_LAYOUTS } from './fixtures/errorForms';
import type { Fills } from './fixtures/formParts';
import { HUBEI_CHONGQING_LAYOUTS } from './fixtures/hubeiChongqing';
import { MULTI_LAYOUTS } from './fixtures/multiForm';
import { PROFILE_LAYOUTS } from './fixtures/profileForms';
import { PROVINCE_LAYOUTS } from './fixtures/provinceForms';
import { TEXT_LAYOUTS } from './fixtures/textValues';
import { TWO_ROW_LAYOUTS } from './fixtures/twoRowHeaders';
import { stableZip } from './stableZip';

/** Folder the fixtures are written to. */
const OUT = path.join(__dirname, '..', '..', 'test', 'fixtures');

const FIXED_DATE = new Date('2023-03-01T00:00:00Z');

/** Every family's workbook fixtures: file name → workbook builder. */
const LAYOUTS: Fills = {
  ...BASE_LAYOUTS,
  ...COLUMN_LAYOUTS,
  ...BLOCK_LAYOUTS,
  ...PROVINCE_LAYOUTS,
  ...MULTI_LAYOUTS,
  ...PROFILE_LAYOUTS,
  ...TWO_ROW_LAYOUTS,
  ...HUBEI_CHONGQING_LAYOUTS,
  ...TEXT_LAYOUTS,
  ...COVERAGE_LAYOUTS,
  ...ERROR_LAYOUTS,
};

async function write(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'selfeval';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  fill(wb);
  const data = await wb.xlsx.writeBuffer();
  await fs.writeFile(path.join(OUT, `${name}.xlsx`), stableZip(new Uint8Array(data)));
  process.stdout.write(`wrote test/fixtures/${name}.xlsx\n`);
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  for (const [name, fill] of Object.entries(LAYOUTS)) await write(name, fill);
  for (const [code, form] of Object.entries(ERROR_FORMS))
    await write(`error.${code}`, (wb) => void buildForm(wb, form));
  // Not a zip at all, as when a .xls or a text file is renamed to .xlsx.
  await fs.writeFile(
    path.join(OUT, 'error.file_unreadable.xlsx'),
    'This is not an Excel workbook.\n',
  );
  process.stdout.write('wrote test/fixtures/error.file_unreadable.xlsx\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
  process.exitCode = 1;
});

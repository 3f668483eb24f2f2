/**
 * LibreOffice as an independent formula engine for the workings sheet: converts scored workbooks
 * xlsx → xlsx with forced recalculation, and compares what it computed with what the engine said.
 * Also compares form sheets cell by cell, so a test can prove the product wrote only its own cells.
 */
import { execFile } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { type SheetWrite, a1, isFormula } from '../../src/engine';
import { requirePrograms } from './programs';

// OOXMLRecalcMode/ODFRecalcMode 0 = always recalculate on load; the default keeps cached results,
// which would make the test compare the engine's values with themselves.
const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens every file in LibreOffice headless with forced recalculation and saves it as xlsx into a new
 * folder, in one soffice call (start-up dominates the time). Each call gets its own fresh profile:
 * parallel runs sharing one fail silently. Returns the output path of each input, in order.
 */
export async function recalculate(files: readonly string[]): Promise<string[]> {
  requirePrograms('soffice');
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-recalc-'));
  const profile = path.join(base, 'profile');
  const out = path.join(base, 'out');
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.mkdir(out);
  await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx',
    '--outdir',
    out,
    ...files,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile('soffice', args, { timeout: 180_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
  const outputs = files.map((f) => path.join(out, path.basename(f)));
  const missing = outputs.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`soffice wrote no output for: ${missing.join(', ')}`);
  return outputs;
}

/** A workings cell whose recomputed value is not the engine's. */
export interface Mismatch {
  readonly address: string;
  readonly formula: string;
  readonly expected: number | string | undefined;
  readonly actual: unknown;
}

/** The value a cell shows: a formula's result, rich text joined, errors as `#ERR`. */
export function shownValue(cell: ExcelJS.Cell | undefined): unknown {
  let v: unknown = cell?.value ?? null;
  // exceljs's `value` drops a cached formula result of 0; the cell model keeps it.
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))
    v = cell?.model.result ?? null;
  if (v && typeof v === 'object' && 'richText' in v)
    v = (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (v && typeof v === 'object' && 'error' in v) v = (v as { error: string }).error;
  return v;
}

/** Number tolerance of the comparison: the score precision (two decimals), halved. */
export const TOLERANCE = 0.005;

/**
 * Every formula of the sheet the engine wrote, compared with the value another spreadsheet computed
 * for the same cell: numbers within ±0.005, text exactly.
 */
export function formulaMismatches(
  expected: SheetWrite,
  recalculated: ExcelJS.Worksheet,
): Mismatch[] {
  const out: Mismatch[] = [];
  expected.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c || !isFormula(c.value)) return;
      const address = a1(r, col);
      const actual = shownValue(recalculated.findCell(r + 1, col + 1));
      const want = c.value.result;
      const ok =
        typeof want === 'number'
          ? typeof actual === 'number' && Math.abs(actual - want) <= TOLERANCE
          : actual === want;
      if (!ok) out.push({ address, formula: c.value.formula, expected: want, actual });
    }),
  );
  return out;
}

/** Number of formula cells in an owned sheet. */
export function formulaCount(sheet: SheetWrite): number {
  return sheet.rows.reduce((n, row) => n + row.filter((c) => c && isFormula(c.value)).length, 0);
}

/** A difference between an input form sheet and the product's output. */
export interface SheetDifference {
  readonly sheet: string;
  readonly what: string;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const index = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {};
  return Object.values(index)
    .map((m) => m.range)
    .sort();
}

/**
 * Compares each sheet of the input with the same sheet of the output: values, styles, merges,
 * widths, heights and visibility of every cell must be identical, except the `allowed` cells
 * (`Sheet!A1`), whose value and number format the product writes. Sheets named in `owned` are skipped.
 */
export function formSheetDifferences(
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
  allowed: ReadonlySet<string>,
  owned: ReadonlySet<string>,
): SheetDifference[] {
  const out: SheetDifference[] = [];
  for (const a of input.worksheets) {
    if (owned.has(a.name)) continue;
    const b = output.getWorksheet(a.name);
    if (!b) {
      out.push({ sheet: a.name, what: 'sheet missing from the output' });
      continue;
    }
    if (a.state !== b.state) out.push({ sheet: a.name, what: `state ${a.state} → ${b.state}` });
    if (JSON.stringify(mergesOf(a)) !== JSON.stringify(mergesOf(b)))
      out.push({ sheet: a.name, what: 'merges differ' });
    const rows = Math.max(a.rowCount, b.rowCount);
    const cols = Math.max(a.columnCount, b.columnCount);
    for (let c = 1; c <= cols; c++) {
      if (a.getColumn(c).width !== b.getColumn(c).width)
        out.push({ sheet: a.name, what: `column ${c} width` });
    }
    for (let r = 1; r <= rows; r++) {
      if (a.findRow(r)?.height !== b.findRow(r)?.height)
        out.push({ sheet: a.name, what: `row ${r} height` });
      for (let c = 1; c <= cols; c++) {
        const address = a1(r - 1, c - 1);
        const ca = a.findCell(r, c);
        const cb = b.findCell(r, c);
        const free = allowed.has(`${a.name}!${address}`);
        if (!free && JSON.stringify(ca?.value ?? null) !== JSON.stringify(cb?.value ?? null)) {
          out.push({
            sheet: a.name,
            what: `${address} value ${JSON.stringify(ca?.value ?? null)} → ${JSON.stringify(cb?.value ?? null)}`,
          });
        }
        const sa = { ...(ca?.style ?? {}) };
        const sb = { ...(cb?.style ?? {}) };
        if (free) {
          delete sa.numFmt;
          delete sb.numFmt;
        }
        // A written cell that had no style at all gets exceljs's default font and fill with its number
        // format; that is the look it already had, so only a styled written cell must keep its style.
        const unstyledWrite = free && Object.keys(sa).length === 0;
        if (!unstyledWrite && JSON.stringify(sa) !== JSON.stringify(sb))
          out.push({ sheet: a.name, what: `${address} style` });
      }
    }
  }
  return out;
}

/**
 * Golden outputs: every fixture and the example score exactly as their committed
 * `<name>.scores.json` says (regenerate with `npm run golden` and review the diff like code), and
 * the committed scored example holds the engine's values in its score cells.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scoreWorkbook } from '../src/engine';
import { openWorkbook, workbookSnapshot } from '../src/xlsx/node';
import { EXAMPLE_FILE, goldenPathOf, goldenReport, goldenWorkbooks } from '../scripts/goldenReport';
import { ROOT } from './helpers/workbooks';

const files = fs
  .readdirSync(path.join(ROOT, 'test', 'fixtures'))
  .filter((n) => n.endsWith('.xlsx'))
  .sort()
  .map((n) => `test/fixtures/${n}`);

describe('golden outputs', () => {
  it('cover the example and every fixture', async () => {
    expect(await goldenWorkbooks(ROOT)).toEqual([EXAMPLE_FILE, ...files]);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each([EXAMPLE_FILE, ...files])('%s matches its .scores.json', async (file) => {
    const golden = path.join(ROOT, goldenPathOf(file));
    expect(fs.existsSync(golden)).toBe(true);
    const expected: unknown = JSON.parse(fs.readFileSync(golden, 'utf8'));
    const report = await goldenReport(ROOT, file);
    expect(report).toEqual(expected);
    // Every finding message names its sheet and its cell (SCORING.md §5).
    for (const f of report.findings) {
      if (f.sheet !== null) expect(f.message).toContain(`工作表“${f.sheet}”`);
      if (f.cell !== null) expect(f.message).toContain(f.cell);
    }
  });
});

describe('the committed scored example', () => {
  const scored = path.join(ROOT, 'examples', '民政局2022部门整体支出绩效自评表.scored.xlsx');

  it('holds the engine’s scores in its score cells', async () => {
    const input = scoreWorkbook(
      workbookSnapshot(await openWorkbook(path.join(ROOT, EXAMPLE_FILE))),
    );
    const wb = await openWorkbook(scored);
    const form = input.forms[0]!;
    const ws = wb.getWorksheet(form.model.sheet)!;
    const valueAt = (address: string): unknown => {
      const v = ws.getCell(address).value;
      return typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
    };
    expect(valueAt(form.budget!.cell!)).toBe(form.budget!.score);
    expect(valueAt(form.budget!.rateCell!)).toBe(form.budget!.rate);
    expect(ws.getCell(form.budget!.rateCell!).numFmt).toMatch(/%/);
    for (const ind of form.indicators)
      expect([ind.name, valueAt(ind.cell!)]).toEqual([ind.name, ind.score]);
    expect(valueAt(form.model.totalCell!.address)).toBe(form.total);
    // Re-scoring the scored copy changes nothing: selfeval's own values are not manual scores.
    const again = scoreWorkbook(workbookSnapshot(wb), input.profile);
    expect(again.forms[0]!.total).toBe(form.total);
    expect(
      again.findings.filter(
        (f) => f.code === 'score_changed' || f.code === 'manual_score_out_of_band',
      ),
    ).toEqual([]);
  });
});

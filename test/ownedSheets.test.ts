/**
 * Owned sheets are replaced only when selfeval can prove it wrote them (issue #9 item 2): a
 * person's own 评分计算, 评分记录 or visible `_selfeval`, and notes added to the generated 评分计算,
 * are kept; the run writes beside them (`评分计算(2)`) and says so in the summary and the JSON.
 * The hostile workbooks are built here from a fixture.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './helpers/cli';
import { FIXTURES } from './helpers/workbooks';

const SOURCE = path.join(FIXTURES, 'error.actual_missing.xlsx');
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-owned-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const names = (wb: ExcelJS.Workbook): string[] => wb.worksheets.map((w) => w.name);
const text = (wb: ExcelJS.Workbook, sheet: string, cell: string): unknown =>
  wb.getWorksheet(sheet)?.getCell(cell).value;

async function scoreTo(input: string, out: string): Promise<{ stdout: string; json: unknown }> {
  const json = `${out}.json`;
  const r = await runCli(input, '--out', out, '--json', json);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return { stdout: r.stdout, json: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

it("keeps a person's own 评分计算, 评分记录 and visible _selfeval, and writes beside them", async () => {
  const wb = await open(SOURCE);
  wb.addWorksheet('评分计算').getCell('A1').value = '我自己的计算：见附件';
  wb.addWorksheet('评分记录').getCell('B2').value = '3月1日 科长审核';
  // A visible sheet that even carries the record's mark is a person's, not the record.
  const fake = wb.addWorksheet('_selfeval');
  fake.getCell('A1').value = 'selfeval-record';
  fake.getCell('A2').value = '我的备注';
  const input = path.join(dir, 'person.xlsx');
  await wb.xlsx.writeFile(input);

  const out = path.join(dir, 'person.scored.xlsx');
  const { stdout, json } = await scoreTo(input, out);
  const scored = await open(out);
  expect(text(scored, '评分计算', 'A1')).toBe('我自己的计算：见附件');
  expect(text(scored, '评分记录', 'B2')).toBe('3月1日 科长审核');
  expect(text(scored, '_selfeval', 'A2')).toBe('我的备注');
  expect(scored.getWorksheet('_selfeval')?.state).toBe('visible');
  expect(names(scored)).toEqual(
    expect.arrayContaining(['评分计算(2)', '评分记录(2)', '_selfeval(2)']),
  );
  expect(scored.getWorksheet('_selfeval(2)')?.state).toBe('veryHidden');
  expect(stdout).toMatch(
    /工作表“评分计算”不是绩效自评助手生成的评分计算表.*写入工作表“评分计算\(2\)”/,
  );
  expect(stdout).toMatch(/工作表“评分记录”不是.*“评分记录\(2\)”/);
  expect(stdout).toMatch(/工作表“_selfeval”不是.*“_selfeval\(2\)”/);
  expect((json as { notes: string[] }).notes).toHaveLength(3);

  // The next run recognises its own (2) sheets and the record beside the person's: no (3).
  const again = path.join(dir, 'person.again.xlsx');
  const second = await scoreTo(out, again);
  const twice = await open(again);
  expect(names(twice).filter((n) => n.endsWith('(3)'))).toEqual([]);
  expect(text(twice, '评分计算', 'A1')).toBe('我自己的计算：见附件');
  expect(second.stdout).toMatch(/评分计算\(2\)/); // the person's sheet is still kept, and said so
});

it('replaces its own sheets on a re-run, but keeps a note a person added to 评分计算', async () => {
  const first = path.join(dir, 'first.xlsx');
  const one = await scoreTo(SOURCE, first);
  expect(one.stdout).not.toMatch(/提示：/);
  expect((one.json as { notes?: unknown }).notes).toBeUndefined();

  const second = path.join(dir, 'second.xlsx');
  const two = await scoreTo(first, second);
  expect(two.stdout).not.toMatch(/提示：/);
  expect(names(await open(second)).filter((n) => n.includes('(2)'))).toEqual([]);

  const edited = await open(second);
  const ws = edited.getWorksheet('评分计算')!;
  ws.getCell(`A${ws.rowCount + 2}`).value = '备注：第3项请财政局复核';
  const withNote = path.join(dir, 'with-note.xlsx');
  await edited.xlsx.writeFile(withNote);

  const third = path.join(dir, 'third.xlsx');
  const three = await scoreTo(withNote, third);
  expect(three.stdout).toMatch(/工作表“评分计算”在上次生成后已被修改.*“评分计算\(2\)”/);
  const kept = await open(third);
  const values: unknown[] = [];
  kept.getWorksheet('评分计算')!.eachRow((row) => values.push(row.getCell(1).value));
  expect(values).toContain('备注：第3项请财政局复核');
  expect(names(kept)).toContain('评分计算(2)');
});

/**
 * `selfeval review` end to end: real workbooks in temporary folders, real worker threads (the built
 * worker, so the suite builds the CLI first, as cli.test does for the binary), the summary workbook
 * read back with exceljs. Each bad input of REVIEW.md has its own test.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from './helpers/cli';
import { EXAMPLE, FIXTURES, ROOT } from './helpers/workbooks';

const SCORED = EXAMPLE.replace(/\.xlsx$/, '.scored.xlsx');
const NO_FORM = path.join(FIXTURES, 'error.no_form_found.xlsx');
const CORRUPT = path.join(FIXTURES, 'error.file_unreadable.xlsx');
const ENCRYPTED = path.join(FIXTURES, 'review', 'encrypted.xlsx');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-review-'));
  try {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json'],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  } catch {
    // a type error elsewhere still emits; the runs below show whether the worker works
  }
}, 180_000);
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder with the given files copied in (`name → source`). */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [rel, src] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(src, path.join(dir, rel));
  }
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

interface Json {
  profile: string;
  files: { file: string; status: string; message?: string; forms: Record<string, unknown>[] }[];
  summary: Record<string, unknown>;
}

async function review(
  ...args: string[]
): Promise<{ code: number; json: Json; out: string; stdout: string; stderr: string }> {
  const out = args.includes('--out')
    ? args[args.indexOf('--out') + 1]!
    : path.join(tmp, `out-${Date.now()}.xlsx`);
  const jsonFile = path.join(tmp, `summary-${Date.now()}-${Math.random()}.json`);
  const extra = args.includes('--out') ? [] : ['--out', out];
  const r = await runCli('review', ...args, ...extra, '--json', jsonFile, '--jobs', '2');
  const json = fs.existsSync(jsonFile)
    ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Json)
    : (null as unknown as Json);
  return { code: r.code, json, out, stdout: r.stdout, stderr: r.stderr };
}

const statuses = (j: Json): Record<string, string> =>
  Object.fromEntries(j.files.map((f) => [f.file, f.status]));

describe('selfeval review', () => {
  it('scores every form as `selfeval <file> --json` does, in sorted file order', async () => {
    const dir = folder('basic', {
      'z.xlsx': EXAMPLE,
      'a/scored.xlsx': SCORED,
      'm/none.xlsx': NO_FORM,
    });
    const r = await review(dir);
    expect(r.code).toBe(0);
    expect(r.json.files.map((f) => f.file)).toEqual(['a/scored.xlsx', 'm/none.xlsx', 'z.xlsx']);
    const single = await runCli(EXAMPLE, '--json', '-');
    const one = JSON.parse(single.stdout) as { forms: { total: number; grade: string }[] };
    const z = r.json.files[2]!.forms[0]!;
    expect([z.total, z.grade]).toEqual([one.forms[0]!.total, one.forms[0]!.grade]);
    // The scored copy holds the computed scores: its 总分 cell reads 99.62 and nothing differs.
    expect(r.json.files[0]!.forms[0]).toMatchObject({
      selfReportedTotal: 99.62,
      difference: 0,
      scoresDiffering: 0,
      selfScored: true,
      duplicateOf: null,
    });
    // z.xlsx is the same 荆门市民政局 2022 部门整体 form (unscored): 重复 of a/scored.xlsx, counted once.
    expect(r.json.files[2]!.forms[0]).toMatchObject({
      selfScored: false,
      scoresDiffering: 34,
      duplicateOf: { file: 'a/scored.xlsx', sheet: '部门整体支出绩效自评表', firstRow: 1 },
    });
    expect(r.json.summary).toEqual({
      files: 3,
      forms: 1,
      scored: 2,
      noForm: 1,
      unreadable: 0,
      grades: { 优: 1, 良: 0, 中: 0, 差: 0 },
      meanTotal: 99.62,
      medianTotal: 99.62,
      withDifferences: 0,
      notSelfScored: 0,
      duplicates: 1,
    });
    expect(r.stdout).toContain(
      '已复核 3 个文件、1 张自评表：优 1，良 0，中 0，差 0；重复 1（未计入）；未找到自评表 1；无法读取 0',
    );
    expect(r.json.profile).toBe('as saved per workbook');
  }, 60_000);

  it('never modifies an input', async () => {
    const dir = folder('readonly', { 'x.xlsx': EXAMPLE });
    const before = fs.readFileSync(path.join(dir, 'x.xlsx'));
    const mtime = fs.statSync(path.join(dir, 'x.xlsx')).mtimeMs;
    await review(dir);
    expect(fs.readFileSync(path.join(dir, 'x.xlsx')).equals(before)).toBe(true);
    expect(fs.statSync(path.join(dir, 'x.xlsx')).mtimeMs).toBe(mtime);
  }, 60_000);

  it('lists a corrupt file as 无法读取 with a Chinese reason and goes on', async () => {
    const dir = folder('corrupt', { 'bad.xlsx': CORRUPT, 'ok.xlsx': EXAMPLE });
    const r = await review(dir);
    expect(r.code).toBe(0);
    expect(statuses(r.json)).toEqual({ 'bad.xlsx': 'unreadable', 'ok.xlsx': 'scored' });
    expect(r.json.files[0]!.message).toMatch(/^“bad\.xlsx”不是有效的 \.xlsx 文件：/);
  }, 60_000);

  it('lists an encrypted file as 无法读取: 已加密', async () => {
    const dir = folder('encrypted', { 'locked.xlsx': ENCRYPTED });
    const r = await review(dir);
    expect(r.code).toBe(1);
    expect(r.json.files[0]).toMatchObject({
      status: 'unreadable',
      message: expect.stringContaining('文件已加密'),
    });
  }, 60_000);

  it('lists a workbook without a form as no_form; exit 1 when nothing was scored', async () => {
    const dir = folder('noform', { 'n.xlsx': NO_FORM });
    const r = await review(dir);
    expect(r.code).toBe(1);
    expect(r.json.files).toEqual([
      { file: 'n.xlsx', status: 'no_form', message: '工作簿中没有找到绩效自评表', forms: [] },
    ]);
  }, 60_000);

  it('stops a file that takes longer than --timeout-per-file and reviews the rest', async () => {
    // 150,000 rows × 10 cells: small once zipped, ~8 s for exceljs to load on this machine alone.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据').getCell('A1').value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const rows: string[] = [];
    for (let r = 1; r <= 150_000; r++) {
      let cells = '';
      for (let c = 0; c < 10; c++)
        cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    const dir = folder('slow', { 'ok.xlsx': EXAMPLE });
    fs.writeFileSync(
      path.join(dir, 'slow.xlsx'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    const started = Date.now();
    const r = await review(dir, '--timeout-per-file', '4');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(0);
    expect(statuses(r.json)).toEqual({ 'ok.xlsx': 'scored', 'slow.xlsx': 'unreadable' });
    expect(r.json.files[1]!.message).toBe(
      '“slow.xlsx”处理超过 4 秒仍未完成，已跳过（可用 --timeout-per-file 放宽时限）',
    );
  }, 90_000);

  it('ignores Excel lock files, hidden files and anything not .xlsx', async () => {
    const dir = folder('ignored', {
      'ok.xlsx': EXAMPLE,
      '~$ok.xlsx': CORRUPT,
      '.hidden.xlsx': CORRUPT,
      '.git/inside.xlsx': CORRUPT,
      'notes.txt': CORRUPT,
      'old.xls': CORRUPT,
    });
    const r = await review(dir);
    expect(r.json.files.map((f) => f.file)).toEqual(['ok.xlsx']);
  }, 60_000);

  it('follows a symbolic link loop once and a second link to the same file not at all', async () => {
    const dir = folder('loop', { 'sub/ok.xlsx': EXAMPLE });
    fs.symlinkSync(dir, path.join(dir, 'sub', 'back')); // sub/back → the folder itself
    fs.symlinkSync(path.join(dir, 'sub', 'ok.xlsx'), path.join(dir, 'alias.xlsx'));
    const r = await review(dir);
    expect(r.code).toBe(0);
    expect(r.json.files.map((f) => f.file)).toEqual(['alias.xlsx']);
  }, 60_000);

  it('keeps two files of the same name in different folders apart', async () => {
    const dir = folder('samename', { 'a/x.xlsx': EXAMPLE, 'b/x.xlsx': NO_FORM });
    const r = await review(dir);
    expect(statuses(r.json)).toEqual({ 'a/x.xlsx': 'scored', 'b/x.xlsx': 'no_form' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    const links = wb.getWorksheet('汇总')!.getColumn(1).values.slice(2) as { hyperlink: string }[];
    expect(links.map((l) => l.hyperlink)).toEqual(['samename/a/x.xlsx', 'samename/b/x.xlsx']);
  }, 60_000);

  it('reports a folder with no .xlsx: exit 1, an empty summary still written', async () => {
    const dir = folder('empty', { 'readme.txt': CORRUPT });
    const r = await review(dir);
    expect(r.code).toBe(1);
    expect(r.json.files).toEqual([]);
    expect(r.stdout).toContain('没有找到可复核的 .xlsx 文件');
    expect(r.stdout).toContain('已复核 0 个文件、0 张自评表');
    expect(fs.existsSync(r.out)).toBe(true);
  }, 60_000);

  it('does not review its own summary written inside the folder, then or next time', async () => {
    const dir = folder('inside', { 'ok.xlsx': EXAMPLE });
    const out = path.join(dir, '汇总.xlsx');
    const first = await review(dir, '--out', out);
    expect(first.json.files.map((f) => f.file)).toEqual(['ok.xlsx']);
    // Next time, written elsewhere: the old summary is recognised by its marker and skipped.
    const second = await review(dir);
    expect(second.json.files.map((f) => f.file)).toEqual(['ok.xlsx']);
    expect(second.stdout).toContain('已跳过本工具生成的汇总表 1 个');
    // The same --out again: the earlier summary is ours, so it is replaced, not refused.
    const third = await review(dir, '--out', out);
    expect(third.code).toBe(0);
    expect(third.json.files.map((f) => f.file)).toEqual(['ok.xlsx']);
  }, 60_000);

  it('refuses an --out equal to an input (usage error, exit 2), the input untouched', async () => {
    const dir = folder('same', { 'ok.xlsx': EXAMPLE });
    const input = path.join(dir, 'ok.xlsx');
    const before = fs.readFileSync(input);
    const r = await runCli('review', input, '--out', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out“${input}”与输入“${input}”是同一个文件`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses an --out that is a workbook found in the folder through a symbolic link', async () => {
    const dir = folder('same-link', { 'a.xlsx': EXAMPLE, 'b.xlsx': EXAMPLE });
    const input = path.join(dir, 'b.xlsx');
    const link = path.join(tmp, 'link-to-b.xlsx');
    fs.symlinkSync(input, link);
    const before = fs.readFileSync(input);
    const r = await runCli('review', dir, '--out', link);
    expect(r.code).toBe(2);
    // Both paths named: the output as typed, the input as found.
    expect(r.stderr).toContain(`--out“${link}”与输入工作簿“${input}”是同一个文件`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses two outputs that are one file (a link, another case), nothing written', async () => {
    const dir = folder('two-outs', { 'ok.xlsx': EXAMPLE });
    const outDir = fs.mkdtempSync(path.join(tmp, 'outs-'));
    const html = path.join(outDir, 'page.html');
    fs.writeFileSync(html, 'old page');
    const link = path.join(outDir, 'alias.html');
    fs.symlinkSync(html, link);
    const out = path.join(outDir, 'sum.xlsx');
    const r = await runCli('review', dir, '--out', out, '--html', html, '--summary-docx', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--html“${html}”与--summary-docx“${link}”是同一个文件`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(html, 'utf8')).toBe('old page');
    const upper = await runCli('review', dir, '--out', out, '--json', out.toUpperCase());
    expect(upper.code).toBe(2);
    expect(upper.stderr).toContain('是同一个文件');
  });

  it('rejects bad options with exit 2', async () => {
    expect((await runCli('review', tmp)).code).toBe(2);
    expect((await runCli('review', tmp, '--out', 'x.xlsx', '--jobs', '0')).stderr).toContain(
      '--jobs',
    );
    expect(
      (await runCli('review', tmp, '--out', 'x.xlsx', '--timeout-per-file', 'soon')).code,
    ).toBe(2);
    expect(
      (await runCli('review', path.join(tmp, 'nope'), '--out', path.join(tmp, 'n.xlsx'))).stderr,
    ).toContain('找不到');
    expect((await runCli('review', tmp, '--out', 'a.xlsx', '--html', 'a.xlsx')).stderr).toContain(
      '同一个文件',
    );
  });

  it('writes the summary workbook: 汇总, 问题清单, 统计; texts as text, links, filter, frozen header', async () => {
    // A project name that looks like a formula must arrive as text (layout.anhui: project in C2).
    const wb0 = new ExcelJS.Workbook();
    await wb0.xlsx.readFile(path.join(FIXTURES, 'layout.anhui.xlsx'));
    wb0.worksheets[0]!.getCell('C2').value = '=HYPERLINK("http://example.invalid","点我")';
    const dir = folder('sheets', {});
    await wb0.xlsx.writeFile(path.join(dir, 'formula-unit.xlsx'));
    fs.copyFileSync(CORRUPT, path.join(dir, 'z-bad.xlsx'));
    const r = await review(dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      '汇总',
      '问题清单',
      '统计',
    ]);
    const s = wb.getWorksheet('汇总')!;
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.autoFilter).toBeTruthy();
    expect(s.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(s.getCell('D2').value).toBe('=HYPERLINK("http://example.invalid","点我")');
    expect(s.getCell('A3').value).toMatchObject({
      text: 'z-bad.xlsx',
      hyperlink: 'sheets/z-bad.xlsx',
    });
    expect(s.getCell('R3').value).toBe('无法读取');
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(r.out))
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    expect(xml).toContain('<conditionalFormatting');
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    const p = wb.getWorksheet('问题清单')!;
    expect(p.getRow(1).values).toEqual([
      undefined,
      '文件',
      '工作表',
      '单元格',
      '指标',
      '级别',
      '问题',
      '问题说明',
      '代码',
    ]);
    // The findings of the form, and the unreadable file's one on the last row: named in Chinese,
    // the code last.
    expect(p.rowCount).toBeGreaterThan(2);
    expect(p.getCell(p.rowCount, 6).value).toBe('文件无法读取');
    expect(p.getCell(p.rowCount, 8).value).toBe('file_unreadable');
    const stats = wb.getWorksheet('统计')!;
    const labels = stats.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(labels).toEqual(
      expect.arrayContaining([
        '等级：优',
        '平均分',
        '90%及以上',
        '最常见的问题（前十）',
        '按主管部门',
      ]),
    );
  }, 60_000);

  it('writes the page of charts and the 总结报告 when asked', async () => {
    const dir = folder('outputs', {
      'a.xlsx': EXAMPLE,
      'b.xlsx': path.join(FIXTURES, 'layout.anhui.xlsx'),
    });
    const html = path.join(tmp, 'outputs.html');
    const docx = path.join(tmp, 'outputs.docx');
    const r = await review(dir, '--html', html, '--summary-docx', docx);
    expect(r.code).toBe(0);
    const page = fs.readFileSync(html, 'utf8');
    expect(page.match(/<svg/g)).toHaveLength(3);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/(src|href)=["']https?:/);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(docx))
    )
      .file('word/document.xml')!
      .async('string');
    // One report per 主管部门: the example's 荆门市民政局 and the Anhui form's 安庆市民政局.
    expect(xml).toContain('部门项目支出绩效自评总结报告');
    expect(xml).toContain('一、项目支出基本情况');
    expect(xml).toContain('六、其他需要说明的问题');
  }, 60_000);
});

describe('what a reviewer reads first (issue 23)', () => {
  const FORM_SHEET = '部门整体支出绩效自评表';

  /** A copy of the example with its 总分 (G42) typed. */
  async function exampleTyped(dir: string, name: string, total: number): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet(FORM_SHEET)!.getCell('G42').value = total;
    fs.mkdirSync(dir, { recursive: true });
    await wb.xlsx.writeFile(path.join(dir, name));
  }

  /** The 汇总 row of a file, as header → value. */
  async function summaryRow(out: string, file: string): Promise<Record<string, unknown>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('汇总')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    for (let r = 2; r <= ws.rowCount; r++) {
      const first = ws.getCell(r, 1).value as { text?: string } | string;
      const name = typeof first === 'string' ? first : first.text;
      if (name !== file) continue;
      return Object.fromEntries(headers.map((h, i) => [h, ws.getCell(r, i + 1).value]));
    }
    throw new Error(`no row for ${file}`);
  }

  it('a unit that typed 100 where the rules give 99.62: 差异 −0.38, the execution problem first', async () => {
    const dir = path.join(tmp, 'typed100');
    await exampleTyped(dir, '民政局.xlsx', 100);
    const r = await review(dir);
    const row = await summaryRow(r.out, '民政局.xlsx');
    // 100 − 99.62 = 0.38: under VERIFY.md §2's 0.5 and both 优, so no self_score_inflated; the
    // headline no longer opens with 定性指标需人工确认: the over-budget execution comes first.
    expect(row).toMatchObject({
      自评得分: 100,
      复核得分: 99.62,
      差异: -0.38,
      // 33 empty 得分/执行率 cells and the 总分 100 against 99.62.
      不一致单元格: 34,
      主要问题: '超预算执行；定性指标需人工确认（3处）',
    });
  }, 60_000);

  it('a typed 总分 2 points above the rules leads the headline as 自评得分偏高', async () => {
    const dir = folder('inflated', {
      'x.xlsx': path.join(FIXTURES, 'error.self_score_inflated.xlsx'),
    });
    const r = await review(dir);
    expect(r.json.files[0]!.forms[0]).toMatchObject({
      total: 98,
      selfReportedTotal: 100,
      difference: -2,
      codes: { self_score_inflated: 1 },
    });
    expect((await summaryRow(r.out, 'x.xlsx')).主要问题).toBe(
      '自评得分偏高：自评总分100分，按评分规则计算为98分，高出2分，自评得分偏高，请逐项核实得分',
    );
  }, 60_000);

  it('the unscored example is 未自评, not 34 不一致 cells', async () => {
    const dir = folder('unscored', { 'ex.xlsx': EXAMPLE });
    const r = await review(dir);
    expect(r.json.files[0]!.forms[0]).toMatchObject({ selfScored: false, scoresDiffering: 34 });
    expect(r.json.summary).toMatchObject({ withDifferences: 0, notSelfScored: 1 });
    expect((await summaryRow(r.out, 'ex.xlsx')).不一致单元格).toBe('未自评');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    const stats = wb.getWorksheet('统计')!;
    const valueOf = (label: string): unknown => {
      for (let i = 1; i <= stats.rowCount; i++)
        if (stats.getCell(i, 1).value === label) return stats.getCell(i, 2).value;
      return undefined;
    };
    expect([valueOf('得分与复核不一致的表'), valueOf('未自评的表')]).toEqual([0, 1]);
  }, 60_000);

  it('two copies of one unit’s file are one form in every total, the page and the 总结报告', async () => {
    const dir = folder('copies', {
      'a/民政局.xlsx': EXAMPLE,
      'b/民政局（副本）.xlsx': EXAMPLE,
      'layout.multi.xlsx': path.join(FIXTURES, 'layout.multi.xlsx'),
    });
    const html = path.join(tmp, 'copies.html');
    const docx = path.join(tmp, 'copies.docx');
    const r = await review(dir, '--html', html, '--summary-docx', docx);
    expect(r.json.files[1]!.forms[0]!.duplicateOf).toEqual({
      file: 'a/民政局.xlsx',
      sheet: FORM_SHEET,
      firstRow: 1,
    });
    // Counted: the example once and layout.multi's three forms.
    expect(r.json.summary).toMatchObject({ files: 3, forms: 4, duplicates: 1 });
    expect(r.stdout).toContain(
      '已复核 3 个文件、4 张自评表：优 4，良 0，中 0，差 0；重复 1（未计入）',
    );
    const row = await summaryRow(r.out, 'b/民政局（副本）.xlsx');
    expect(row.状态).toBe('重复');
    expect(row.主要问题).toMatch(
      /^重复：与“a\/民政局\.xlsx”的自评表单位、项目、年度相同，未计入统计/,
    );
    // 总体执行率 = Σ executed ÷ Σ planned over the counted forms: (21,680.25 + 1,140 + 304 + 100) ÷
    // (11,605.29 + 1,200 + 320 + 100) = 23,224.25 ÷ 13,225.29 = 175.60%. With the copy counted
    // twice it was 44,904.50 ÷ 24,830.58 = 180.84%.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    const stats = wb.getWorksheet('统计')!;
    let rate: unknown;
    for (let i = 1; i <= stats.rowCount; i++)
      if (stats.getCell(i, 1).text.startsWith('总体执行率')) rate = stats.getCell(i, 2).value;
    expect(rate).toBeCloseTo(23224.25 / 13225.29, 10);
    expect(stats.getCell(2, 1).value).toBe(
      '另有重复报送的自评表1张（与其他文件中的表为同一单位、项目和年度），以下各项均未重复计入。',
    );
    // As the page writes percents: up to 2 decimals, no trailing zero.
    expect(fs.readFileSync(html, 'utf8')).toContain('<span>总体执行率</span><b>175.6%</b>');
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(docx))
    )
      .file('word/document.xml')!
      .async('string');
    // 荆门市民政局's own report counts its form once.
    expect(xml).toContain('荆门市民政局共汇总绩效自评表1张');
    expect(xml).not.toContain('荆门市民政局共汇总绩效自评表2张');
  }, 60_000);

  it('makes rows as tall as their text and says its time in 北京时间', async () => {
    const dir = folder('heights', {
      'm.xlsx': path.join(FIXTURES, 'error.indicators_missing.xlsx'),
    });
    const html = path.join(tmp, 'heights.html');
    const r = await review(dir, '--html', html);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    // A lower bound worked out apart from the product's estimate: the 问题说明 column is 64 units
    // wide (64 × 7 + 5 = 453 px, 340 pt), which holds at most 30 CJK characters of 11 pt; each line
    // takes 15 pt. Only CJK characters are counted, so the bound never asks for more than needed.
    const p = wb.getWorksheet('问题清单')!;
    for (let i = 2; i <= p.rowCount; i++) {
      const cjk = (p.getCell(i, 7).text.match(/[\u2e80-\uffff]/g) ?? []).length;
      const lines = Math.ceil(cjk / 30);
      if (lines > 1) expect(p.getRow(i).height).toBeGreaterThanOrEqual(lines * 15);
    }
    // The form's 主要问题 (why it could not be read) is far over two lines of its 36-unit column.
    const s = wb.getWorksheet('汇总')!;
    expect(s.getRow(2).height).toBeGreaterThan(30);
    expect(fs.readFileSync(html, 'utf8')).toMatch(
      /生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/,
    );
  }, 60_000);
});

/**
 * The `selfeval` command line: exit codes, output and files, called in-process through `main(argv,
 * io)` with a capturing io, plus one run of the real built binary.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../src/engine';
import { openWorkbook } from '../src/xlsx/node';
import { EXAMPLE_FILE, goldenPathOf } from '../scripts/goldenReport';
import { runCli as cli } from './helpers/cli';
import { ROOT } from './helpers/workbooks';

const golden = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(ROOT, goldenPathOf(file)), 'utf8'));
const NO_STACK = /\n\s+at\s|Error:/;

let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-cli-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('selfeval (in-process)', () => {
  it('scores the example: exit 0 with a Chinese summary', async () => {
    const r = await cli(EXAMPLE_FILE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('【部门整体支出绩效自评表】');
    expect(r.stdout).toContain('总分 99.62 / 100');
    expect(r.stdout).toContain('等级 优');
  });

  it('--json - prints valid JSON equal to the golden output', async () => {
    const r = await cli(EXAMPLE_FILE, '--json', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden(EXAMPLE_FILE));
  });

  it('--json - on a fixture with several forms equals its golden output', async () => {
    const file = 'test/fixtures/layout.multi.xlsx';
    const r = await cli(file, '--json=-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden(file));
  });

  it('--json <file> writes the report and still prints the summary', async () => {
    const out = path.join(tmp, 'report.json');
    const r = await cli(EXAMPLE_FILE, '--json', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('总分 99.62');
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(golden(EXAMPLE_FILE));
  });

  it('--out writes a scored copy and leaves the input as it was', async () => {
    const out = path.join(tmp, 'scored.xlsx');
    const input = path.join(ROOT, EXAMPLE_FILE);
    const before = fs.readFileSync(input);
    const r = await cli(EXAMPLE_FILE, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写入评分后的工作簿：${out}`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const ws = (await openWorkbook(out)).getWorksheet('部门整体支出绩效自评表')!;
    expect(ws.getCell('H5').value).toBe(10);
    expect(ws.getCell('G5').numFmt).toBe('0.00%');
    // No stray temporary file is left beside the output.
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['no form', 'test/fixtures/error.no_form_found.xlsx', '没有找到绩效自评表'],
    ['a corrupt file', 'test/fixtures/error.file_unreadable.xlsx', '不是有效的 .xlsx 文件'],
    ['a missing file', 'test/fixtures/does-not-exist.xlsx', '不存在'],
  ])(
    'exit 1 for %s, with one clear Chinese line and no stack trace',
    async (_what, file, words) => {
      const r = await cli(file);
      expect(r.code).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all).toContain(words);
      expect(all).not.toMatch(NO_STACK);
      expect(all.split('\n').filter((l) => l.includes(words))).toHaveLength(1);
    },
  );

  it('exit 1 with file_unreadable for a zip that holds no sheet (not a workbook)', async () => {
    const empty = path.join(tmp, 'no-sheet.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(empty);
    const r = await cli(empty, '--json', '-');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { code: string; message: string }[] };
    expect(report.findings.map((f) => f.code)).toEqual(['file_unreadable']);
    expect(report.findings[0]!.message).toContain('没有任何工作表');
  });

  it('exit 1 for an unreadable file also with --json -, which carries file_unreadable', async () => {
    const r = await cli('test/fixtures/error.file_unreadable.xlsx', '--json', '-');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(golden('test/fixtures/error.file_unreadable.xlsx'));
  });

  it.each([
    ['no file', [], '请指定要评分的工作簿'],
    ['an unknown option', [EXAMPLE_FILE, '--bogus'], '未知选项：--bogus'],
    ['a missing value', [EXAMPLE_FILE, '--out'], '选项 --out 缺少参数值'],
    ['a missing --json value', [EXAMPLE_FILE, '--json'], '选项 --json 缺少参数值'],
    ['an unknown profile', [EXAMPLE_FILE, '--profile', 'mof1999'], '未知的评分规则“mof1999”'],
    [
      'a profile file that does not exist',
      [EXAMPLE_FILE, '--profile', 'test/fixtures/profiles/none.json'],
      '无法读取评分配置文件',
    ],
    [
      'a profile file with an unknown key',
      [EXAMPLE_FILE, '--profile', 'test/fixtures/profiles/bad-unknown-key.json'],
      'deviationTreshold：未知的配置项',
    ],
    [
      'a profile file with a wrong type',
      [EXAMPLE_FILE, '--profile', 'test/fixtures/profiles/bad-wrong-type.json'],
      'grades[0].min：应为数字',
    ],
    [
      'a profile file with a missing value',
      [EXAMPLE_FILE, '--profile', 'test/fixtures/profiles/bad-missing-value.json'],
      'executionCaps[0].cap：缺少此项，应为数字',
    ],
    [
      'a profile file that is not JSON',
      [EXAMPLE_FILE, '--profile', 'test/fixtures/profiles/bad-invalid-json.json'],
      '不是有效的 JSON',
    ],
    ['an unknown argument of profiles', ['profiles', '--all'], 'selfeval profiles 不接受“--all”'],
    [
      '--out equal to the input',
      [EXAMPLE_FILE, '--out', `./${EXAMPLE_FILE}`],
      '是同一个文件：selfeval 从不修改输入文件',
    ],
  ])('exit 2 for %s', async (_what, argv, words) => {
    const input = path.join(ROOT, EXAMPLE_FILE);
    const before = fs.readFileSync(input);
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('--strict exits 1 when an error finding exists, 0 otherwise', async () => {
    expect((await cli('test/fixtures/error.weight_missing.xlsx')).code).toBe(0);
    expect((await cli('test/fixtures/error.weight_missing.xlsx', '--strict')).code).toBe(1);
    // Warnings alone do not fail --strict.
    expect((await cli('test/fixtures/error.execution_low.xlsx', '--strict')).code).toBe(0);
  });

  it('--profile mof2021 scores with the 2021 bands', async () => {
    const file = 'test/fixtures/layout.mof2021.xlsx';
    const r = await cli(file, '--profile', 'mof2021', '--json', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden(file));
    expect((JSON.parse(r.stdout) as JsonReport).forms[0]!.total).toBe(53.5);
    // The default profile gives another total for the same workbook.
    const d = JSON.parse((await cli(file, '--json', '-')).stdout) as JsonReport;
    expect(d.profile).toBe('mof2020');
    expect(d.forms[0]!.total).not.toBe(53.5);
  });

  it('selfeval profiles lists the catalogue; --json as data', async () => {
    const text = await cli('profiles');
    expect(text.code).toBe(0);
    for (const id of ['mof2020', 'mof2021', 'hubei-legacy', 'yitihua-strict'])
      expect(text.stdout).toContain(id);
    expect(text.stdout).toContain('依据：');
    const json = await cli('profiles', '--json');
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string; name: string; source: string }[];
    expect(list.map((p) => p.id)).toEqual(['mof2020', 'mof2021', 'hubei-legacy', 'yitihua-strict']);
    for (const p of list) expect(p.source).not.toBe('');
  });

  it('--profile yitihua-strict caps the total by execution (SCORING.md §10)', async () => {
    const file = 'test/fixtures/layout.executionCaps.yitihua-strict.xlsx';
    const r = await cli(file, '--profile', 'yitihua-strict', '--json', '-');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.profile).toBe('yitihua-strict');
    expect(report.forms[0]!.total).toBe(59); // 90.5 capped at 59: 45% execution is below 50%
    expect(report.findings.map((f) => f.code)).toContain('total_capped');
  });

  it('--profile <file.json> loads a profile from a file', async () => {
    const r = await cli(
      'test/fixtures/layout.shuffled.xlsx',
      '--profile',
      'test/fixtures/profiles/strict-review.json',
      '--json',
      '-',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.profile).toBe('strict-review');
    // 96.78 is 优 by default but 良 when 优 needs 98; 520 against ≥500 (104%) passes the 103%
    // deviation threshold of this profile, not the default 130%.
    expect(report.forms[0]!.total).toBe(96.78);
    expect(report.forms[0]!.grade).toBe('良');
    expect(
      report.findings.filter((f) => f.code === 'deviation_over_target').map((f) => f.cell),
    ).toEqual(['D12']); // 实际完成值 is column D in this layout
  });

  it('a scored copy is re-scored with the profile saved in it', async () => {
    const out = path.join(tmp, 'mof2021.xlsx');
    expect(
      (await cli('test/fixtures/layout.mof2021.xlsx', '--profile', 'mof2021', '--out', out)).code,
    ).toBe(0);
    const again = JSON.parse((await cli(out, '--json', '-')).stdout) as JsonReport;
    expect(again.profile).toBe('mof2021');
    expect(again.forms[0]!.total).toBe(53.5);
  });
});

describe('selfeval (the built binary)', () => {
  const ensureBuild = path.join(ROOT, 'bin', 'ensureBuild.js');
  beforeAll(() => {
    // Build the CLI if its sources are newer than the build, as `npm run score` does.
    execFileSync(process.execPath, [ensureBuild], { cwd: ROOT, stdio: 'pipe' });
  }, 180_000);

  const run = (...args: string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'selfeval.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0, 1 and 2 as documented', () => {
    const ok = run(EXAMPLE_FILE, '--json', '-');
    expect(ok.status).toBe(0);
    expect(JSON.parse(String(ok.stdout))).toEqual(golden(EXAMPLE_FILE));
    const bad = run('test/fixtures/error.file_unreadable.xlsx');
    expect(bad.status).toBe(1);
    expect(String(bad.stdout) + String(bad.stderr)).not.toMatch(NO_STACK);
    expect(run('test/fixtures/error.no_form_found.xlsx').status).toBe(1);
    const usage = run('--nope');
    expect(usage.status).toBe(2);
    expect(String(usage.stderr)).toContain('未知选项');
  });

  it('finishes quietly and still writes --out when its reader closes the pipe early (`| head`)', async () => {
    const out = path.join(tmp, 'piped.xlsx');
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'selfeval.js'), EXAMPLE_FILE, '--out', out],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(NO_STACK);
    expect(fs.existsSync(out)).toBe(true);
  }, 60_000);

  (fs.existsSync('/dev/full') ? it : it.skip)(
    'a full disk on standard output (`> /dev/full`) is one Chinese line on stderr and exit 1',
    () => {
      const fd = fs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(
          process.execPath,
          [path.join(ROOT, 'bin', 'selfeval.js'), EXAMPLE_FILE],
          {
            cwd: ROOT,
            encoding: 'utf8',
            stdio: ['ignore', fd, 'pipe'],
          },
        );
        expect(r.status).toBe(1);
        expect(r.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(/^selfeval：无法写入标准输出：磁盘空间已满/),
        ]);
      } finally {
        fs.closeSync(fd);
      }
    },
  );

  it('rebuilds a build older than its sources once, then runs without the compiler', () => {
    const stamp = path.join(ROOT, 'build', '.stamp');
    const kept = fs.statSync(stamp);
    fs.utimesSync(stamp, new Date(0), new Date(0)); // every source is now newer than the build
    try {
      const first = spawnSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'selfeval.js'), '--version'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 170_000, // one tsc build on a busy machine
        },
      );
      expect(first.status).toBe(0);
      expect(first.stderr).toContain('源代码比构建新，正在重新构建命令行（tsc）');
      expect(fs.statSync(stamp).mtimeMs).toBeGreaterThan(kept.mtimeMs - 1);
      const second = run('--version');
      expect(second.status).toBe(0);
      expect(String(second.stderr)).not.toContain('重新构建');
    } finally {
      if (fs.statSync(stamp).mtimeMs === 0) fs.utimesSync(stamp, kept.atime, kept.mtime);
    }
  }, 180_000);
});

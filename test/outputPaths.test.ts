/**
 * No output ever replaces an input (issue #9 item 1): every output flag is checked against the
 * workbook (and a profile file) and against each other by what the paths point at, before
 * anything is written; outputs are written through a temporary file and renamed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { assertDistinctOutputs, OutputPathConflict } from '../src/cli/outputPaths';
import { runCli } from './helpers/cli';
import { FIXTURES, ROOT } from './helpers/workbooks';

const SOURCE = path.join(FIXTURES, 'error.actual_missing.xlsx');
let dir = '';
let input = '';
let original: Buffer;

/** The folder as every case starts: the input, a symlink and a hard link to it, a linked folder. */
function setUp(): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-paths-'));
  input = path.join(dir, 'in.xlsx');
  fs.copyFileSync(SOURCE, input);
  original = fs.readFileSync(input);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.symlinkSync(input, path.join(dir, 'link.xlsx'));
  fs.symlinkSync(dir, path.join(dir, 'dirlink'));
  fs.linkSync(input, path.join(dir, 'hard.xlsx'));
}
beforeAll(setUp);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  // Whatever a test did, the input is as it was: bytes, and still a file of its own.
  expect(fs.readFileSync(input).equals(original)).toBe(true);
});

/** Files left in the folder other than the ones made in beforeAll (temporary files included). */
function strayFiles(): string[] {
  const known = new Set(['in.xlsx', 'sub', 'link.xlsx', 'dirlink', 'hard.xlsx']);
  return fs.readdirSync(dir).filter((f) => !known.has(f));
}

describe('an output that is the input is a usage error naming both paths', () => {
  const cases: [string, string[]][] = [
    ['--report-docx', ['--report-docx']],
    ['--json', ['--json']],
    ['--report-md', ['--report-md']],
    ['--check --json', ['--check', '--json']],
    ['--out', ['--out']],
  ];
  it.each(cases)('%s <input>', async (_, flags) => {
    const r = await runCli(input, ...flags, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`“${input}”`);
    expect(r.stderr).toContain(flags[flags.length - 1]!);
    expect(r.stderr).toMatch(/同一个文件/);
    expect(r.stdout).toBe('');
  });

  it('through a symlink: selfeval link.xlsx --out in.xlsx', async () => {
    const r = await runCli(path.join(dir, 'link.xlsx'), '--out', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('link.xlsx');
    expect(r.stderr).toContain('in.xlsx');
  });

  it('through a hard link and through a symlinked folder', async () => {
    expect((await runCli(input, '--json', path.join(dir, 'hard.xlsx'))).code).toBe(2);
    expect((await runCli(input, '--report-md', path.join(dir, 'dirlink', 'in.xlsx'))).code).toBe(2);
  });

  it('a profile file is an input too', async () => {
    const profile = path.join(dir, 'sub', 'p.json');
    fs.writeFileSync(profile, '{}');
    const r = await runCli(input, '--profile', profile, '--json', profile);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--profile');
  });
});

it('two outputs that are one file are a usage error, nothing written', async () => {
  const a = path.join(dir, 'sub', 'a.json');
  const r = await runCli(
    input,
    '--json',
    a,
    '--report-md',
    path.join(dir, 'sub', '..', 'sub', 'a.json'),
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--json');
  expect(r.stderr).toContain('--report-md');
  expect(fs.existsSync(a)).toBe(false);
});

it('a missing --out folder is one Chinese line, exit 1, and leaves no temporary file', async () => {
  const r = await runCli(input, '--out', path.join(dir, 'nowhere', 'x.xlsx'));
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/文件夹.*不存在.*请先创建/);
  expect(r.stderr).not.toMatch(/ENOENT|内部错误|\n\s+at /);
  expect(strayFiles()).toEqual([]);
});

it('an existing output is replaced whole through a temporary file, none left behind', async () => {
  const out = path.join(dir, 'sub', 'scored.xlsx');
  fs.writeFileSync(out, 'old');
  const r = await runCli(input, '--out', out);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  expect(fs.readdirSync(path.join(dir, 'sub')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  fs.rmSync(out);
});

describe('the guard itself', () => {
  it('ignores standard output and accepts distinct files', async () => {
    await expect(
      assertDistinctOutputs(
        [{ role: '输入工作簿', path: input }],
        [
          { role: '--json', path: '-' },
          { role: '--report-md', path: path.join(dir, 'r.md') },
          { role: '--out', path: path.join(dir, 'o.xlsx') },
        ],
      ),
    ).resolves.toBeUndefined();
  });
  it('names the input first and the output second', async () => {
    const err = await assertDistinctOutputs(
      [{ role: '输入工作簿', path: input }],
      [{ role: '--out', path: path.join(dir, 'link.xlsx') }],
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputPathConflict);
    expect((err as Error).message).toMatch(
      /^--out“.*link\.xlsx”与输入工作簿“.*in\.xlsx”是同一个文件/,
    );
  });
});

describe('property: no combination of output flags and spellings changes the input', () => {
  // Spellings of the input (and of other files) relative to the repository root, where runCli runs.
  const rel = (p: string): string => path.relative(ROOT, p);
  const spellings = (): string[] => [
    input,
    rel(input),
    `./${rel(input)}`,
    path.join(dir, 'sub', '..', 'in.xlsx'),
    `${path.join(dir, 'sub')}/../in.xlsx`,
    path.join(dir, '.', 'in.xlsx'),
    path.join(dir, 'link.xlsx'),
    path.join(dir, 'hard.xlsx'),
    path.join(dir, 'dirlink', 'in.xlsx'),
    path.join(dir, 'IN.xlsx'),
    path.join(dir, 'In.XLSX'),
    path.join(dir, 'sub', 'other.out'),
  ];
  const FLAGS = ['--out', '--json', '--report-md', '--report-docx'] as const;

  it('holds for random command lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(11),
        fc.subarray([...FLAGS], { minLength: 1 }),
        fc.array(fc.nat(11), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        async (inputSpelling, flags, outSpellings, check) => {
          setUp();
          const all = spellings();
          const argv = [all[inputSpelling]!];
          const useCheck = check && !flags.includes('--out');
          if (useCheck) argv.push('--check');
          flags.forEach((f, i) => argv.push(f, all[outSpellings[i]!]!));
          const inputExists = fs.existsSync(argv[0]!);
          const r = await runCli(...argv);
          expect(fs.readFileSync(input).equals(original)).toBe(true);
          expect(fs.lstatSync(input).isFile()).toBe(true);
          // Anything that named the input file as an output was refused before writing.
          const hitsInput = flags.some((_, i) => {
            const o = all[outSpellings[i]!]!;
            return fs.existsSync(o) && fs.statSync(o).ino === fs.statSync(input).ino;
          });
          if (hitsInput && inputExists) expect(r.code).toBe(2);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

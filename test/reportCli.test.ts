/** The CLI's report options: --report-md (file or stdout) and --report-docx, and their usage errors. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../src/cli/args';
import { EXAMPLE_FILE } from '../scripts/goldenReport';
import { reportGoldenPathOf } from '../scripts/reportGolden';
import { runCli as cli } from './helpers/cli';
import { ROOT } from './helpers/workbooks';

describe('selfeval --report-md / --report-docx', () => {
  it('prints the golden Markdown report alone on stdout with --report-md -', async () => {
    const run = await cli(EXAMPLE_FILE, '--report-md', '-');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      fs.readFileSync(path.join(ROOT, reportGoldenPathOf(EXAMPLE_FILE)), 'utf8'),
    );
  });

  it('writes both files and says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-report-'));
    try {
      const md = path.join(dir, 'r.md');
      const docx = path.join(dir, 'r.docx');
      const run = await cli(EXAMPLE_FILE, '--report-md', md, '--report-docx', docx);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`已写入自评报告（Markdown）：${md}`);
      expect(run.stdout).toContain(`已写入自评报告（Word）：${docx}`);
      expect(fs.readFileSync(md, 'utf8')).toContain('## 一、自评结论');
      expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses two reports on stdout and a Word file on stdout', () => {
    expect(parseArgs(['a.xlsx', '--json', '-', '--report-md', '-']).kind).toBe('usage-error');
    expect(parseArgs(['a.xlsx', '--report-docx', '-']).kind).toBe('usage-error');
    expect(parseArgs(['a.xlsx', '--report-md=-'])).toMatchObject({
      kind: 'run',
      options: { reportMd: '-', reportDocx: null },
    });
  });
});

/**
 * `--report-md` escapes HTML (issue #9 item 8): cell text such as `<script>` or `<img onerror>`
 * reaches the Markdown as text, never as markup a viewer would run. The workbook is built here.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { escapeHtml } from '../src/engine';
import { runCli } from './helpers/cli';
import { FIXTURES } from './helpers/workbooks';

it('escapes & < > and nothing else', () => {
  expect(escapeHtml('a<b>&c "d" \'e\' 完成')).toBe('a&lt;b&gt;&amp;c "d" \'e\' 完成');
});

it('--report-md prints a hostile indicator name and project text as text', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-md-'));
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(FIXTURES, 'error.actual_missing.xlsx'));
    const SCRIPT = '<script>alert(1)</script>培训人次';
    const IMG = '<img src=x onerror=alert(1)>全面完成';
    wb.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === '培训基层工作人员人次') cell.value = SCRIPT;
        if (typeof cell.value === 'string' && cell.value.startsWith('年度重点工作任务全面完成'))
          cell.value = `${IMG}${cell.value}`;
      });
    });
    const input = path.join(dir, 'hostile.xlsx');
    await wb.xlsx.writeFile(input);
    const r = await runCli(input, '--report-md', '-');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;培训人次');
    expect(r.stdout).not.toMatch(/<script|<img/i);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

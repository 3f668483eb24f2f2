/**
 * The Word report opens in LibreOffice and converts to a PDF that holds the headings and the total.
 * Needs soffice and pdftotext (npm run test:all installs them); without them it fails, never skips.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scoreWorkbook } from '../../src/engine';
import { renderReportDocx } from '../../src/docx';
import { EXAMPLE, snapshotOfFile } from '../helpers/workbooks';
import { requirePrograms } from '../helpers/programs';

beforeAll(() => {
  requirePrograms('soffice', 'pdftotext');
});

async function exampleDocx(): Promise<Uint8Array> {
  const snapshot = await snapshotOfFile(EXAMPLE);
  return renderReportDocx(scoreWorkbook(snapshot));
}

describe('the Word report in LibreOffice', () => {
  it('opens in LibreOffice: the PDF holds the headings and the total', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-docx-'));
    try {
      const file = path.join(dir, 'report.docx');
      fs.writeFileSync(file, await exampleDocx());
      const profile = `file://${path.join(dir, 'lo-profile')}`;
      const convert = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(convert.status).toBe(0);
      const text = spawnSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], {
        encoding: 'utf8',
      }).stdout.replace(/[ \t]+/g, '');
      for (const h of [
        '一、自评结论',
        '（三）存在的问题和原因',
        '（四）下一步拟改进措施',
        '二、佐证材料',
        '（一）基本情况',
        '（请补充：本单位机构设置',
        '3.评分明细',
        '（四）上年度部门整体自评结果应用情况',
        '偏差原因分析及改进措施', // the attached form
        '99.62分',
      ])
        expect(text).toContain(h);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

/**
 * The Word report: a valid package with the official fonts and a page-number footer. Also the
 * browser promise: src/docx imports nothing from node. That LibreOffice opens it and its PDF holds
 * the headings and the total is test/external/reportPdf.test.ts (npm run test:all).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { scoreWorkbook } from '../src/engine';
import { ReportSheetError, renderReportDocx } from '../src/docx';
import { EXAMPLE, ROOT, snapshotOfFile } from './helpers/workbooks';

async function exampleDocx(): Promise<Uint8Array> {
  const snapshot = await snapshotOfFile(EXAMPLE);
  return renderReportDocx(scoreWorkbook(snapshot));
}

describe('renderReportDocx', () => {
  it('is a .docx package with the body in 仿宋_GB2312, headings, the table and a page number', async () => {
    const zip = await JSZip.loadAsync(await exampleDocx());
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('一、自评结论');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('99.62');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="黑体"');
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    const footer = await zip.file(footers[0]!)!.async('string');
    expect(footer).toContain('PAGE');
  });

  it('renders one form when asked, and refuses a sheet without a form', async () => {
    const snapshot = await snapshotOfFile(path.join(ROOT, 'test/fixtures/layout.multi.xlsx'));
    const result = scoreWorkbook(snapshot);
    const one = await JSZip.loadAsync(await renderReportDocx(result, { sheet: '项目1' }));
    const xml = await one.file('word/document.xml')!.async('string');
    expect(xml).toContain('农村公路养护工程项目');
    expect(xml).not.toContain('交通运输从业人员培训项目2022');
    await expect(renderReportDocx(result, { sheet: '无此表' })).rejects.toThrow(ReportSheetError);
  });

  it('imports nothing from node, so the task pane can bundle it', () => {
    const dir = path.join(ROOT, 'src', 'docx');
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      expect({ name, node: /from '(node:|fs|path|os|buffer)'/.test(source) }).toEqual({
        name,
        node: false,
      });
    }
  });
});

/**
 * The Word report: a valid package with the official fonts and a page-number footer. Also the
 * browser promise: src/docx imports nothing from node. That LibreOffice opens it and its PDF holds
 * the headings and the total is test/external/reportPdf.test.ts (npm run test:all).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { buildReports, scoreWorkbook } from '../src/engine';
import { ReportSheetError, fitColumnWidths, renderReportDocx } from '../src/docx';
import { EXAMPLE, ROOT, snapshotOfFile } from './helpers/workbooks';

const WITH_MATERIALS = path.join(
  ROOT,
  'examples/民政局2022部门整体支出绩效自评表（含报告素材）.xlsx',
);

/** The text of a run-carrying XML fragment: its <w:t> contents joined. */
const textOf = (xml: string): string =>
  Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('');

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

  it('attaches the form as a landscape table after the 附件 label, and highlights the fill-ins', async () => {
    const xml = await (
      await JSZip.loadAsync(await exampleDocx())
    )
      .file('word/document.xml')!
      .async('string');
    // Landscape sections: the 评分明细 and the attached form.
    expect(xml.match(/w:orient="landscape"/g)?.length).toBe(2);
    const at = xml.lastIndexOf('>附件<');
    expect(at).toBeGreaterThan(xml.indexOf('3.评分明细'));
    const tables = xml.slice(at).split('<w:tbl>').slice(1).map(textOf);
    // The budget block, then every indicator row with its 一级/二级/三级, values, scores and reason.
    expect(tables[0]).toContain('年度预算执行情况（万元）');
    expect(tables[0]).toContain('11,605.29');
    expect(tables[0]).toContain('21,680.25');
    expect(tables[1]).toContain('偏差原因分析及改进措施');
    for (const cell of [
      '产出指标',
      '数量指标',
      '抽查审计社会组织',
      '≥40家',
      '38家',
      '1.9',
      '99.62',
    ])
      expect(tables[1]).toContain(cell);
    expect(tables[1]).toContain('受疫情等因素影响，部分现场抽查工作未能按计划开展');
    // Three fill-ins, each highlighted; the 报告素材 example has none left.
    const highlighted = Array.from(
      xml.matchAll(
        /<w:r>(?:(?!<\/w:r>).)*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*?<\/w:r>/gs,
      ),
      (m) => textOf(m[0]),
    );
    expect(highlighted).toEqual([
      '（请补充：本单位机构设置、人员编制、主要职能及年度主要工作。）',
      '（请补充：自评工作的组织领导、职责分工、自评方式和工作过程。）',
      '（请补充：上年度绩效自评发现问题的整改情况、自评结果公开及在预算安排中的应用情况。）',
    ]);
    const snapshot = await snapshotOfFile(WITH_MATERIALS);
    const filled = await (
      await JSZip.loadAsync(await renderReportDocx(scoreWorkbook(snapshot), { snapshot }))
    )
      .file('word/document.xml')!
      .async('string');
    expect(filled).not.toContain('w:highlight');
    expect(textOf(filled)).toContain('市民政局成立了绩效评价工作领导小组');
  });

  it('fits the 评分明细 columns: a score never wraps, the table fills the landscape width', async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    const doc = buildReports(scoreWorkbook(snapshot), snapshot)[0]!;
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no 评分明细');
    // Landscape A4 text width: 16838 − 2098 − 1984 twips; 五号 is 21 half-points (210 twips an em).
    const widths = fitColumnWidths(table, 12756, 21);
    expect(widths.reduce((a, x) => a + x, 0)).toBeLessThanOrEqual(12756);
    expect(widths.reduce((a, x) => a + x, 0)).toBeGreaterThan(12700);
    // 得分: `99.62` is 5 Latin characters ≈ 2.75 em = 578 twips, plus 120 of cell margins.
    const score = table.columns.findIndex((c) => c.header === '得分');
    expect(widths[score]).toBeGreaterThanOrEqual(Math.ceil(2.75 * 210) + 120);
    const weight = table.columns.findIndex((c) => c.header === '分值');
    // 分值: the header `分值` (2 em = 420) is wider than `2.5`.
    expect(widths[weight]).toBeGreaterThanOrEqual(420 + 120);
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

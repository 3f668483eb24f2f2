/**
 * Every sheet reference selfeval writes goes through one quoting function (issue #9 item 4), and a
 * project or sheet name with an apostrophe gives a scored file that Excel, exceljs and selfeval
 * open again (exceljs 4.4 alone would write the print area as `'Children's'!…`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  formulaString,
  linkFormula,
  quoteSheetName,
  sheetOfReference,
  sheetReference,
} from '../src/engine';
import { openWorkbook, requoteRange, workbookSnapshot } from '../src/xlsx/node';
import { runCli } from './helpers/cli';
import { FIXTURES, scoreFile } from './helpers/workbooks';

describe('quoteSheetName / sheetReference', () => {
  const LONG = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'; // 31 characters
  const cases: [string, string][] = [
    ["Children's", "'Children''s'"],
    ["'", "''''"],
    ['say "hi"', `'say "hi"'`],
    ['A!B', "'A!B'"],
    ['with space', "'with space'"],
    ['自评报告', "'自评报告'"],
    [LONG, `'${LONG}'`],
    ['it\'s 31 chars, o\'clock! "ok"x', "'it''s 31 chars, o''clock! \"ok\"x'"],
  ];
  it.each(cases)('%s → %s, and back', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
    expect(sheetReference(name, '$A$1:$F$46')).toBe(`${quoted}!$A$1:$F$46`);
    expect(sheetOfReference(sheetReference(name, 'A1'))).toBe(name);
  });
  it('a hyperlink formula doubles the double quotes around the quoted reference', () => {
    expect(linkFormula(`a"b'c`, 'G5').formula).toBe(`HYPERLINK("#'a""b''c'!G5","a""b'c!G5")`);
    expect(formulaString('x"y')).toBe('"x""y"');
  });
  it("re-spells exceljs's unquoted print areas", () => {
    expect(requoteRange("'Children's'!$A1:$F46", ["Children's"])).toBe("'Children''s'!$A1:$F46");
    expect(requoteRange("'Plain'!$A1:$F46", ["Children's"])).toBe("'Plain'!$A1:$F46");
  });
});

describe('a project and a sheet named with an apostrophe', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-quote-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a scored file that opens again, with the print area quoted', async () => {
    const source = path.join(FIXTURES, 'layout.anhui.xlsx');
    const project = (await scoreFile(source)).forms[0]!.model.projectName!;
    expect(project).toBeTruthy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(source);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === project) cell.value = "Children's 项目";
      });
    });
    ws.name = "O'Brien's 表";
    const input = path.join(dir, 'apostrophe.xlsx');
    await wb.xlsx.writeFile(input);

    const out = path.join(dir, 'apostrophe.scored.xlsx');
    const r = await runCli(input, '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);

    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(out);
    const report = reopened.getWorksheet("自评报告-Children's 项目");
    expect(report?.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(out))
    )
      .file('xl/workbook.xml')!
      .async('string')
      .then((x) => x.replace(/&apos;/g, "'"));
    expect(xml).toContain("'自评报告-Children''s 项目'!$A");
    expect(xml).not.toContain("'自评报告-Children's");
    // And selfeval reads and scores it again.
    const again = workbookSnapshot(await openWorkbook(out));
    expect(again.sheets.map((s) => s.name)).toContain("O'Brien's 表");
    const second = await runCli(out, '--json', '-');
    expect(second.code).toBe(0);
  });
});

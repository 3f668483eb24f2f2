/**
 * The 自评报告 of real workbooks: golden Markdown for the example and every layout fixture, the
 * outline in the seed's order, every number traceable to a cell or a computed figure, the report
 * sheet in the run patch (the same text as the Markdown), the kept sheet of a person's edits, and
 * text that looks like a formula staying text.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  type CellValue,
  type ScoreResult,
  type ScoredForm,
  type SheetWrite,
  type WorkbookSnapshot,
  buildReports,
  buildRunPatch,
  cellText,
  renderMarkdown,
  scoreWorkbook,
} from '../src/engine';
import { applyPatch, workbookSnapshot } from '../src/xlsx';
import { profileForFixture } from '../scripts/goldenReport';
import { reportGoldenPathOf, reportMarkdownOf, reportWorkbooks } from '../scripts/reportGolden';
import { EXAMPLE, ROOT, snapshotOfFile } from './helpers/workbooks';

const NOW = { now: '2023-03-01T00:00:00.000Z' };

async function scored(file: string): Promise<{ snapshot: WorkbookSnapshot; result: ScoreResult }> {
  const snapshot = await snapshotOfFile(path.join(ROOT, file));
  return { snapshot, result: scoreWorkbook(snapshot, profileForFixture(file)) };
}

/** Opens a workbook, applies the run patch, and reads it back as a new file would be read. */
async function runOnce(
  wb: ExcelJS.Workbook,
): Promise<{ wb: ExcelJS.Workbook; notes: readonly string[] }> {
  const snapshot = workbookSnapshot(wb);
  const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
  applyPatch(wb, patch);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return { wb: again, notes: patch.notes ?? [] };
}

async function openExample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  return wb;
}

describe('golden reports', () => {
  it('match the committed *.report.md of the example and every layout fixture', async () => {
    const files = await reportWorkbooks(ROOT);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const golden = await fs.readFile(path.join(ROOT, reportGoldenPathOf(file)), 'utf8');
      expect({ file, md: await reportMarkdownOf(ROOT, file) }).toEqual({ file, md: golden });
    }
  });

  it('follow the seed outline in its order', async () => {
    for (const file of await reportWorkbooks(ROOT)) {
      const { result } = await scored(file);
      for (const doc of buildReports(result)) {
        const k = doc.kind === 'project' ? '项目' : '部门整体';
        const headings = doc.blocks.flatMap((b) =>
          b.kind === 'heading'
            ? [b.text]
            : b.kind === 'paragraph' && b.text.startsWith('附件：')
              ? ['附件：']
              : [],
        );
        const expected = [
          '一、自评结论',
          `（一）${k}绩效自评得分`,
          `（二）${k}绩效目标完成情况`,
          '1.执行率情况',
          '2.完成的绩效目标',
          '3.未完成的绩效目标',
          '（三）存在的问题和原因',
          '（四）下一步拟改进措施',
          '附件：',
          '二、佐证材料',
          '（一）绩效目标完成情况分析',
          '1.预算执行情况分析',
          '2.绩效目标完成情况分析',
          '（1）产出指标完成情况分析',
          '（2）效益指标完成情况分析',
          '（3）满意度指标完成情况分析',
          '3.评分明细',
        ];
        expect({
          file,
          headings: headings.filter((h) => h !== '（4）其他指标完成情况分析'),
        }).toEqual({ file, headings: expected });
      }
    }
  });
});

/** Numbers in a text, with thousands separators dropped and full-width digits read: `11,605.29` → 11605.29. */
function numbersIn(text: string): number[] {
  const half = text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return Array.from(half.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g), (m) =>
    Number(m[0].replace(/,/g, '')),
  );
}

/** Every number a report may show for a form: the sheet's cells (percent cells also ×100) and the engine's figures. */
function traceable(form: ScoredForm, snapshot: WorkbookSnapshot, result: ScoreResult): Set<string> {
  const ok = new Set<string>();
  const add = (x: number): void => {
    ok.add(String(Math.round(x * 100) / 100));
  };
  const sheet = snapshot.sheets.find((s) => s.name === form.model.sheet)!;
  numbersIn(sheet.name).forEach(add); // the 附件 line names the sheet
  for (const row of sheet.cells) {
    for (const v of row) {
      if (typeof v === 'number') {
        add(v);
        add(v * 100);
      } else numbersIn(cellText(v)).forEach(add);
    }
  }
  [form.total, form.weightTotal, form.indicators.length].forEach(add);
  const b = form.budget;
  if (b) [b.planned, b.executed, b.weight, b.score].forEach((x) => x !== null && add(x));
  if (b?.rate != null) add(b.rate * 100);
  if (b?.rawRate != null) add(b.rawRate * 100);
  const lost = form.indicators.filter((i) => i.weight !== null && i.score < i.weight);
  [lost.length, form.indicators.length - lost.length].forEach(add);
  let lostSum = 0;
  for (const i of form.indicators) {
    add(i.score);
    numbersIn(i.basis).forEach(add);
    if (i.weight !== null) {
      add(i.weight);
      add(i.weight - i.score);
      if (i.score < i.weight) lostSum += i.weight - i.score;
    }
  }
  add(lostSum);
  // Points the budget execution lost, alone and with the indicators' (3.未完成的绩效目标).
  if (b) {
    add(b.weight - b.score);
    add(lostSum + b.weight - b.score);
  }
  const own = result.findings.filter((f) => f.sheet === form.model.sheet);
  for (const f of own)
    for (const v of Object.values(f.params)) if (v !== null) numbersIn(String(v)).forEach(add);
  add(own.filter((f) => f.code === 'needs_judgement' && f.params.band === 'A').length);
  return ok;
}

describe('every number in a report is traceable', () => {
  it('to a cell of the form or a figure the engine computed', async () => {
    for (const file of await reportWorkbooks(ROOT)) {
      const { snapshot, result } = await scored(file);
      result.forms.forEach((form, fi) => {
        const allowed = traceable(form, snapshot, result);
        const md = renderMarkdown(buildReports(result)[fi]!)
          // The outline's own numbering (一、 （一） 1. （1） 1、) is not a figure.
          .replace(/^(#+ )?(（\d+）|\d+\.|\d+、)/gm, '$1');
        const strays = numbersIn(md)
          .map((n) => String(Math.round(n * 100) / 100))
          .filter((n) => !allowed.has(n));
        expect({ file, sheet: form.model.sheet, strays: [...new Set(strays)] }).toEqual({
          file,
          sheet: form.model.sheet,
          strays: [],
        });
      });
    }
  });
});

/** The text of a report sheet's paragraph rows (the table excluded), without the two-character indent. */
function sheetParagraphs(sheet: SheetWrite): string[] {
  return sheet.rows
    .filter((r) => r.length === 1)
    .map((r) => cellText(r[0]?.value as CellValue).replace(/^\u3000+/, ''));
}

describe('the report sheet in the run patch', () => {
  it('is written after the form, A4 portrait, with the same text as the Markdown report', async () => {
    const { snapshot, result } = await scored('examples/民政局2022部门整体支出绩效自评表.xlsx');
    const patch = buildRunPatch(result, snapshot, NOW);
    const sheet = patch.sheets.find((s) => s.name === '自评报告');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.visibility).toBe('visible');
    expect(sheet.after).toBe('部门整体支出绩效自评表');
    expect(sheet.page).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:F${sheet.rows.length}`,
    });
    // The Markdown (CLI --report-md) and the sheet (CLI --out and the add-in) say the same thing, line for line.
    const md = renderMarkdown(buildReports(result)[0]!)
      .split('\n\n')
      .filter((p) => !p.startsWith('|'))
      .map((p) => p.replace(/^#+ /, ''));
    expect(sheetParagraphs(sheet)).toEqual(md.map((p) => p.trim()));
    // Headings are bold; the table rows carry borders; every paragraph row has a height for its wrapped lines.
    const heading = sheet.rows.find((r) =>
      cellText(r[0]?.value as CellValue).includes('一、自评结论'),
    );
    expect(heading?.[0]?.style?.bold).toBe(true);
    const header = sheet.rows.find((r) => r.length === 6);
    expect(header?.map((c) => cellText(c?.value as CellValue))).toEqual([
      '指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '评分依据',
    ]);
    expect(header?.every((c) => c?.style?.border)).toBe(true);
    sheet.rows.forEach((_, r) => expect(sheet.rowHeights?.[r]).toBeGreaterThan(10));
  });

  it('names project reports after the project, within Excel sheet-name rules', async () => {
    const { snapshot, result } = await scored('test/fixtures/layout.multi.xlsx');
    const names = buildRunPatch(result, snapshot, NOW)
      .sheets.map((s) => s.name)
      .filter((n) => n.startsWith('自评报告'));
    expect(names).toEqual([
      '自评报告',
      '自评报告-农村公路养护工程',
      '自评报告-交通运输从业人员培训',
    ]);
    for (const n of names) expect(n.length <= 31 && !/[[\]:*?/\\]/.test(n)).toBe(true);
  });

  it('is regenerated when untouched, and written beside a sheet a person edited', async () => {
    const first = await runOnce(await openExample());
    expect(first.notes).toEqual([]);
    // Untouched: the second run overwrites its own sheet and says nothing.
    const second = await runOnce(first.wb);
    expect(second.notes).toEqual([]);
    expect(second.wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('自评报告'))).toEqual(
      ['自评报告'],
    );
    // A person edits the report: the next run keeps their words and writes 自评报告(2).
    second.wb.getWorksheet('自评报告')!.getCell('A3').value =
      '（一）本局补充：自评得分经党组会审定。';
    const third = await runOnce(second.wb);
    expect(third.notes).toEqual([
      '工作表“自评报告”在上次生成后已被修改，为保留修改内容，本次未覆盖该表，新的自评报告写入工作表“自评报告(2)”。',
    ]);
    expect(third.wb.getWorksheet('自评报告')!.getCell('A3').value).toBe(
      '（一）本局补充：自评得分经党组会审定。',
    );
    expect(third.wb.getWorksheet('自评报告(2)')).toBeDefined();
    // And once more: the edited sheet stays, 自评报告(2) (ours, untouched) is regenerated in place.
    const fourth = await runOnce(third.wb);
    expect(
      fourth.wb.worksheets
        .map((w) => w.name)
        .filter((n) => n.startsWith('自评报告'))
        .sort(),
    ).toEqual(['自评报告', '自评报告(2)']);
    expect(fourth.wb.getWorksheet('自评报告')!.getCell('A3').value).toBe(
      '（一）本局补充：自评得分经党组会审定。',
    );
    // The report sheets are never read as forms.
    expect(scoreWorkbook(workbookSnapshot(fourth.wb)).forms).toHaveLength(1);
  });

  it('keeps a sheet named 自评报告 that selfeval did not write', async () => {
    const wb = await openExample();
    wb.addWorksheet('自评报告').getCell('A1').value = '本局自行撰写的报告';
    const run = await runOnce(wb);
    expect(run.notes[0]).toContain('不是绩效自评助手生成的报告');
    expect(run.wb.getWorksheet('自评报告')!.getCell('A1').value).toBe('本局自行撰写的报告');
    expect(run.wb.getWorksheet('自评报告(2)')).toBeDefined();
  });

  it('writes text from cells as text, never as a live formula', async () => {
    const wb = await openExample();
    const form = wb.getWorksheet('部门整体支出绩效自评表')!;
    // Indicator names open the table cells of 评分明细, so a formula-looking name reaches a cell's start.
    const risky = ['=HYPERLINK("http://x","y")', '+86 123', '-5%', '@SUM(A1)'];
    let row = 0;
    form.eachRow((r, n) => {
      if (row < risky.length && n > 10 && typeof r.getCell(3).value === 'string') {
        r.getCell(3).value = risky[row++]!;
      }
    });
    const { wb: out } = await runOnce(wb);
    const report = out.getWorksheet('自评报告')!;
    const found: string[] = [];
    report.eachRow((r) =>
      r.eachCell((c) => {
        if (typeof c.value === 'string' && risky.includes(c.value)) found.push(c.value);
        expect(c.formula).toBeUndefined();
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
    expect(found.sort()).toEqual([...risky].sort());
  });
});

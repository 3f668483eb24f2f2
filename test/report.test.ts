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
  MATERIALS_SHEETS,
  findingsOfForm,
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
      const { snapshot, result } = await scored(file);
      for (const doc of buildReports(result, snapshot)) {
        const k = doc.kind === 'project' ? '项目' : '部门整体';
        const headings = doc.blocks.flatMap((b) =>
          b.kind === 'heading'
            ? [b.text]
            : b.kind === 'attachmentRef'
              ? ['附件：']
              : b.kind === 'attachment'
                ? ['（附件：自评表）']
                : [],
        );
        const short = doc.kind === 'project' ? '项目' : '部门';
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
          doc.kind === 'project' ? '（一）项目基本情况' : '（一）基本情况',
          `（二）${short}自评工作开展情况`,
          '（三）绩效目标完成情况分析',
          '1.预算执行情况分析',
          '2.绩效目标完成情况分析',
          '（1）产出指标完成情况分析',
          '（2）效益指标完成情况分析',
          '（3）满意度指标完成情况分析',
          '3.评分明细',
          `（四）上年度${k}自评结果应用情况`,
          '（附件：自评表）',
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
  // The form's cells (on every sheet it goes over, SCORING.md §11.6), and the 报告素材 sheet's
  // (its texts are written as they are).
  const continued = snapshot.sheets.filter((s) => form.model.continuedOn?.includes(s.name));
  const materials = snapshot.sheets.filter((s) => MATERIALS_SHEETS.includes(s.name));
  for (const row of [sheet, ...continued, ...materials].flatMap((s) => s.cells)) {
    for (const v of row) {
      if (typeof v === 'number') {
        add(v);
        add(v * 100);
      } else numbersIn(cellText(v)).forEach(add);
    }
  }
  // The rules' own figures: the steps of 财预〔2021〕101号 (80%–90% → 80%) and the 60% floor.
  const p = result.profile;
  numbersIn(p.name).forEach(add); // “按101号分档” names the rules
  const steps = [...(p.satisfaction ?? []), ...(p.budget.mode === 'steps' ? p.budget.steps : [])];
  for (const st of steps) [st.min * 100, st.factor * 100].forEach(add);
  if (p.quantity.mode === 'threshold') add(p.quantity.floor * 100);
  add(0); // 得分档0
  // Counts of the indicators with full marks per 二级指标 (一、（二）2 names them by group).
  const groups = new Map<string, number>();
  for (const i of form.indicators)
    if (i.weight !== null && i.score >= i.weight) {
      const key = `${i.level1}|${i.level2.trim() || i.level1.trim()}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  [...groups.values()].forEach(add);
  // The completion ratio a proportional rule scored by (a / t, or t / a for lower-is-better).
  for (const i of form.indicators) {
    const { target: t, actual: a, targetHigh: hi } = i.reading;
    if (t !== null && a !== null && t > 0 && a > 0) [(a / t) * 100, (t / a) * 100].forEach(add);
    if (hi !== null && a !== null && a > 0) add((hi / a) * 100);
    if (i.reading.mode === 'satisfaction' && a !== null) add(a * 100);
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
  const own = findingsOfForm(result.findings, form);
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
        const md = renderMarkdown(buildReports(result, snapshot)[fi]!)
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

/** A sheet cell's text: a value, or the result of a formula (the 附件 link). */
function shown(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'formula' in v) {
    const result = (v as { result?: number | string }).result;
    return result === undefined ? '' : String(result);
  }
  return cellText(v as CellValue);
}

/** The text of a report sheet's paragraph rows (the table excluded), without the two-character indent. */
function sheetParagraphs(sheet: SheetWrite): string[] {
  return sheet.rows
    .filter((r) => r.length === 1)
    .map((r) => shown(r[0]?.value).replace(/^\u3000+/, ''));
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
      printArea: `A1:H${sheet.rows.length}`,
    });
    // The Markdown (CLI --report-md) and the sheet (CLI --out and the add-in) say the same thing, line
    // for line, up to the attached form, which the sheet links to instead of copying.
    const full = renderMarkdown(buildReports(result, snapshot)[0]!);
    const md = full
      .slice(0, full.indexOf('\n## 附件：'))
      .split('\n\n')
      .filter((p) => !p.startsWith('|'))
      .map((p) => p.replace(/^#+ /, ''));
    expect(sheetParagraphs(sheet)).toEqual(md.map((p) => p.trim()));
    // The 附件 line links to the form's sheet; the fill-ins are on a yellow fill.
    const link = sheet.rows.find((r) => shown(r[0]?.value).includes('附件：'))?.[0]?.value;
    expect(link).toEqual({
      formula: `HYPERLINK("#'部门整体支出绩效自评表'!A1","\u3000\u3000附件：部门整体支出绩效自评表")`,
      result: '\u3000\u3000附件：部门整体支出绩效自评表',
    });
    const fills = sheet.rows.filter((r) => r.length === 1 && r[0]?.style?.fill === '#FFFF00');
    expect(fills.map((r) => shown(r[0]?.value).trim())).toEqual([
      '（请补充：本单位机构设置、人员编制、主要职能及年度主要工作。）',
      '（请补充：自评工作的组织领导、职责分工、自评方式和工作过程。）',
      '（请补充：上年度绩效自评发现问题的整改情况、自评结果公开及在预算安排中的应用情况。）',
    ]);
    // Headings are bold; the table rows carry borders; every paragraph row has a height for its wrapped lines.
    const heading = sheet.rows.find((r) =>
      cellText(r[0]?.value as CellValue).includes('一、自评结论'),
    );
    expect(heading?.[0]?.style?.bold).toBe(true);
    const header = sheet.rows.find((r) => r.length === 8);
    expect(header?.map((c) => cellText(c?.value as CellValue))).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因',
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
        // The one formula of a report sheet is the 附件 line's link to the form, which selfeval writes itself.
        if (c.type === ExcelJS.ValueType.Formula)
          expect(c.formula).toMatch(
            /^HYPERLINK\("#'部门整体支出绩效自评表'!A1","[^"]*附件：[^"]*"\)$/,
          );
      }),
    );
    expect(found.sort()).toEqual([...risky].sort());
  });
});

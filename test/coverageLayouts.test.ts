/**
 * The fixtures of SCORING.md §11 (scripts/fixtures/coverageForms.ts), scored to the cent or flagged
 * with no grade. Every figure below is worked out by hand in the fixture's comment, not copied from
 * the product's output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type MergeRange,
  type ScoreResult,
  type SheetSnapshot,
  type WorkbookSnapshot,
  checkDifferences,
  scoreRun,
  scoreWorkbook,
} from '../src/engine';
import { runCli } from './helpers/cli';
import { EXAMPLE, FIXTURES, scoreFile, snapshotOfFile } from './helpers/workbooks';

const fixture = (name: string): string => path.join(FIXTURES, `${name}.xlsx`);
type Result = Awaited<ReturnType<typeof scoreFile>>;
const scoresOf = (result: Result, i = 0): number[] => {
  const form = result.forms[i]!;
  return [form.budget?.score ?? 0, ...form.indicators.map((x) => x.score)];
};
const codes = (result: Result): string[] => result.findings.map((f) => f.code);

describe('§11 fixtures scored to the cent (hand-computed)', () => {
  it('§11.1 notes and subtotals: a note under the header is no longer the block’s end', async () => {
    const result = await scoreFile(fixture('layout.noteRows'));
    const form = result.forms[0]!;
    // 494/520 = 95% → 9.5; 20; 15; 15; ≤50件 → 38件 15; 机制健全 = 机制健全 15; 10.
    expect(scoresOf(result)).toEqual([9.5, 20, 15, 15, 15, 15, 10]);
    expect([form.total, form.grade]).toEqual([99.5, '优']);
    expect(form.model.level1Labels.map((l) => [l.label, l.weight])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
    ]);
    expect(form.model.unread).toEqual([]);
    expect(codes(result)).toEqual(['qualitative_auto']);
    expect(form.model.totalCell?.address).toBe('G20');
  });

  it('§11.3 header words by meaning: 全年目标值 … 原因说明; the 复核 columns are not the unit’s', async () => {
    const result = await scoreFile(fixture('layout.headerWords'));
    const form = result.forms[0]!;
    // 186/200 = 93% → 9.3; 20 (not 19.75 from 复核 790户); 15; 15; 30 × 83/85 = 29.29; 10.
    expect(scoresOf(result)).toEqual([9.3, 20, 15, 15, 29.29, 10]);
    expect([form.total, form.grade]).toEqual([98.59, '优']);
    expect(form.indicators.map((i) => i.actual)).toEqual([
      '812户',
      '97%',
      '2022年10月20日',
      '83%',
      '94%',
    ]);
    expect(form.indicators[0]!.cell).toBe('G9');
    expect(result.findings).toEqual([]);
  });

  it('§11.4 two forms pasted on one sheet: each scored on its own, the second no longer lost', async () => {
    const result = await scoreFile(fixture('layout.twoForms'));
    expect(
      result.forms.map((f) => [
        f.model.sheet,
        f.model.firstRow,
        f.model.projectName,
        f.total,
        f.grade,
      ]),
    ).toEqual([
      ['项目支出绩效自评表', 0, '乡村道路养护', 93.7, '优'],
      ['项目支出绩效自评表', 16, '农村饮水安全巩固提升', 98, '优'],
    ]);
    // 乡村道路养护: 291/300 → 9.7; 20; 15; 15; 30 × 8/10 = 24; 10.
    expect(scoresOf(result, 0)).toEqual([9.7, 20, 15, 15, 24, 10]);
    // 农村饮水安全巩固提升: 160/200 → 8; 20; 15; 15; 3.8万 ≥ 3.6万 30; 10.
    expect(scoresOf(result, 1)).toEqual([8, 20, 15, 15, 30, 10]);
    expect(result.findings.map((f) => [f.code, f.cell, f.form])).toEqual([
      ['execution_low', 'G21', 17],
    ]);
  });

  it('§11.5 a form on a hidden sheet is scored and said to be hidden', async () => {
    const result = await scoreFile(fixture('layout.hiddenSheet'));
    expect(
      result.forms.map((f) => [f.model.sheet, f.model.hidden ?? false, f.total, f.grade]),
    ).toEqual([
      ['部门整体支出绩效自评表', false, 100, '优'],
      ['项目支出绩效自评表', true, 99, '优'],
    ]);
    // 45/50 = 90% → 9; 20; 20; 10; 有所提升 → 明显提升 A 30; 10.
    expect(scoresOf(result, 1)).toEqual([9, 20, 20, 10, 30, 10]);
    expect(codes(result)).toEqual(['form_hidden', 'qualitative_auto']);
  });

  it('§11.6 a form continued on a 续 sheet is one form; its 总分 is written there', async () => {
    const snapshot = await snapshotOfFile(fixture('layout.continued'));
    const run = scoreRun(snapshot, { now: '2023-03-01T00:00:00.000Z' });
    const result = run.result;
    expect(result.forms).toHaveLength(1);
    // 1140/1200 = 95% → 9.5; 15; 10; 15; late 2023年1月15日 → B 10 × 0.7 = 7; 30; 10.
    expect(scoresOf(result)).toEqual([9.5, 15, 10, 15, 7, 30, 10]);
    expect([result.forms[0]!.total, result.forms[0]!.grade]).toEqual([96.5, '优']);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['needs_judgement', '项目支出绩效自评表（续）', 'E1'],
    ]);
    const writes = run.patch.cells.map((c) => `${c.sheet}!${c.address}=${c.value}`);
    expect(writes).toContain('项目支出绩效自评表（续）!G1=7');
    expect(writes).toContain('项目支出绩效自评表（续）!G4=96.5');
    expect(writes).toContain('项目支出绩效自评表!G9=15');
  });

  it('§11.7 weights typed in words are points: 十分, 二十, 十五分, 15分, 三十, 八分, 两分', async () => {
    const result = await scoreFile(fixture('layout.weightsInWords'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => i.weight)).toEqual([20, 15, 15, 30, 8, 2]);
    // 76/80 = 95% × 十分 → 9.5; every indicator met.
    expect(scoresOf(result)).toEqual([9.5, 20, 15, 15, 30, 8, 2]);
    expect([form.total, form.weightTotal, form.grade]).toEqual([99.5, 100, '优']);
    expect(codes(result)).toEqual(['qualitative_auto']);
  });
});

describe('§11.2 a form not fully read gets no grade, everywhere', () => {
  it('error.indicators_missing: 部分得分 10 of 10, grade null, no 总分 written or checked', async () => {
    const snapshot = await snapshotOfFile(fixture('error.indicators_missing'));
    const run = scoreRun(snapshot, { now: '2023-03-01T00:00:00.000Z' });
    const form = run.result.forms[0]!;
    // Budget 100/100 → 10 of its 10; no indicator read.
    expect([form.total, form.weightTotal, form.grade, form.indicators.length]).toEqual([
      10,
      10,
      null,
      0,
    ]);
    expect(run.result.findings[0]!.message).toContain('第9行是指标表头');
    expect(run.result.findings[0]!.message).toContain(
      '找不到“实际完成值”列（无法确定“执行情况”是哪一列）',
    );
    expect(run.patch.cells.map((c) => c.address)).toEqual(['G5', 'H5']);
    expect(checkDifferences(run.result).filter((d) => d.kind === 'total')).toEqual([]);
  });
});

describe('§11.2 in the CLI', () => {
  it('says on the line after the file why the form was not read, and exits 1', async () => {
    const r = await runCli('test/fixtures/error.indicators_missing.xlsx');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^文件：test\/fixtures\/error\.indicators_missing\.xlsx/);
    expect(lines[1]).toMatch(/^部门整体支出绩效自评表：未能完整读取：第9行是指标表头/);
    expect(r.stdout).toContain('部分得分 10 / 10    不评定等级（未能完整读取）');
    expect(r.stdout).not.toContain('等级 优');
  });

  it('--check never says a form not fully read matches, and exits 1', async () => {
    const r = await runCli('test/fixtures/error.indicators_missing.xlsx', '--check');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('均与计算结果一致');
  });

  it('names the two forms of one sheet and scores both; the first error still leads', async () => {
    const r = await runCli('test/fixtures/layout.twoForms.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【项目支出绩效自评表 · 第1行起：乡村道路养护】');
    expect(r.stdout).toContain('【项目支出绩效自评表 · 第17行起：农村饮水安全巩固提升】');
    expect(r.stdout).toContain('总分 98 / 100    等级 优');
  });

  it('puts the errors of a scored form above its table', async () => {
    const r = await runCli('test/fixtures/error.weight_unreadable.xlsx');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('错误 1 项：');
    expect(lines[2]).toContain('[错误] 指标“培训考核合格率”分值“待定”不是数字');
  });
});

describe('every committed form, changed as people change forms (§11)', () => {
  const files = fs
    .readdirSync(FIXTURES)
    .filter((n) => /^layout\..*\.xlsx$/.test(n))
    .map((n) => path.join(FIXTURES, n));
  files.push(EXAMPLE);
  /** The first sheet that holds a form, with its row index. */
  const formSheetOf = (wb: WorkbookSnapshot, result: ScoreResult): number =>
    wb.sheets.findIndex((s) => s.name === result.forms[0]!.model.sheet);
  /** The same form, or the form flagged with no grade: never another total under a grade. */
  const same = (before: ScoreResult, after: ScoreResult, where: string): string[] =>
    before.forms.flatMap((b, i) => {
      const a = after.forms[i];
      if (a && a.grade === null) return [];
      if (a && a.total === b.total && a.grade === b.grade) return [];
      return [`${where}: ${b.total} ${b.grade} → ${a ? `${a.total} ${a.grade}` : 'gone'}`];
    });

  it.each(files.map((f) => [path.basename(f)]))(
    '%s: a note row inserted at any row keeps every total, or flags the form',
    async (name) => {
      const wb = await snapshotOfFile(
        path.join(name === path.basename(EXAMPLE) ? path.dirname(EXAMPLE) : FIXTURES, name),
      );
      const before = scoreWorkbook(wb);
      const at = formSheetOf(wb, before);
      const sheet = wb.sheets[at]!;
      const changed: string[] = [];
      for (let r = 1; r <= sheet.cells.length; r++) {
        const moved = (m: MergeRange): MergeRange => ({
          ...m,
          top: m.top >= r ? m.top + 1 : m.top,
          bottom: m.bottom >= r ? m.bottom + 1 : m.bottom,
        });
        const noted: SheetSnapshot = {
          ...sheet,
          cells: [
            ...sheet.cells.slice(0, r),
            ['说明：以下指标按季度统计'],
            ...sheet.cells.slice(r),
          ],
          merges: sheet.merges.map(moved),
          numberFormats: {},
        };
        const after = scoreWorkbook({
          ...wb,
          sheets: wb.sheets.map((s, i) => (i === at ? noted : s)),
        });
        changed.push(...same(before, after, `row ${r + 1}`));
      }
      expect(changed).toEqual([]);
    },
  );

  it.each(files.map((f) => [path.basename(f)]))(
    '%s: hidden, or pasted twice on its sheet, every total stays',
    async (name) => {
      const wb = await snapshotOfFile(
        path.join(name === path.basename(EXAMPLE) ? path.dirname(EXAMPLE) : FIXTURES, name),
      );
      const before = scoreWorkbook(wb);
      const hidden = scoreWorkbook({
        ...wb,
        sheets: wb.sheets.map((s) => ({ ...s, hidden: true })),
      });
      expect(same(before, hidden, 'hidden')).toEqual([]);
      const at = formSheetOf(wb, before);
      const sheet = wb.sheets[at]!;
      // Pasted twice means a whole form twice: not a sheet that holds several, nor a form's first
      // sheet without its continued one.
      const own = before.forms.filter((f) => f.model.sheet === sheet.name);
      if (own.length !== 1 || own[0]!.model.continuedOn) return;
      const n = sheet.cells.length + 1;
      const twice: SheetSnapshot = {
        ...sheet,
        cells: [...sheet.cells, [], ...sheet.cells],
        merges: [
          ...sheet.merges,
          ...sheet.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })),
        ],
        numberFormats: {},
      };
      const after = scoreWorkbook({
        ...wb,
        sheets: wb.sheets.map((s, i) => (i === at ? twice : s)),
      });
      const first = before.forms.find((f) => f.model.sheet === sheet.name)!;
      const pasted = after.forms.filter((f) => f.model.sheet === sheet.name);
      expect(pasted.map((f) => [f.total, f.grade])).toEqual([
        [first.total, first.grade],
        [first.total, first.grade],
      ]);
    },
  );
});

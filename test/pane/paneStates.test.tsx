/** @jest-environment jsdom */
/**
 * The pane's new states, by role, over the real example workbook held by exceljs (the browser
 * port, src/browser/filePort): the indicator table 指标得分明细, a judgement case decided in the
 * pane, typed cells listed before 一键评分 replaces them, the undo notice, a rule change explained,
 * and 仅核查 on a scored workbook.
 *
 * Figures of the example (mof2020): total 99.62; 保障孤儿人数 (分值 2, 得分 G15) is a needs_judgement
 * case put in band A (2分); band B of 2 points is 1.2 (included) to 1.6 (excluded).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type ExcelJS from 'exceljs';
import { scoreRun } from '../../src/engine';
import { createFilePort } from '../../src/browser';
import { EXAMPLE } from '../helpers/workbooks';
import { NoStyles } from '../helpers/noStyles';
import { applyPatch, openWorkbook, workbookSnapshot } from '../../src/xlsx/node';
import type { WorkbookPort } from '../../src/port/workbookPort';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { messagesFor } from '../../src/taskpane/i18n';
import { MessagesContext } from '../../src/taskpane/messagesContext';

const SHEET = '部门整体支出绩效自评表';
const NOW = '2024-03-01T08:00:00.000Z';

function renderPane(port: WorkbookPort, undoClears = false) {
  return render(
    <NoStyles>
      <MessagesContext.Provider value={messagesFor('zh')}>
        <TaskPane
          port={port}
          undoClears={undoClears}
          services={{ now: () => NOW, save: jest.fn() }}
        />
      </MessagesContext.Provider>
    </NoStyles>,
  );
}

/** The example as a file opened in the browser, or as if it were open in Excel. */
function portOf(wb: ExcelJS.Workbook, kind: 'file' | 'excel' = 'file'): WorkbookPort {
  const port = createFilePort(wb, '示例.xlsx');
  return kind === 'file' ? port : { ...port, kind: 'excel', exportXlsx: undefined };
}

async function scoredExample(): Promise<ExcelJS.Workbook> {
  const wb = await openWorkbook(EXAMPLE);
  applyPatch(wb, scoreRun(workbookSnapshot(wb), { now: NOW }).patch);
  return wb;
}

async function score(): Promise<void> {
  await screen.findByText('31 项指标');
  await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
}

function cellValue(wb: ExcelJS.Workbook, sheet: string, address: string): unknown {
  return wb.getWorksheet(sheet)?.getCell(address).value;
}

beforeEach(() => window.localStorage.clear());

describe('指标得分明细', () => {
  it('lists every indicator with 分值 and 得分, grouped with subtotals, lost points marked', async () => {
    renderPane(portOf(await openWorkbook(EXAMPLE)));
    await score();
    const table = await screen.findByRole('table', { name: '指标得分明细' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['指标', '分值', '得分', '扣分']);
    const rows = within(table).getAllByRole('row').slice(1);
    const text = rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    // The budget block first (10 of 10), then each 一级/二级 group with its subtotal: 产出指标 has
    // 50 points and lost 0.1 + 0.22 = 0.32 (抽查审计社会组织, 殡葬审计专项整改问题整改完成数).
    expect(text[0]).toEqual(['预算执行率', '10', '10', '']);
    expect(text[1]).toEqual(['产出指标 小计', '50', '49.68', '−0.32']);
    // Three indicators lost points in the example: 0.38 in all (100 − 99.62).
    expect(screen.getByText('3 项指标失分，共扣 0.38 分')).toBeTruthy();
    const lostRows = rows.filter((r) => within(r).queryByText('失分'));
    expect(lostRows).toHaveLength(3);
    // 31 indicators and the budget: 32 rows of data besides the group rows.
    const expanders = within(table)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-expanded'));
    expect(expanders).toHaveLength(32);
  });

  it('sorts the lost points first, expands a row to its 评分依据 and selects its 得分 cell', async () => {
    const wb = await openWorkbook(EXAMPLE);
    const port = portOf(wb);
    const selected: string[] = [];
    renderPane({ ...port, select: async (sh, c) => void selected.push(`${sh}!${c ?? ''}`) });
    await score();
    const table = await screen.findByRole('table', { name: '指标得分明细' });
    await userEvent.click(screen.getByRole('switch', { name: '失分项在前' }));
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByText('失分')).toBeTruthy();
    const expand = within(first).getAllByRole('button')[0]!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(expand.getAttribute('aria-controls') ?? '')!;
    expect(within(details).getByText('评分依据')).toBeTruthy();
    const locate = within(details).getByRole('button', { name: /^选中“.+”的得分单元格 G\d+$/ });
    await userEvent.click(locate);
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(new RegExp(`^${SHEET}!G\\d+$`));
  });
});

describe('the report’s fill-ins (NARRATIVE.md Completeness)', () => {
  it('says after 一键评分 how many parts of the 自评报告 are still to be filled in', async () => {
    // Three on the example: 基本情况, 自评工作开展情况, 上年度自评结果应用情况.
    renderPane(portOf(await openWorkbook(EXAMPLE)));
    await score();
    expect(await screen.findByText(/^自评报告待补充 3 处/)).toBeTruthy();
  });
});

describe('judgement cases decided in the pane', () => {
  it('refuses a score outside the band, writes one inside as the person’s, and keeps it', async () => {
    // Never scored: the pane's 一键评分 writes first, so the decision must read what it wrote.
    const wb = await openWorkbook(EXAMPLE);
    renderPane(portOf(wb));
    await score();
    await screen.findByRole('table', { name: '指标得分明细' });
    expect(screen.getByText('3 项指标需要人工判定：展开该行，选择档次并填写得分。')).toBeTruthy();
    // Open cases start expanded: the band choice of 保障孤儿人数 is on screen.
    const form = screen.getAllByRole('form', { name: '人工判定档次' })[0]!;
    const bandB = within(form).getByRole('radio', {
      name: 'B档 部分达成年度指标并具有一定效果（1.2分（含）至1.6分（不含））',
    });
    await userEvent.click(bandB);
    const field = within(form).getByRole('spinbutton', { name: '得分' });
    // Picking B proposes its default (70% of 2 = 1.4).
    expect((field as HTMLInputElement).value).toBe('1.4');
    await userEvent.clear(field);
    await userEvent.type(field, '1.6');
    await userEvent.click(within(form).getByRole('button', { name: '确认并写入得分' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      '得分1.6分不在B档（部分达成年度指标并具有一定效果）范围内：应在1.2分（含）至1.6分（不含）之间。',
    );
    expect(cellValue(wb, SHEET, 'G15')).toBe(2);

    await userEvent.clear(field);
    await userEvent.type(field, '1.5');
    await userEvent.click(within(form).getByRole('button', { name: '确认并写入得分' }));
    await screen.findByText(/已将“保障孤儿人数”判定为B档/);
    expect(cellValue(wb, SHEET, 'G15')).toBe(1.5);
    // 99.62 − 2 + 1.5 = 99.12, in the form's 总分 and on the card.
    expect(screen.getByTestId('form-total').textContent).toBe('99.12');
    const totalCell = scoreRun(workbookSnapshot(wb), { now: NOW }).result.forms[0]!.model
      .totalCell!;
    expect(cellValue(wb, SHEET, totalCell.address)).toBe(99.12);
    const audit = wb.getWorksheet('评分记录')!;
    const last = audit.getRow(audit.rowCount);
    const rows: unknown[][] = [];
    audit.eachRow((r) => rows.push([r.getCell(4).value, r.getCell(6).value, r.getCell(7).value]));
    expect(rows).toContainEqual(['G15', 2, 1.5]);
    expect(last.getCell(1).value).toEqual(expect.stringMatching(/^2024-03-01/));
    expect(screen.getByText('已人工判定 B档')).toBeTruthy();
    expect(screen.getByText('2 项指标需要人工判定：展开该行，选择档次并填写得分。')).toBeTruthy();

    // The next 一键评分 keeps the person's score: nothing typed is listed for replacing.
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    await screen.findByText('已评分，可下载评分后的工作簿。原文件未作任何修改。');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(cellValue(wb, SHEET, 'G15')).toBe(1.5);
    expect(screen.getByTestId('form-total').textContent).toBe('99.12');
  });
});

describe('no silent overwrite', () => {
  /** The scored example with a score a person typed over selfeval's: G11, full marks 2 → 1.5. */
  async function typedOver(): Promise<ExcelJS.Workbook> {
    const wb = await scoredExample();
    wb.getWorksheet(SHEET)!.getCell('G11').value = 1.5;
    return wb;
  }

  it('lists the typed cells before writing; 取消 writes nothing', async () => {
    const wb = await typedOver();
    renderPane(portOf(wb));
    await score();
    const dialog = await screen.findByRole('alertdialog', { name: '将改写 1 个人工填写的单元格' });
    expect(within(dialog).getByText('城乡低保保障人数')).toBeTruthy();
    expect(dialog.textContent).toContain('1.5 → 2');
    expect(within(dialog).getByRole('button', { name: `定位到 ${SHEET}!G11` })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(cellValue(wb, SHEET, 'G11')).toBe(1.5);
  });

  it('writes after 确认, keeps the list on screen and, on Excel desktop, says once that undo is gone', async () => {
    const wb = await typedOver();
    const { unmount } = renderPane(portOf(wb, 'excel'), true);
    await score();
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认改写并评分' }));
    const done = await screen.findByRole('region', { name: '已改写 1 个人工填写的单元格' });
    expect(done.textContent).toContain('1.5 → 2');
    expect(cellValue(wb, SHEET, 'G11')).toBe(2);
    expect(screen.getByText(/无法用“撤销”（Ctrl\+Z）恢复/)).toBeTruthy();
    unmount();
    // Said once: the next pane that writes does not repeat it.
    renderPane(portOf(wb, 'excel'), true);
    await score();
    await screen.findByTestId('form-total');
    expect(screen.queryByText(/无法用“撤销”/)).toBeNull();
  });
});

describe('rule change and 仅核查', () => {
  it('lists the indicators whose score changed, old rule → new rule', async () => {
    renderPane(portOf(await openWorkbook(EXAMPLE)));
    await score();
    await screen.findByTestId('form-total');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '评分规则' }), 'mof2021');
    expect(screen.getByText('规则已改为“财预〔2021〕101号 取值指引”，请重新评分。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    const region = await screen.findByRole('region', {
      name: '改用新规则后得分变化的指标（财预〔2020〕10号（默认） → 财预〔2021〕101号 取值指引）',
    });
    // Whatever moved is named with its two scores; the total is among them when it moved.
    expect(region.textContent).toMatch(/→/);
    expect(screen.queryByText(/规则已改为/)).toBeNull();
  });

  it('keeps the export buttons after 仅核查 on a scored workbook', async () => {
    renderPane(portOf(await scoredExample()));
    await screen.findByText('31 项指标');
    await userEvent.click(screen.getByRole('button', { name: '仅核查' }));
    await screen.findByRole('heading', { name: '核查结果' });
    expect(screen.getByText('表中得分与计算结果全部一致。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出Word' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载评分后的工作簿' })).toBeTruthy();
    expect(screen.getByRole('table', { name: '指标得分明细' })).toBeTruthy();
  });
});

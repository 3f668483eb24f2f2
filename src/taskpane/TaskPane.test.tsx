/** @jest-environment jsdom */
/**
 * The task pane over an in-memory port holding the real example workbook: forms listed on open,
 * 一键评分 writes one patch and shows 99.62 / 优, findings grouped with counts, a finding selects its
 * cell, 仅核查 writes nothing, and every failure state says what to do.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookSnapshot } from '../engine';
import { EXAMPLE, sheet, snapshotOfFile, workbook } from '../../test/helpers/workbooks';
import { type MemoryPort, memoryPort } from '../../test/helpers/memoryPort';
import { NoStyles } from '../../test/helpers/noStyles';
import { TaskPane } from './TaskPane';
import { localeFromLanguage, messagesFor } from './i18n';
import { MessagesContext } from './messagesContext';
import type { PaneServices } from './usePaneState';

let example: WorkbookSnapshot;
beforeAll(async () => {
  example = await snapshotOfFile(EXAMPLE);
});

const SHEET = '部门整体支出绩效自评表';

function services(over: Partial<PaneServices> = {}): Partial<PaneServices> {
  return {
    now: () => '2024-03-01T08:00:00.000Z',
    save: jest.fn(),
    loadReportRenderer: async () => async () => new Uint8Array([1, 2, 3]),
    ...over,
  };
}

function renderPane(port: MemoryPort, language = 'zh-CN', svc: Partial<PaneServices> = services()) {
  const messages = messagesFor(localeFromLanguage(language));
  return render(
    <NoStyles>
      <MessagesContext.Provider value={messages}>
        <TaskPane port={port} services={svc} />
      </MessagesContext.Provider>
    </NoStyles>,
  );
}

async function scoreButton(name = '一键评分', ready = '31 项指标'): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  // The button is enabled once the workbook has been read and its forms listed.
  await screen.findByText(ready);
  return button;
}

describe("TaskPane: after the reviewers' pass", () => {
  it('drops results computed under another rule when the rule changes, and says so', async () => {
    renderPane(memoryPort(example));
    await userEvent.click(await scoreButton());
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '评分规则' }), 'mof2021');
    expect(screen.queryByTestId('form-total')).toBeNull();
    expect(screen.queryByRole('button', { name: '导出Word' })).toBeNull();
    expect(screen.getByText('规则已改为“财预〔2021〕101号 取值指引”，请重新评分。')).toBeTruthy();
  });

  it('says when the report went beside a sheet of the same name a person wrote', async () => {
    const own = sheet('自评报告', [['我们自己写的自评报告']]);
    renderPane(memoryPort({ ...example, sheets: [...example.sheets, own] }));
    await userEvent.click(await scoreButton());
    await screen.findByTestId('form-total');
    expect(screen.getByText(/自评报告\(2\)/)).toBeTruthy();
  });

  it('in browser mode points to 打开其他文件 when no form is found, with no 重新读取 button', async () => {
    const port: MemoryPort = {
      ...memoryPort(workbook(sheet('封面', [['2022年度绩效自评材料']]))),
      kind: 'file',
    };
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/请点“打开其他文件”/)).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: '重新读取' })).toBeNull();
  });

  it('names a form card by its sheet even when the name has spaces and quotes', async () => {
    const name = `带 空格 的"表"`;
    const renamed = {
      ...example,
      sheets: example.sheets.map((sh) => (sh.name === SHEET ? { ...sh, name } : sh)),
    };
    renderPane(memoryPort(renamed));
    await userEvent.click(await scoreButton());
    expect(await screen.findByRole('group', { name })).toBeTruthy();
  });

  it('keeps 一键评分 focusable while a run is going', async () => {
    renderPane(memoryPort(example));
    const button = await scoreButton();
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(button);
  });
});

describe('TaskPane', () => {
  it('lists the forms found when it opens', async () => {
    renderPane(memoryPort(example));
    const list = await screen.findByRole('list');
    expect(within(list).getByText(SHEET)).toBeTruthy();
    expect(within(list).getByText('部门整体')).toBeTruthy();
    expect(within(list).getByText('31 项指标')).toBeTruthy();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '评分规则' }).value).toBe(
      'mof2020',
    );
  });

  it('lists the catalogue with each source on hover (SCORING.md §10)', async () => {
    renderPane(memoryPort(example));
    await scoreButton();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '评分规则' });
    const options = [...select.options];
    expect(options.map((o) => o.value)).toEqual([
      'mof2020',
      'mof2021',
      'hubei-legacy',
      'yitihua-strict',
    ]);
    for (const o of options) expect(o.title).toMatch(/^依据：.+/);
    expect(select.title).toContain('财预〔2020〕10号');
  });

  it('a profile file: the CLI’s message for a bad one, the rule itself for a good one', async () => {
    renderPane(memoryPort(example));
    await scoreButton();
    const input = screen.getByLabelText('从文件加载评分规则…', { selector: 'input' });
    const bad = new File(
      ['{"id":"x","name":"n","source":"s","grades":[{"grade":"优","min":"90"}]}'],
      '本地.json',
    );
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '评分配置文件“本地.json”有误：grades[0].min：应为数字',
    );
    const good = new File(
      ['{"id":"local","name":"本地规则","source":"某县文件","extends":"yitihua-strict"}'],
      'ok.json',
    );
    fireEvent.change(input, { target: { files: [good] } });
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '评分规则' });
    await screen.findByRole('option', { name: '本地规则' });
    expect(select.value).toBe('local');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('defaults the profile to the one saved in the workbook record', async () => {
    renderPane(
      memoryPort({ ...example, record: { profile: 'mof2021', writtenAt: null, values: {} } }),
    );
    await screen.findByText('31 项指标');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '评分规则' }).value).toBe(
      'mof2021',
    );
    expect(screen.getByText('沿用上次评分所用的规则')).toBeTruthy();
  });

  it('一键评分 applies one patch and shows the total 99.62 and grade 优', async () => {
    const port = memoryPort(example);
    renderPane(port);
    await userEvent.click(await scoreButton());
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    expect(screen.getByTestId('form-grade').textContent).toBe('优');
    expect(port.patches).toHaveLength(1);
    const patch = port.patches[0]!;
    expect(patch.cells.some((c) => c.sheet === SHEET && c.value === 99.62)).toBe(true);
    expect(
      screen.getByText(`已写入 ${patch.cells.length} 个单元格，并记录本次所用规则。`),
    ).toBeTruthy();
    expect(screen.getByText('100%（实际 186.81%）')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`评分完成：${SHEET} 总分 99.62 等级 优`);
  });

  it('groups the findings by indicator, routine qualitative notes behind a count', async () => {
    renderPane(memoryPort(example));
    await userEvent.click(await scoreButton());
    await screen.findByTestId('form-total');
    expect(screen.getByText('错误 0，警告 4，提示 9')).toBeTruthy();
    // Three judgement warnings and the budget's: four groups, each named by what it is about.
    const orphans = screen.getByRole('list', { name: '保障孤儿人数' });
    expect(within(orphans).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(orphans).getByRole('button', { name: '定位到“保障孤儿人数”的实际完成值 E15' }),
    ).toBeTruthy();
    expect(screen.getByRole('list', { name: '预算执行及表格整体' })).toBeTruthy();
    // The nine qualitative_auto notes wait behind one button.
    expect(screen.queryByRole('list', { name: '养老服务质量' })).toBeNull();
    const more = screen.getByRole('button', { name: '另有 9 项定性指标按表述自动判定，查看' });
    await userEvent.click(more);
    expect(screen.getByRole('list', { name: '养老服务质量' })).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('selects the cell of a finding when its button is clicked', async () => {
    const port = memoryPort(example);
    renderPane(port);
    await userEvent.click(await scoreButton());
    await userEvent.click(await screen.findByRole('button', { name: `定位到 ${SHEET}!E5` }));
    expect(port.selections).toEqual([{ sheet: SHEET, cell: 'E5' }]);
  });

  it('仅核查 lists the differing cells and applies nothing', async () => {
    const port = memoryPort(example);
    renderPane(port);
    await scoreButton();
    await userEvent.click(screen.getByRole('button', { name: '仅核查' }));
    expect(await screen.findByRole('heading', { name: '核查结果' })).toBeTruthy();
    expect(port.patches).toHaveLength(0);
    // The example has never been scored: one sentence, no list of empty cells, no total card.
    // 34 = the rate, the budget score, 31 indicator scores and the total.
    expect(screen.getByText('尚未评分：34个得分单元格为空')).toBeTruthy();
    expect(screen.getByText(/未写入任何单元格。/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: '核查结果' })).toBeNull();
    expect(screen.queryByTestId('form-total')).toBeNull();
    expect(screen.queryByRole('button', { name: '导出Word' })).toBeNull();
  });

  it('仅核查 on a form with a typed score lists it as a difference, not as an unscored form', async () => {
    const sheets = example.sheets.map((sh) => {
      if (sh.name !== SHEET) return sh;
      const cells = sh.cells.map((r) => [...r]);
      cells[10]![6] = 1.5; // G11, full marks 2 by the rules
      return { ...sh, cells };
    });
    renderPane(memoryPort({ ...example, sheets }));
    await scoreButton();
    await userEvent.click(screen.getByRole('button', { name: '仅核查' }));
    await screen.findByRole('heading', { name: '核查结果' });
    expect(screen.queryByText(/尚未评分/)).toBeNull();
    const list = screen.getByRole('list', { name: '核查结果' });
    expect(within(list).getByRole('button', { name: `定位到 ${SHEET}!G11` })).toBeTruthy();
  });

  it('explains how to unprotect a protected sheet', async () => {
    const port = memoryPort(example);
    port.failApply.push('protected');
    renderPane(port);
    await userEvent.click(await scoreButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('工作表受保护，无法写入得分')).toBeTruthy();
    expect(alert.textContent).toContain('审阅 → 撤销工作表保护');
    expect(port.patches).toHaveLength(0);
  });

  it('offers a retry when Excel is busy, and the retry scores', async () => {
    const port = memoryPort(example);
    port.failApply.push('busy');
    renderPane(port);
    await userEvent.click(await scoreButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Excel 正忙')).toBeTruthy();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(port.patches).toHaveLength(1);
  });

  it('offers a retry when reading times out', async () => {
    const port = memoryPort(example);
    port.failRead.push('timeout');
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Excel 响应超时')).toBeTruthy();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('31 项指标')).toBeTruthy();
    expect(port.reads).toBe(2);
  });

  it('says what it looks for when the workbook has no form', async () => {
    renderPane(
      memoryPort(
        workbook(
          sheet('Sheet1', [
            ['姓名', '电话'],
            ['张三', '123'],
          ]),
        ),
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('此工作簿中没有找到绩效自评表')).toBeTruthy();
    expect(alert.textContent).toContain('年初预算数');
    expect(alert.textContent).toContain('三级指标');
    expect(screen.queryByRole('button', { name: '一键评分' })).toBeNull();
    expect(within(alert).getByRole('button', { name: '重新读取' })).toBeTruthy();
  });

  it('exports the Word report through the lazy renderer after scoring', async () => {
    const svc = services();
    renderPane(memoryPort(example), 'zh-CN', svc);
    await userEvent.click(await scoreButton());
    await userEvent.click(await screen.findByRole('button', { name: '导出Word' }));
    expect(svc.save).toHaveBeenCalledWith(
      new Uint8Array([1, 2, 3]),
      '荆门市民政局绩效自评报告.docx',
      'docx',
    );
  });

  it('speaks English when Office’s display language is en-US', async () => {
    renderPane(memoryPort(example), 'en-US');
    expect(await screen.findByRole('heading', { name: 'Forms in this workbook' })).toBeTruthy();
    await screen.findByText('31 indicators');
    expect(screen.getByRole('combobox', { name: 'Scoring rules' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Score all' }));
    expect(await screen.findByRole('table', { name: 'Indicator scores' })).toBeTruthy();
    expect(screen.getByText('0 errors, 4 warnings, 9 notes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check only' })).toBeTruthy();
  });

  it('explains a protected sheet in English, with Excel’s own words underneath', async () => {
    const port = memoryPort(example);
    port.failApply.push('protected');
    renderPane(port, 'en-GB');
    await userEvent.click(await scoreButton('Score all', '31 indicators'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The sheet is protected')).toBeTruthy();
    expect(alert.textContent).toContain('Review → Unprotect Sheet');
    expect(alert.textContent).toContain('受保护');
  });
});

describe('TaskPane over a WPS 表格 port: WPS is named, never Excel', () => {
  const wps = (port: MemoryPort): MemoryPort => ({ ...port, kind: 'wps' });

  it('says WPS 表格 is busy, and the retry scores', async () => {
    const port = wps(memoryPort(example));
    port.failApply.push('busy');
    renderPane(port);
    await userEvent.click(await scoreButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('WPS 表格 正忙')).toBeTruthy();
    expect(alert.textContent).not.toContain('Excel');
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    expect(port.patches).toHaveLength(1);
  });

  it('says WPS 表格 timed out when reading', async () => {
    const port = wps(memoryPort(example));
    port.failRead.push('timeout');
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('WPS 表格 响应超时')).toBeTruthy();
    expect(alert.textContent).not.toContain('Excel');
  });

  it('tells how to unprotect the sheet in WPS 表格, in Chinese and in English', async () => {
    const port = wps(memoryPort(example));
    port.failApply.push('protected', 'protected');
    const { unmount } = renderPane(port);
    await userEvent.click(await scoreButton());
    let alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请在 WPS 表格 中选择“审阅 → 撤销工作表保护”');
    expect(alert.textContent).not.toContain('Excel');
    unmount();
    renderPane(port, 'en-US');
    await userEvent.click(await scoreButton('Score all', '31 indicators'));
    alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('In WPS Spreadsheets choose Review → Unprotect Sheet');
    expect(alert.textContent).not.toContain('Excel');
  });

  it('offers 重新读取 when no form is found, as a host does', async () => {
    renderPane(wps(memoryPort(workbook(sheet('封面', [['2022年度绩效自评材料']])))));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: '重新读取' })).toBeTruthy();
    expect(alert.textContent).not.toContain('Excel');
  });

  it('writes with no notice about Excel’s undo history (docs/WPS.md claims none for WPS)', async () => {
    renderPane(wps(memoryPort(example)));
    await userEvent.click(await scoreButton());
    await screen.findByTestId('form-total');
    expect(screen.queryByText(/撤销/)).toBeNull();
    expect(document.body.textContent).not.toContain('Excel');
  });
});

describe('localeFromLanguage', () => {
  it('is English only for English display languages', () => {
    expect(localeFromLanguage('en-US')).toBe('en');
    expect(localeFromLanguage('EN-gb')).toBe('en');
    expect(localeFromLanguage('zh-CN')).toBe('zh');
    expect(localeFromLanguage(null)).toBe('zh');
  });
});

describe('TaskPane: long results', () => {
  it('lists the first 200 lines of 指标得分明细 and more on request, with the total over all rows', async () => {
    // 250 indicators of 2 points, all met (≥i件 against i+1): total 250 × 2 = 500. The table's
    // lines: the 一级 subtotal (产出指标), the 二级 subtotal (数量指标), 250 rows = 252; 200 drawn.
    const rows: (string | number)[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'],
    ];
    for (let i = 1; i <= 250; i++)
      rows.push(['产出指标', '数量指标', `第${i}项工作完成数`, `≥${i}件`, i + 1, 2, '']);
    renderPane(memoryPort(workbook(sheet('大表', rows))));
    await userEvent.click(await scoreButton('一键评分', '250 项指标'));
    expect((await screen.findByTestId('form-total')).textContent).toBe('500');
    const table = screen.getByRole('table', { name: '指标得分明细' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 200); // header + lines drawn
    expect(screen.getByText('已列出前 200 项，共 252 项（完整结果见工作簿）。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '再列出 52 项' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 252);
    expect(screen.queryByText(/已列出前/)).toBeNull();
  });
});

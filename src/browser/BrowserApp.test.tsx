/** @jest-environment jsdom */
/**
 * Browser mode in jsdom: open the example through the file input, score it with the same pane,
 * and check that a finding's button switches the table view to its cell.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { EXAMPLE } from '../../test/helpers/workbooks';
import { NoStyles } from '../../test/helpers/noStyles';
import { BrowserApp } from './BrowserApp';

const SHEET = '部门整体支出绩效自评表';

function exampleFile(): File {
  const bytes = readFileSync(EXAMPLE);
  const file = new File([new Uint8Array(bytes)], '示例.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  // jsdom's File lacks arrayBuffer(); the app reads files through it, as browsers provide.
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
}

describe('BrowserApp', () => {
  it('opens a file, scores it and highlights a finding’s cell in the preview', async () => {
    const save = jest.fn();
    render(
      <NoStyles>
        <BrowserApp services={{ save, now: () => '2024-03-01T08:00:00.000Z' }} />
      </NoStyles>,
    );
    // The first screen: opening one's own file is the primary action, the example the second.
    const open = screen.getByRole('button', { name: '打开 .xlsx 文件' });
    const example = screen.getByRole('button', { name: '打开示例工作簿' });
    expect(open.compareDocumentPosition(example) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: '使用说明' }).getAttribute('href')).toBe('help.html');
    await userEvent.upload(screen.getByTestId('file-input'), exampleFile());
    await screen.findByText('31 项指标', undefined, { timeout: 5000 });
    expect(screen.getByRole('tab', { name: SHEET, selected: true })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    // Nothing has been written to the person's file: the page says it can be downloaded.
    expect(screen.getByText('已评分，可下载评分后的工作簿。原文件未作任何修改。')).toBeTruthy();
    expect(screen.queryByText(/已写入/)).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: '定位到“保障孤儿人数”的实际完成值 E15' }),
    );
    const cell = document.querySelector('td[data-cell="E15"]');
    expect(cell?.getAttribute('aria-current')).toBe('location');
    await userEvent.click(screen.getByRole('button', { name: '下载评分后的工作簿' }));
    expect(save).toHaveBeenCalledWith(expect.any(Uint8Array), '示例（已评分）.xlsx', 'xlsx');
    // The whole page (pane, indicator table, sheet preview) in jsdom: role queries take seconds.
  }, 30_000);

  it('refuses an .xls file before reading it: 请先另存为 .xlsx', async () => {
    render(
      <NoStyles>
        <BrowserApp />
      </NoStyles>,
    );
    const file = new File(['x'], '旧表.xls');
    // Never read: the name alone refuses it.
    const read = jest.fn();
    Object.defineProperty(file, 'arrayBuffer', { value: read });
    await userEvent.upload(screen.getByTestId('file-input'), file, { applyAccept: false });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“旧表.xls”是旧版 .xls 文件，请先另存为 .xlsx');
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses another file that is not .xlsx and says why', async () => {
    render(
      <NoStyles>
        <BrowserApp />
      </NoStyles>,
    );
    const file = new File(['x'], '说明.docx');
    await userEvent.upload(screen.getByTestId('file-input'), file, { applyAccept: false });
    expect((await screen.findByRole('alert')).textContent).toContain('“说明.docx”不是 .xlsx 文件');
  });
});

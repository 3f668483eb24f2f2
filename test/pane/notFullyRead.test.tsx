/** @jest-environment jsdom */
/**
 * SCORING.md §11 in the pane, over real fixtures held by exceljs (the browser port): a form not
 * fully read leads its card with why, before any figure, and shows its 部分得分 with no grade; two
 * forms on one sheet get two cards named by their rows and 项目名称.
 *
 * Figures (by hand, in scripts/fixtures): error.indicators_missing — budget 100/100 → 10 of 10, no
 * indicator read; layout.twoForms — 乡村道路养护 93.7 (优), 农村饮水安全巩固提升 98 (优).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as path from 'node:path';
import { createFilePort } from '../../src/browser';
import { openWorkbook } from '../../src/xlsx/node';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { messagesFor } from '../../src/taskpane/i18n';
import { MessagesContext } from '../../src/taskpane/messagesContext';
import { NoStyles } from '../helpers/noStyles';
import { FIXTURES } from '../helpers/workbooks';

const NOW = '2024-03-01T08:00:00.000Z';

async function openPane(fixture: string): Promise<void> {
  const wb = await openWorkbook(path.join(FIXTURES, `${fixture}.xlsx`));
  render(
    <NoStyles>
      <MessagesContext.Provider value={messagesFor('zh')}>
        <TaskPane
          port={createFilePort(wb, `${fixture}.xlsx`)}
          services={{ now: () => NOW, save: jest.fn() }}
        />
      </MessagesContext.Provider>
    </NoStyles>,
  );
  await screen.findByText('本工作簿中的自评表');
}

beforeEach(() => window.localStorage.clear());

describe('a form not fully read (§11.2)', () => {
  it('is flagged before any run, and its card leads with why, then 部分得分 and no grade', async () => {
    await openPane('error.indicators_missing');
    expect(screen.getAllByText('未能完整读取，不评定等级').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    const card = await screen.findByRole('group', { name: '部门整体支出绩效自评表' });
    const why = within(card).getByTestId('form-not-read');
    expect(why.textContent).toContain('第9行是指标表头');
    expect(why.textContent).toContain('找不到“实际完成值”列');
    // Why comes before the figure in the card's order.
    const total = within(card).getByTestId('form-total');
    expect(why.compareDocumentPosition(total) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(total.textContent).toBe('10');
    expect(within(card).getByText('部分得分')).toBeTruthy();
    expect(within(card).getByTestId('form-no-grade').textContent).toBe('不评定等级');
    expect(within(card).queryByTestId('form-grade')).toBeNull();
  });
});

describe('two forms on one sheet (§11.4)', () => {
  it('gives each its card, named by the row it starts at and its 项目名称', async () => {
    await openPane('layout.twoForms');
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    const first = await screen.findByRole('group', {
      name: '项目支出绩效自评表 · 第1行起：乡村道路养护',
    });
    const second = screen.getByRole('group', {
      name: '项目支出绩效自评表 · 第17行起：农村饮水安全巩固提升',
    });
    expect(within(first).getByTestId('form-total').textContent).toBe('93.7');
    expect(within(second).getByTestId('form-total').textContent).toBe('98');
    expect(within(second).getByTestId('form-grade').textContent).toBe('优');
  });
});

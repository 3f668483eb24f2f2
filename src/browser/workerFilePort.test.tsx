/** @jest-environment jsdom */
/**
 * The pane over browser mode's worker port, with the worker's real host (fileWorkerProtocol.ts)
 * answering in this process, messages structured-cloned both ways as postMessage does (jsdom has
 * no Worker). The pane shows 阶段 n/3, scores through the worker's scorer, and 取消 during 评分
 * returns it to where it was with nothing written; a worker that died is said in Chinese.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { EXAMPLE } from '../../test/helpers/workbooks';
import { NoStyles } from '../../test/helpers/noStyles';
import { TaskPane } from '../taskpane/TaskPane';
import type { FilePort } from './filePort';
import { OUT_OF_MEMORY, type Reply, type Request, createWorkbookHost } from './fileWorkerProtocol';
import { type FileWorker, openWorkerFilePort } from './workerFilePort';

/** What postMessage does to a message (V8's serializer: the structured clone; jsdom lacks one). */
function clone<T>(x: T): T {
  return deserialize(serialize(x)) as T;
}

/** A worker whose requests wait until `release` lets them through (so a cancel can be timed). */
function inProcessWorker(): FileWorker & { hold: boolean; release(): void } {
  const held: Request[] = [];
  const worker = {
    hold: false,
    onmessage: null as FileWorker['onmessage'],
    onerror: null as FileWorker['onerror'],
    onmessageerror: null as FileWorker['onmessageerror'],
    terminate: () => undefined,
    postMessage(req: Request) {
      held.push(clone(req));
      if (!worker.hold) worker.release();
    },
    release() {
      for (const req of held.splice(0)) void host.handle(req);
    },
  };
  const host = createWorkbookHost(ExcelJS, (reply: Reply) =>
    worker.onmessage?.({ data: clone(reply) } as MessageEvent),
  );
  return worker;
}

async function openExample(worker: FileWorker): Promise<FilePort> {
  const buf = readFileSync(EXAMPLE);
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  return openWorkerFilePort(() => worker, bytes, '示例.xlsx');
}

function renderPane(port: FilePort): void {
  render(
    <NoStyles>
      <TaskPane
        port={port}
        services={{
          now: () => '2024-03-01T08:00:00.000Z',
          save: jest.fn(),
          loadReportRenderer: async () => async () => new Uint8Array([1]),
        }}
      />
    </NoStyles>,
  );
}

describe('TaskPane over the worker port', () => {
  it('scores in the worker; 取消 while a run waits there leaves the pane as it was, nothing written', async () => {
    const worker = inProcessWorker();
    const port = await openExample(worker);
    renderPane(port);
    const score = await screen.findByRole('button', { name: '一键评分' });
    await screen.findByText('31 项指标');

    // Held in the "worker": the run waits at its first stage, the pane offers 取消.
    worker.hold = true;
    await userEvent.click(score);
    expect(await screen.findByTestId('run-stage')).toHaveProperty('textContent', '阶段 1/3：解析');
    await userEvent.click(screen.getByRole('button', { name: '取消评分' }));
    expect(screen.queryByTestId('run-stage')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    worker.hold = false;
    worker.release(); // the worker takes the run and its cancel: nothing kept, nothing written
    expect(port.snapshot().sheets.map((s) => s.name)).not.toContain('评分记录');

    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    expect((await screen.findByTestId('form-total')).textContent).toBe('99.62');
    // Written in the worker, the page's snapshot (the preview's) is the written workbook.
    expect(port.snapshot().sheets.map((s) => s.name)).toContain('评分记录');
  });

  it('a worker that died of out-of-memory: the next action says so in Chinese', async () => {
    const worker = inProcessWorker();
    const port = await openExample(worker);
    renderPane(port);
    await screen.findByText('31 项指标');
    const error = new Event('error') as ErrorEvent;
    Object.defineProperty(error, 'message', {
      value: 'Uncaught RangeError: Array buffer allocation failed',
    });
    worker.onerror?.(error);
    await userEvent.click(screen.getByRole('button', { name: '一键评分' }));
    expect((await screen.findByRole('alert')).textContent).toContain(OUT_OF_MEMORY);
  });
});

/**
 * The file worker's protocol, both sides as plain functions (jsdom has no Worker): the host opens
 * the real example with exceljs and answers open / apply / export with progress first; the router
 * routes replies to their callers and settles everything open when the worker dies (cancel).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { buildRunPatch, scoreWorkbook } from '../engine';
import { EXAMPLE } from '../../test/helpers/workbooks';
import {
  type Reply,
  type Request,
  createReplyRouter,
  createWorkbookHost,
} from './fileWorkerProtocol';

async function exampleBytes(): Promise<ArrayBuffer> {
  const buf = await fs.readFile(EXAMPLE);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

describe('file worker protocol', () => {
  it('host: open posts read, then one progress per sheet, then the snapshot; apply and export answer', async () => {
    const replies: Reply[] = [];
    const host = createWorkbookHost(ExcelJS, (r) => replies.push(r));
    await host.handle({ id: 1, op: 'open', bytes: await exampleBytes(), label: '示例.xlsx' });
    const last = replies[replies.length - 1]!;
    expect(last.kind).toBe('snapshot');
    if (last.kind !== 'snapshot') return;
    const n = last.snapshot.sheets.length;
    expect(n).toBeGreaterThan(0);
    expect(replies.slice(0, -1).map((r) => (r.kind === 'progress' ? r.progress : r))).toEqual([
      { stage: 'read' },
      ...Array.from({ length: n }, (_, i) => ({ stage: 'sheets', done: i, total: n })),
    ]);
    // The snapshot survives structured cloning, as postMessage does it.
    expect(structuredClone(last.snapshot)).toEqual(last.snapshot);
    expect(scoreWorkbook(last.snapshot).forms[0]?.total).toBe(99.62);

    replies.length = 0;
    const run = scoreWorkbook(last.snapshot);
    await host.handle({
      id: 2,
      op: 'apply',
      patch: buildRunPatch(run, last.snapshot, { now: '2026-12-01T00:00:00Z' }),
    });
    expect(replies.map((r) => [r.id, r.kind])).toEqual([[2, 'snapshot']]);
    const after = replies[0]!;
    if (after.kind !== 'snapshot') return;
    expect(after.snapshot.sheets.map((s) => s.name)).toContain('评分记录');

    replies.length = 0;
    await host.handle({ id: 3, op: 'export' });
    expect(replies.map((r) => [r.id, r.kind])).toEqual([[3, 'bytes']]);
    const out = replies[0]!;
    if (out.kind !== 'bytes') return;
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(out.bytes as unknown as ExcelJS.Buffer);
    expect(reopened.getWorksheet('评分记录')).toBeDefined();
  });

  it('host: bytes that are not a workbook give one Chinese unreadable error naming the file', async () => {
    const replies: Reply[] = [];
    const host = createWorkbookHost(ExcelJS, (r) => replies.push(r));
    const junk = new TextEncoder().encode('not a zip').buffer;
    await host.handle({ id: 7, op: 'open', bytes: junk, label: '坏文件.xlsx' });
    const last = replies[replies.length - 1]!;
    expect(last).toMatchObject({ id: 7, kind: 'error', reason: 'unreadable' });
    expect(last.kind === 'error' && last.message).toContain('坏文件.xlsx');
    // Before a workbook is open, apply and export say so rather than throw.
    await host.handle({ id: 8, op: 'export' });
    expect(replies[replies.length - 1]).toMatchObject({
      id: 8,
      kind: 'error',
      message: '工作簿尚未打开',
    });
  });

  it('router: numbers requests, sends progress to the caller, settles on the final reply, and fail() settles the rest', async () => {
    const sent: Request[] = [];
    const router = createReplyRouter((req) => sent.push(req));
    const seen: unknown[] = [];
    const a = router.request({ op: 'open', bytes: new ArrayBuffer(1), label: 'a.xlsx' }, (p) =>
      seen.push(p),
    );
    const b = router.request({ op: 'export' });
    expect(sent.map((r) => [r.id, r.op])).toEqual([
      [1, 'open'],
      [2, 'export'],
    ]);
    router.handleReply({ id: 1, kind: 'progress', progress: { stage: 'read' } });
    router.handleReply({
      id: 1,
      kind: 'progress',
      progress: { stage: 'sheets', done: 0, total: 2 },
    });
    expect(seen).toEqual([{ stage: 'read' }, { stage: 'sheets', done: 0, total: 2 }]);
    const snapshot = { sheets: [], record: null } as unknown as Extract<
      Reply,
      { kind: 'snapshot' }
    >['snapshot'];
    router.handleReply({ id: 1, kind: 'snapshot', snapshot });
    await expect(a).resolves.toEqual({ id: 1, kind: 'snapshot', snapshot });
    // A late reply for a settled request, or for no request, changes nothing.
    router.handleReply({ id: 1, kind: 'bytes', bytes: new Uint8Array(1) });
    router.handleReply({ id: 99, kind: 'bytes', bytes: new Uint8Array(1) });
    router.fail('unknown', '已取消');
    await expect(b).resolves.toEqual({
      id: 2,
      kind: 'error',
      reason: 'unknown',
      message: '已取消',
    });
  });
});

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
  OUT_OF_MEMORY,
  type Reply,
  type Request,
  createReplyRouter,
  createWorkbookHost,
  failureMessage,
} from './fileWorkerProtocol';
import { inThreadScorer } from '../port/scorer';
import { openFilePort } from './filePort';

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

  const NOW = '2026-12-01T00:00:00Z';
  const CHOICE = { id: 'mof2020', custom: null };

  /** A host with the example open, and the replies it posts. */
  async function openHost(): Promise<{
    host: ReturnType<typeof createWorkbookHost>;
    replies: Reply[];
  }> {
    const replies: Reply[] = [];
    const host = createWorkbookHost(ExcelJS, (r) => replies.push(r));
    await host.handle({ id: 1, op: 'open', bytes: await exampleBytes(), label: '示例.xlsx' });
    replies.length = 0;
    return { host, replies };
  }

  it('host: overview, prepare, write and decide score in the worker as the in-thread scorer does, the patch and snapshot staying there', async () => {
    const { host, replies } = await openHost();
    // The same sequences in this thread over a port on the same file: the reference.
    const port = await openFilePort(await exampleBytes(), '示例.xlsx');
    const reference = inThreadScorer(port);

    await host.handle({ id: 2, op: 'overview', choice: CHOICE, now: NOW });
    const ov = replies.pop()!;
    expect(ov.kind).toBe('overview');
    if (ov.kind !== 'overview') return;
    expect(ov.overview).toEqual(await reference.overview(CHOICE, NOW));
    expect(ov.overview.result.forms[0]?.total).toBe(99.62);

    await host.handle({ id: 3, op: 'prepare', mode: 'score', choice: CHOICE, now: NOW });
    expect(replies.map((r) => [r.id, r.kind, r.kind === 'progress' && r.progress])).toEqual([
      [3, 'progress', { stage: 'run', step: 'score' }],
      [3, 'prepared', false],
    ]);
    const prepared = replies.pop()!;
    if (prepared.kind !== 'prepared') return;
    // The page holds the snapshot already: the reply does not carry it again.
    expect(prepared.run).not.toHaveProperty('snapshot');
    const { snapshot: _s, ...expected } = await reference.prepare('score', CHOICE, NOW);
    expect(prepared.run).toEqual({ ...expected, key: 3 });

    replies.length = 0;
    await host.handle({ id: 4, op: 'write', key: 3 });
    expect(replies.map((r) => [r.id, r.kind])).toEqual([
      [4, 'progress'],
      [4, 'written'],
    ]);
    const written = replies.pop()!;
    if (written.kind !== 'written') return;
    const ref = await reference.write({ ...expected, key: 1, snapshot: port.snapshot() });
    expect(written.written).toEqual(ref);
    expect(written.written.cellsWritten).toBeGreaterThan(30);
    expect(written.snapshot.sheets.map((s) => s.name)).toContain('评分记录');
    // A run is written once: the same key again is refused in Chinese.
    await host.handle({ id: 5, op: 'write', key: 3 });
    expect(replies.pop()).toMatchObject({ id: 5, kind: 'error', reason: 'changed' });

    // 保障孤儿人数 decided B, 1.5: 99.62 − 2 + 1.5 = 99.12, the old 2 kept.
    const decision = {
      sheet: written.snapshot.sheets.find((s) => s.name.includes('绩效自评表'))!.name,
      cell: 'G15',
      band: 'B' as const,
      score: 1.5,
    };
    await host.handle({
      id: 6,
      op: 'decide',
      decision,
      choice: CHOICE,
      now: NOW,
      withDifferences: true,
    });
    const decided = replies.pop()!;
    expect(decided.kind).toBe('decided');
    if (decided.kind !== 'decided') return;
    expect(decided.decided.result.forms[0]?.total).toBe(99.12);
    expect(decided.decided.was).toBe(2);
    expect(decided.decided.differences).toEqual([]);
    const refDecided = await reference.decide(decision, CHOICE, () => NOW, true);
    expect(decided.decided.result).toEqual(refDecided.result);
  });

  it('host: a cancel taken while a run scores stops it (cancelled, nothing kept to write); a later run goes on', async () => {
    const { host, replies } = await openHost();
    const running = host.handle({ id: 2, op: 'prepare', mode: 'score', choice: CHOICE, now: NOW });
    void host.handle({ id: 3, op: 'cancel', target: 2 });
    await running;
    expect(replies.pop()).toEqual({ id: 2, kind: 'cancelled' });
    await host.handle({ id: 4, op: 'write', key: 2 });
    expect(replies.pop()).toMatchObject({ id: 4, kind: 'error', reason: 'changed' });
    await host.handle({ id: 5, op: 'prepare', mode: 'check', choice: CHOICE, now: NOW });
    const next = replies.pop()!;
    expect(next.kind).toBe('prepared');
    if (next.kind !== 'prepared') return;
    // The never-scored example: every score cell differs (empty → the computed score).
    expect(next.run.differences?.length).toBeGreaterThan(30);
  });

  it('router: an aborted request settles as cancelled at once and tells the worker to stop it', async () => {
    const sent: Request[] = [];
    const router = createReplyRouter((req) => sent.push(req));
    const abort = new AbortController();
    const r = router.request(
      { op: 'prepare', mode: 'score', choice: CHOICE, now: NOW },
      undefined,
      undefined,
      abort.signal,
    );
    abort.abort();
    await expect(r).resolves.toEqual({ id: 1, kind: 'cancelled' });
    expect(sent.map((q) => q.op)).toEqual(['prepare', 'cancel']);
    expect(sent[1]).toMatchObject({ op: 'cancel', target: 1 });
    // The worker's late answer reaches nobody.
    router.handleReply({ id: 1, kind: 'cancelled' });
  });

  it('failures inside the worker are one Chinese line saying what to do, never the stack', () => {
    expect(failureMessage(new RangeError('Array buffer allocation failed'))).toBe(OUT_OF_MEMORY);
    expect(failureMessage(new Error('Invalid string length'))).toBe(OUT_OF_MEMORY);
    const other = failureMessage(new TypeError('x is undefined'));
    expect(other).toMatch(/^处理工作簿时出错（x is undefined）。请刷新页面后重新打开文件重试/);
    expect(other).not.toContain('\n');
    expect(OUT_OF_MEMORY).toMatch(/内存不足.*请关闭其他标签页/);
  });
});

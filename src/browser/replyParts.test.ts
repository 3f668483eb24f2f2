/**
 * Replies cut into parts and put back: the long arrays leave in parts of PART_ROWS, the reply
 * after them carries the rest, the page gets back exactly what the worker posted, and the worker's
 * own objects (it keeps the snapshot) are never changed by the cutting.
 */
import type { Reply } from './fileWorkerProtocol';
import { PART_ROWS, joinParts, splitReply } from './replyParts';
import { createReplyRouter } from './fileWorkerProtocol';

const rows = (n: number): string[][] => Array.from({ length: n }, (_, i) => [`r${i}`, `${i}`]);

describe('reply parts', () => {
  it('cuts a 10,001-row sheet into 3 parts, leaves a small one whole, and joins them back', () => {
    const big = { name: '大表', cells: rows(2 * PART_ROWS + 1), merges: [] };
    const small = { name: '说明', cells: rows(3), merges: [] };
    const reply = {
      id: 4,
      kind: 'snapshot',
      snapshot: { sheets: [small, big], record: null },
    } as unknown as Reply;
    const frozen = JSON.stringify(reply);
    const { parts, rest } = splitReply(reply);
    expect(parts.map((p) => [p.path, p.rows.length])).toEqual([
      [['snapshot', 'sheets', 1, 'cells'], PART_ROWS],
      [['snapshot', 'sheets', 1, 'cells'], PART_ROWS],
      [['snapshot', 'sheets', 1, 'cells'], 1],
    ]);
    const sheets = (rest as Extract<Reply, { kind: 'snapshot' }>).snapshot.sheets;
    expect(sheets[1]?.cells).toEqual([]);
    expect(sheets[0]?.cells).toHaveLength(3);
    expect(JSON.stringify(reply)).toBe(frozen); // the worker's snapshot is untouched
    expect(joinParts(rest, parts)).toEqual(reply);
  });

  it('the router joins the parts before the caller sees the reply; results and lists too', async () => {
    const router = createReplyRouter(() => undefined);
    const asked = router.request({
      op: 'prepare',
      mode: 'check',
      choice: { id: 'mof2020', custom: null },
      now: '',
    });
    const indicators = rows(PART_ROWS + 5).map(([name]) => ({ name }));
    const reply = {
      id: 1,
      kind: 'prepared',
      run: {
        key: 1,
        mode: 'check',
        result: { forms: [{ indicators, model: { indicators } }], findings: [] },
        differences: rows(PART_ROWS * 2),
        overwrites: [],
      },
    } as unknown as Reply;
    const { parts, rest } = splitReply(reply);
    expect(parts).toHaveLength(2 + 2 + 2);
    for (const part of parts) router.handleReply({ id: 1, kind: 'part', part });
    router.handleReply(rest);
    await expect(asked).resolves.toEqual(reply);
  });
});

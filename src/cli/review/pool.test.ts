import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type PoolFailure, runPool } from './pool';

/** A worker that answers, hangs, throws or exits, as each task asks. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (t) => {
  if (t === 'hang') for (;;) {}
  if (t === 'exit') process.exit(3);
  if (t === 'throw') throw new Error('boom');
  parentPort.postMessage('ok:' + t);
});
`;

describe('runPool', () => {
  let script: string;
  beforeAll(() => {
    script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-pool-')), 'worker.js');
    fs.writeFileSync(script, SCRIPT);
  });

  it('answers every task; a hung worker is stopped, a dying one reported, and the rest go on', async () => {
    const tasks = ['a', 'hang', 'b', 'exit', 'c', 'throw', 'd'];
    const results: (string | PoolFailure | null)[] = tasks.map(() => null);
    await runPool<string, string>({
      script,
      jobs: 2,
      timeoutMs: 1500,
      tasks,
      onDone: (i, reply, failure) => {
        results[i] = failure ?? reply;
      },
    });
    expect(results).toEqual([
      'ok:a',
      { kind: 'timeout', seconds: 1.5 },
      'ok:b',
      { kind: 'crash', message: '退出码 3' },
      'ok:c',
      { kind: 'crash', message: 'boom' },
      'ok:d',
    ]);
  }, 30_000);

  it('resolves at once for no tasks', async () => {
    await expect(
      runPool({ script, jobs: 2, timeoutMs: 1000, tasks: [], onDone: () => undefined }),
    ).resolves.toBeUndefined();
  });
});

/**
 * The CLI's progress bar (issue #9 item 5): on a terminal, after about two seconds, on stderr;
 * silent when stderr is not a terminal or the run is quick.
 */
import { Writable } from 'node:stream';
import { terminalProgress } from '../src/cli/progress';

/** A stream that records what is written, a terminal or not. */
function stream(
  isTTY: boolean,
): Writable & { isTTY: boolean; columns: number; text: () => string } {
  let text = '';
  const s = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; text: () => string };
  s.isTTY = isTTY;
  s.columns = 100;
  // cli-progress moves the cursor on a terminal; a recording stream accepts and ignores it.
  Object.assign(s, { cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  s.text = () => text;
  return s;
}

function run(isTTY: boolean, elapsed: number): string {
  const out = stream(isTTY);
  let now = 0;
  const progress = terminalProgress({ stream: out, clock: () => now });
  progress.stage('读取工作簿', 0);
  now = elapsed;
  progress.stage('评分', 40);
  progress.stage('写入评分后的工作簿', 70);
  progress.done();
  return out.text();
}

it('shows a bar with the stage on a terminal once the run takes more than two seconds', () => {
  const text = run(true, 2500);
  expect(text).toContain('selfeval');
  expect(text).toMatch(/40% \| 评分/);
});

it('is silent on a terminal for a quick run, and always when stderr is not a terminal', () => {
  expect(run(true, 500)).toBe('');
  expect(run(false, 60_000)).toBe('');
});

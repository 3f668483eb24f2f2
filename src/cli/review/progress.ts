/** The review's progress bar on a terminal's stderr: files done / total, the current file, time left. */
import cliProgress from 'cli-progress';

export interface Progress {
  start(file: string): void;
  update(done: number, file: string): void;
  stop(): void;
}

/** A cli-progress bar on stderr. */
export function progressBar(total: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: '复核 {bar} {value}/{total} 个文件 · 剩余约 {eta_formatted} · {file}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    start: (file) => {
      bar.update({ file });
    },
    update: (done, file) => {
      bar.update(done, { file });
    },
    stop: () => {
      bar.stop();
    },
  };
}

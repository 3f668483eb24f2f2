/**
 * Progress of a long run on the terminal: a bar on stderr (cli-progress) once a run has taken more
 * than about two seconds, and only when stderr is a terminal, so pipes, files and tests see
 * nothing. The run reports stages between its steps (reading, scoring and writing are single
 * steps that cannot report from inside), and the bar shows the stage and the share of the run.
 */
import { SingleBar } from 'cli-progress';

/** What a run tells its progress. */
export interface Progress {
  /** Entering a stage, at `percent` of the whole run. */
  stage(label: string, percent: number): void;
  /** The run is over: the bar (if any) is cleared. */
  done(): void;
}

/** A progress that shows nothing. */
export const SILENT: Progress = { stage: () => undefined, done: () => undefined };

/** Where and when to show the bar. */
export interface ProgressOptions {
  /** The terminal (stderr); null or a non-TTY stream shows nothing. */
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Milliseconds before the bar appears. */
  readonly delayMs?: number;
  /** Milliseconds clock (tests give their own). */
  readonly clock?: () => number;
}

/** A progress for a run starting now. */
export function terminalProgress(options: ProgressOptions): Progress {
  if (!options.stream.isTTY) return SILENT;
  const clock = options.clock ?? ((): number => Date.now());
  const delay = options.delayMs ?? 2000;
  const started = clock();
  let bar: SingleBar | null = null;
  return {
    stage(label, percent) {
      if (!bar) {
        if (clock() - started < delay) return;
        bar = new SingleBar({
          stream: options.stream,
          format: 'selfeval {bar} {percentage}% | {stage}',
          barCompleteChar: '█',
          barIncompleteChar: '░',
          hideCursor: true,
          clearOnComplete: true,
          // Redraw only when told: the steps are synchronous, a timer would not fire inside them.
          noTTYOutput: false,
          fps: 5,
        });
        bar.start(100, percent, { stage: label });
        return;
      }
      bar.update(percent, { stage: label });
    },
    done() {
      if (!bar) return;
      bar.update(100, { stage: '完成' });
      bar.stop();
      bar = null;
    },
  };
}

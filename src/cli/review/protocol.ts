/** Messages between the review's parent thread and its workers. */
import type { Profile, ReviewedFile } from '../../engine';

/** One file to review. */
export interface ReviewTask {
  readonly path: string;
  /** The name shown (relative to the folder reviewed). */
  readonly file: string;
  /** The profile given with --profile (plain data), or null for each workbook's own. */
  readonly profile: Profile | null;
  readonly now: string;
}

/** What a worker answers for a task. */
export type WorkerReply =
  | { readonly kind: 'done'; readonly record: ReviewedFile }
  /** The file is a summary written by an earlier review: not an input. */
  | { readonly kind: 'own-output' }
  /** selfeval itself failed on this file (a bug): the file becomes a row, the batch goes on. */
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The workbook port: what the task pane needs from a workbook, whatever holds it. Excel
 * (src/excel, Office.js) and a .xlsx file opened in the browser (src/xlsx + exceljs) both
 * implement it, so the pane never imports a host and runs in a plain browser for tests and demos.
 */
import type { Patch, WorkbookSnapshot } from '../engine';
import type { Scorer } from './scorerTypes';

/** Why a port call failed; the pane shows a state per reason. */
export type PortErrorReason =
  | 'protected'
  | 'busy'
  | 'timeout'
  | 'unreadable'
  /** The workbook changed between read and write (a co-author moved the form): read again. */
  | 'changed'
  | 'unknown';

/** A failure the user can act on; `message` is Chinese and names the sheet and cell where known. */
export class PortError extends Error {
  readonly reason: PortErrorReason;
  readonly sheet: string | null;
  /** The host's own error code (Office.js `GeneralException`…), when the host gave one. */
  readonly code: string | null;

  constructor(
    reason: PortErrorReason,
    message: string,
    sheet: string | null = null,
    code: string | null = null,
  ) {
    super(message);
    this.name = 'PortError';
    this.reason = reason;
    this.sheet = sheet;
    this.code = code;
  }
}

/** What an apply tells the person besides the patch's own notes (Chinese, each said once a session). */
export interface ApplyOutcome {
  readonly notes: readonly string[];
}

/** Where the workbook is open: the pane names the host in what it says (Excel, WPS 表格, a file). */
export type WorkbookPortKind = 'excel' | 'wps' | 'file';

/** A workbook the pane can read, patch and navigate. */
export interface WorkbookPort {
  /** `excel` inside Office; `wps` inside WPS 表格; `file` for a .xlsx opened in the browser. */
  readonly kind: WorkbookPortKind;
  /** What to call the workbook in the UI (file name, or 当前工作簿). */
  readonly label: string;
  /** Reads every sheet, with the record selfeval left in the workbook. */
  read(): Promise<WorkbookSnapshot>;
  /** Applies a patch in one batch. Throws PortError when the workbook refuses (protected, busy, timeout). */
  // A port with nothing to report resolves to nothing (void), which `undefined` would not accept.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  apply(patch: Patch): Promise<ApplyOutcome | void>;
  /** Selects a cell (or only activates the sheet when cell is null). */
  select(sheet: string, cell: string | null): Promise<void>;
  /**
   * Where the pane scores: a port whose workbook lives elsewhere (browser mode's worker) scores
   * there; absent, the pane scores in its own thread over read and apply (inThreadScorer).
   */
  readonly scorer?: Scorer;
  /** Browser mode: the workbook as .xlsx bytes, for download. Absent in Excel. */
  exportXlsx?(): Promise<Uint8Array>;
}

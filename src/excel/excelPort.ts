/**
 * The workbook port for Excel (Office.js): the same port as a .xlsx file in the browser, so the
 * engine and its patch are shared. Every call is one `Excel.run` with a fixed number of syncs:
 *
 * - read:  2 syncs (src/excel/readSnapshot.ts);
 * - apply: 1 sync that checks protection and which sheets exist (plus 1 that asks which cells are
 *          locked, only when a form sheet is protected), then 1 sync per write chunk (one chunk
 *          unless the writes pass CHUNK_BYTES, about 1 MB) (src/excel/applyPatch.ts);
 * - select: 1 sync.
 *
 * So a scoring run (read → score → apply) takes 4 syncs for any ordinary workbook (ten forms with
 * their workings and reports estimate at about 0.75 MB), and a huge patch takes about
 * 3 + ⌈payload / 1 MB⌉ (a unit that alone passes the limit is split by rows).
 */
import type { Patch } from '../engine';
import { type ApplyOutcome, PortError, type WorkbookPort } from '../port/workbookPort';
import { applyPatch } from './applyPatch';
import { SIZE_LIMIT_CODES, timedContext, toPortError } from './errors';
import type { ExcelRun, XlRequestContext, XlRunOptions } from './hostTypes';
import { type SheetState, readSnapshot } from './readSnapshot';
import { needsUngroupedWrite } from './writeUnits';

/**
 * Writes are split into syncs of about this many bytes of request payload (UTF-8, estimated).
 * Excel on the web refuses requests over 5 MB, and failures have been reported well below that;
 * the estimate counts data exactly but each call only roughly, so 1 MB leaves a wide margin while
 * ten forms with their workings and reports still go in one write sync.
 */
export const CHUNK_BYTES = 1_000_000;
/**
 * Calls per write sync. Excel runs a request call by call, and on ExcelApi 1.7 hosts (Office 2019)
 * styles cost a call per rectangle, not per style: ten forms once queued 34,899 calls (≈4.7 MB) in
 * one sync. At about 135 bytes a call, 10,000 calls are about 1.4 MB, well under the 5 MB limit.
 */
export const CHUNK_CALLS = 10_000;
/** Default time Excel has to answer one sync. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Said once, after the first scoring that Ctrl+Z undoes in one step (ExcelApi 1.20 undo group). */
export const UNDO_GROUPED_NOTE =
  '本次评分可在 Excel 中按 Ctrl+Z 一步撤销；各单元格原来的值也保存在“评分记录”表中。';
/** Said once, after the first scoring Ctrl+Z cannot undo (older Excel, or a step Excel cannot group). */
export const UNDO_NONE_NOTE =
  '一键评分不能用 Ctrl+Z 撤销（Excel 桌面版在调整工作表时会清空撤销记录）；被改写的每个单元格原来的值都保存在“评分记录”表中，可据此恢复。';

/** Options of the Excel port; tests pass a fake `excel` and `isSetSupported`. */
export interface ExcelPortOptions {
  /** Milliseconds one `context.sync()` may take before the call fails with reason `timeout`. */
  readonly timeoutMs?: number;
  /** `Excel.run`, injected so tests can pass a fake. */
  readonly excel?: ExcelRun;
  /** `Office.context.requirements.isSetSupported`, injected so tests can play older hosts. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes per write chunk (tests lower it); defaults to CHUNK_BYTES. */
  readonly chunkBytes?: number;
}

function defaultExcelRun(): ExcelRun {
  const excel = (globalThis as { Excel?: { run?: ExcelRun } }).Excel;
  if (!excel?.run) throw new PortError('unknown', '未检测到 Excel：请在 Excel 中打开本加载项。');
  return excel.run.bind(excel);
}

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported(n: string, v?: string): boolean } } };
    }
  ).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? false;
}

/** The WorkbookPort for the workbook open in Excel. */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  /** The undo notes already said in this session: each is said once. */
  const undoTold = new Set<string>();
  /** Sheets hidden at the last read: Excel cannot activate them to show a finding. */
  let lastHidden = new Set<string>();
  /** The sheets at the last read, in order with Excel's visibility: whether a write can be one undo step. */
  let lastSheets: readonly SheetState[] | null = null;
  /** Divides the batch sizes after Excel refused one as too large, so 重试 sends smaller ones. */
  let shrink = 1;

  /** One Excel.run; fails at once on a sync timeout instead of waiting for Excel.run to settle. */
  async function run<T>(
    what: string,
    batch: (context: XlRequestContext) => Promise<T>,
    runOptions?: XlRunOptions,
  ): Promise<T> {
    const excel = options.excel ?? defaultExcelRun();
    let timedOut: (e: PortError) => void = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      timedOut = reject;
    });
    const timed = (context: XlRequestContext): Promise<T> =>
      batch(timedContext(context, timeoutMs, what, timedOut));
    const running = runOptions ? excel(runOptions, timed) : excel(timed);
    // After a timeout the run may still settle (or never); its outcome was already reported as the timeout.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, timeout]);
    } catch (err) {
      const e = toPortError(err);
      if (e.code !== null && SIZE_LIMIT_CODES.has(e.code)) shrink = Math.min(shrink * 4, 64);
      throw e;
    }
  }

  return {
    kind: 'excel',
    label: '当前工作簿',

    read: () =>
      run('读取', async (context) => {
        const { snapshot, sheets } = await readSnapshot(context, {
          withMerges: isSetSupported('ExcelApi', '1.13'),
          shrink,
        });
        lastHidden = new Set(snapshot.sheets.filter((s) => s.hidden).map((s) => s.name));
        lastSheets = sheets;
        return snapshot;
      }),

    apply: async (patch: Patch): Promise<ApplyOutcome> => {
      const write = (context: XlRequestContext): Promise<void> =>
        applyPatch(context, patch, {
          chunk: {
            bytes: Math.floor(chunkBytes / shrink),
            calls: Math.floor(CHUNK_CALLS / shrink),
          },
          pageLayout: isSetSupported('ExcelApi', '1.9'),
        });
      // ExcelApi 1.20 makes the whole write one Ctrl+Z step, unless it must add, hide or move a
      // sheet (Excel refuses those in a group): the first run in a workbook, as the last read shows.
      let grouped =
        isSetSupported('ExcelApi', '1.20') &&
        lastSheets !== null &&
        !needsUngroupedWrite(patch.sheets, lastSheets);
      if (grouped) {
        try {
          await run('写入', write, { mergeUndoGroup: true });
        } catch (err) {
          // A call Excel cannot put in an undo group refuses the group. The patch writes the same
          // cells whenever it is applied, so writing it again without the group gives the same
          // workbook, only without one-step undo.
          if (!(err instanceof PortError && err.code === 'UndoNotSupported')) throw err;
          grouped = false;
        }
      }
      if (!grouped) await run('写入', write);
      const note = grouped ? UNDO_GROUPED_NOTE : UNDO_NONE_NOTE;
      if (undoTold.has(note)) return { notes: [] };
      undoTold.add(note);
      return { notes: [note] };
    },

    select: async (sheet: string, cell: string | null) => {
      if (lastHidden.has(sheet)) {
        throw new PortError(
          'unknown',
          `工作表“${sheet}”已隐藏，无法定位到${cell ? `单元格 ${cell}` : '该表'}。请右键单击任一工作表标签，选择“取消隐藏”后再试。`,
          sheet,
        );
      }
      return run('定位', async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cell) ws.getRange(cell).select();
        await context.sync();
      });
    },
  };
}

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
import { PortError, type WorkbookPort } from '../port/workbookPort';
import { applyPatch } from './applyPatch';
import { timedContext, toPortError } from './errors';
import type { ExcelRun, XlRequestContext } from './hostTypes';
import { readSnapshot } from './readSnapshot';

/**
 * Writes are split into syncs of about this many bytes of request payload (UTF-8, estimated).
 * Excel on the web refuses requests over 5 MB, and failures have been reported well below that;
 * the estimate counts data exactly but each call only roughly, so 1 MB leaves a wide margin while
 * ten forms with their workings and reports still go in one write sync.
 */
export const CHUNK_BYTES = 1_000_000;
/** Default time Excel has to answer one sync. */
export const DEFAULT_TIMEOUT_MS = 20_000;

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
  /** Sheets hidden at the last read: Excel cannot activate them to show a finding. */
  let lastHidden = new Set<string>();

  /** One Excel.run; fails at once on a sync timeout instead of waiting for Excel.run to settle. */
  async function run<T>(
    what: string,
    batch: (context: XlRequestContext) => Promise<T>,
  ): Promise<T> {
    const excel = options.excel ?? defaultExcelRun();
    let timedOut: (e: PortError) => void = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      timedOut = reject;
    });
    const running = excel((context) => batch(timedContext(context, timeoutMs, what, timedOut)));
    // After a timeout the run may still settle (or never); its outcome was already reported as the timeout.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, timeout]);
    } catch (err) {
      throw toPortError(err);
    }
  }

  return {
    kind: 'excel',
    label: '当前工作簿',

    read: () =>
      run('读取', async (context) => {
        const snapshot = await readSnapshot(context, isSetSupported('ExcelApi', '1.13'));
        lastHidden = new Set(snapshot.sheets.filter((s) => s.hidden).map((s) => s.name));
        return snapshot;
      }),

    apply: (patch: Patch) =>
      run('写入', (context) =>
        applyPatch(context, patch, {
          chunkBytes,
          pageLayout: isSetSupported('ExcelApi', '1.9'),
        }),
      ),

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

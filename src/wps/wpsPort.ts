/**
 * The workbook port for WPS 表格 (a WPS 加载项): the same port and the same patch as Excel and
 * the browser. WPS's object model is synchronous; each port call runs in one go:
 *
 * - read:  9 host calls per sheet whatever its size (plus 3 for the workbook) (src/wps/readSnapshot.ts);
 * - apply: per form sheet a protection check, then one 2-D write per contiguous block of score
 *          cells, one per owned sheet's values and a few per style rectangle (src/wps/applyPatch.ts);
 * - select: 2 or 3 calls.
 */
import type { Patch } from '../engine';
import { PortError, type WorkbookPort } from '../port/workbookPort';
import { applyPatch } from './applyPatch';
import { noWorkbook, toPortError } from './errors';
import type { WpsApplication, WpsWorkbook } from './hostTypes';
import { type ReadPath, readSnapshot } from './readSnapshot';

export interface WpsPortOptions {
  /** `wps.EtApplication()` (or the global `Application`), injected so tests pass a fake. */
  readonly app?: WpsApplication;
  /** Told which path gave formats and merges on each read (the pane's about box, the checklist). */
  readonly onReadPath?: (path: ReadPath | null) => void;
}

function defaultApp(): WpsApplication {
  // `wps` is typed by wps-jsapi with COM's void returns: the narrow interfaces are what is true.
  const g = globalThis as unknown as {
    wps?: { EtApplication?: () => WpsApplication };
    Application?: WpsApplication;
  };
  const app = g.wps?.EtApplication?.() ?? g.Application;
  if (!app) throw new PortError('unknown', '未检测到 WPS 表格：请在 WPS 表格中打开本加载项。');
  return app;
}

/** The WorkbookPort for the workbook open in WPS 表格. */
export function createWpsPort(options: WpsPortOptions = {}): WorkbookPort {
  let lastHidden = new Set<string>();
  const workbook = (): WpsWorkbook => {
    const wb = (options.app ?? defaultApp()).ActiveWorkbook;
    if (!wb) throw noWorkbook();
    return wb;
  };
  // Synchronous host calls, surfaced as the port's promises; every failure becomes a PortError.
  const run = <T>(what: string, body: () => T): Promise<T> => {
    try {
      return Promise.resolve(body());
    } catch (err) {
      return Promise.reject(toPortError(err, what));
    }
  };
  return {
    // The pane names WPS 表格 (not Excel) in its busy, timeout and protection advice.
    kind: 'wps',
    label: '当前工作簿',
    read: () =>
      run('读取', () => {
        const { snapshot, path } = readSnapshot(workbook());
        lastHidden = new Set(snapshot.sheets.filter((s) => s.hidden).map((s) => s.name));
        options.onReadPath?.(path);
        return snapshot;
      }),
    apply: (patch: Patch) => run('写入', () => applyPatch(workbook(), patch)),
    select: (sheet: string, cell: string | null) =>
      run('定位', () => {
        if (lastHidden.has(sheet))
          throw new PortError(
            'unknown',
            `工作表“${sheet}”已隐藏，无法定位到${cell ? `单元格 ${cell}` : '该表'}。请右键单击任一工作表标签，选择“取消隐藏”后再试。`,
            sheet,
          );
        const ws = workbook().Worksheets.Item(sheet);
        ws.Activate();
        if (cell) ws.Range(cell).Select();
      }),
  };
}

/**
 * The browser's workbook port: an .xlsx file opened in memory with exceljs. Reading and writing
 * go through the same exceljs adapter as the CLI (src/xlsx), so a workbook scored in the browser
 * is byte-for-byte what `selfeval --out` would write. exceljs is imported lazily: this module is
 * reached only in browser mode, never on the Excel path.
 */
import type ExcelJS from 'exceljs';
import type { Patch, WorkbookSnapshot } from '../engine';
import { PortError, type WorkbookPort } from '../port/workbookPort';
import { loadChunk } from '../port/lazyChunk';
import { applyPatch, loadXlsx, unreadableMessage, workbookBytes, workbookSnapshot } from '../xlsx';

/** What the page around the port does when the pane selects a cell or the workbook changes. */
export interface FilePortEvents {
  /** Switch the table view to the sheet and highlight the cell. */
  readonly onSelect?: (sheet: string, cell: string | null) => void;
  /** The workbook changed (a patch was applied): redraw the table view. */
  readonly onChange?: (snapshot: WorkbookSnapshot) => void;
}

/** A port over an in-memory exceljs workbook. */
export interface FilePort extends WorkbookPort {
  readonly kind: 'file';
  /** The workbook as it is now, for the table view. */
  snapshot(): WorkbookSnapshot;
  exportXlsx(): Promise<Uint8Array>;
  /** The first visible form's sheet, found where the workbook is (the worker), when it was opened. */
  firstForm?(): string | null;
  /** Frees what holds the workbook (the worker port's worker) once the page opens another file. */
  close?(): void;
}

/** Wraps an exceljs workbook as a port. */
export function createFilePort(
  wb: ExcelJS.Workbook,
  label: string,
  events: FilePortEvents = {},
): FilePort {
  return {
    kind: 'file',
    label,
    snapshot: () => workbookSnapshot(wb),
    async read() {
      return workbookSnapshot(wb);
    },
    async apply(patch: Patch) {
      try {
        applyPatch(wb, patch);
      } catch (err) {
        throw new PortError(
          'unknown',
          `写入工作簿失败：${err instanceof Error ? err.message : String(err)}`,
        );
      }
      events.onChange?.(workbookSnapshot(wb));
    },
    async select(sheet: string, cell: string | null) {
      if (!wb.getWorksheet(sheet))
        throw new PortError('unknown', `工作簿中没有工作表“${sheet}”`, sheet);
      events.onSelect?.(sheet, cell);
    },
    async exportXlsx() {
      return workbookBytes(wb);
    },
  };
}

/** Loads exceljs on demand (its own chunk, ~250 KB gzipped). */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await loadChunk(
    () => import(/* webpackChunkName: "exceljs" */ 'exceljs'),
  )) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return mod.default ?? mod;
}

/** Opens .xlsx bytes as a port. Throws PortError 'unreadable' with a Chinese reason when they are not a workbook. */
export async function openFilePort(
  bytes: ArrayBuffer,
  label: string,
  events: FilePortEvents = {},
): Promise<FilePort> {
  const Excel = await loadExcelJs();
  const wb = new Excel.Workbook();
  try {
    await loadXlsx(wb, bytes);
  } catch (err) {
    throw new PortError('unreadable', `${unreadableMessage(label, bytes, err)}。`);
  }
  return createFilePort(wb, label, events);
}

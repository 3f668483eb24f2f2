/**
 * An in-memory WorkbookPort for pane tests: reads a fixed snapshot, records every patch and
 * selection, and can be told to fail the way Excel does (protected, busy, timeout).
 */
import type { Patch, WorkbookSnapshot } from '../../src/engine';
import { PortError, type PortErrorReason, type WorkbookPort } from '../../src/port/workbookPort';

/** A port over a snapshot, with its calls recorded. */
export interface MemoryPort extends WorkbookPort {
  readonly patches: Patch[];
  readonly selections: { sheet: string; cell: string | null }[];
  reads: number;
  /** Failures to throw, in order, from the next read() or apply() calls. */
  readonly failRead: PortErrorReason[];
  readonly failApply: PortErrorReason[];
}

/** A port that serves `snapshot` and records what the pane does with it. */
export function memoryPort(snapshot: WorkbookSnapshot, label = '当前工作簿'): MemoryPort {
  const port: MemoryPort = {
    kind: 'excel',
    label,
    patches: [],
    selections: [],
    reads: 0,
    failRead: [],
    failApply: [],
    async read() {
      port.reads++;
      const reason = port.failRead.shift();
      if (reason) throw new PortError(reason, `读取失败（${reason}）`);
      return snapshot;
    },
    async apply(patch: Patch) {
      const reason = port.failApply.shift();
      if (reason)
        throw new PortError(
          reason,
          reason === 'protected'
            ? '工作表“部门整体支出绩效自评表”受保护。'
            : `写入失败（${reason}）`,
          '部门整体支出绩效自评表',
        );
      port.patches.push(patch);
    },
    async select(sheet: string, cell: string | null) {
      port.selections.push({ sheet, cell });
    },
  };
  return port;
}

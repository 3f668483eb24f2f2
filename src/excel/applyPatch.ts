/**
 * Applying a patch to the workbook open in Excel, in one `Excel.run`: 1 sync that checks
 * protection and which sheets exist (plus 1 that asks which cells are locked, only when a form
 * sheet is protected), then 1 sync per write chunk (one chunk unless the writes pass the chunk
 * size). The form cells and the record are written last and together, the form cells first and
 * the record over its old rows, so a failure part way never leaves the record emptied.
 */
import type { Patch, SheetWrite } from '../engine';
import { PortError } from '../port/workbookPort';
import { protectedSheet } from './errors';
import { protectedStructure } from '../port/protection';
import type { XlRequestContext, XlWorksheet } from './hostTypes';
import { createOrClearSheet } from './officeHelpers';
import {
  type ChunkLimits,
  type SheetHandles,
  type WriteUnit,
  chunk,
  formCellUnit,
  ownedSheetUnits,
  placeSheets,
  recordUnits,
  sizeOf,
} from './writeUnits';

/** What the apply batch needs to know of the host and the last read. */
export interface ApplyOptions {
  /** The most one write sync carries. */
  readonly chunk: ChunkLimits;
  /** ExcelApi 1.9 is there: page layout and RangeAreas. */
  readonly pageLayout: boolean;
}

/** The form moved between read and write: nothing is written. */
function moved(sheet: string, address: string, was: string | number, now: unknown): PortError {
  const shown =
    typeof now === 'string' || typeof now === 'number' || typeof now === 'boolean'
      ? now === ''
        ? '空白'
        : `“${String(now)}”`
      : '空白';
  return new PortError(
    'changed',
    `工作表“${sheet}”在读取后被改动：单元格 ${address} 读取时为“${String(was)}”，现在为${shown}（可能有人插入或删除了行列）。为免得分写错位置，工作簿未作任何修改。请点击“重试”重新读取后再评分。`,
    sheet,
  );
}

/** Checks, then writes, the patch; a refusal found by the checks changes nothing. */
export async function applyPatch(
  context: XlRequestContext,
  patch: Patch,
  options: ApplyOptions,
): Promise<void> {
  const { pageLayout } = options;
  const wb = context.workbook;
  wb.worksheets.load(
    'items/name,items/position,items/visibility,items/protection/protected,items/protection/options',
  );
  wb.protection.load('protected');
  // The form's anchor cells, read in this batch: the scores go where the read found the form.
  const anchors = (patch.anchors ?? []).map((a) => {
    const range = wb.worksheets.getItem(a.sheet).getRange(a.address);
    range.load('values');
    return { a, range };
  });
  await context.sync();

  for (const { a, range } of anchors) {
    const now = range.values[0]?.[0];
    const same =
      typeof a.value === 'number'
        ? now === a.value
        : typeof now === 'string' && now.trim() === a.value;
    if (!same) throw moved(a.sheet, a.address, a.value, now);
  }

  // Check everything before queuing any write, so a refusal changes nothing.
  const existing = new Map(wb.worksheets.items.map((ws) => [ws.name, ws]));
  // The engine addresses every form cell by its merge anchor (test/excel: every fixture), so the
  // cells are written where the patch says, with nothing kept from the read.
  const targets = patch.cells;
  const protectedForms: string[] = [];
  for (const name of new Set(targets.map((c) => c.sheet))) {
    const ws = existing.get(name);
    if (!ws)
      throw new PortError(
        'unknown',
        `工作表“${name}”已不在工作簿中（可能被重命名或删除），请重新评分。`,
        name,
      );
    if (ws.protection.protected) protectedForms.push(name);
  }
  for (const sw of patch.sheets)
    if (existing.get(sw.name)?.protection.protected) throw protectedSheet(sw.name);
  // A protected form can still be scored when every cell to write is unlocked, as in templates
  // that protect everything but the cells people fill in: one more sync asks Excel which.
  const keepFormats = new Set<string>();
  if (protectedForms.length > 0) {
    const probes = targets
      .filter((w) => protectedForms.includes(w.sheet))
      .map((w) => {
        const range = wb.worksheets.getItem(w.sheet).getRange(w.address);
        range.load('format/protection/locked');
        return { w, range };
      });
    await context.sync();
    // Office returns null (not in its types) for a range of mixed locked cells: that is locked.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
    const locked = probes.find((p) => p.range.format.protection.locked !== false);
    if (locked) throw protectedSheet(locked.w.sheet, locked.w.address);
    for (const name of protectedForms)
      if (!existing.get(name)!.protection.options.allowFormatCells) keepFormats.add(name);
  }
  // Owned sheets are added, moved and hidden: all refused under a protected structure, so
  // refuse before anything is cleared.
  const firstOwned = patch.sheets[0];
  if (firstOwned && wb.protection.protected) {
    throw protectedStructure(firstOwned.name);
  }

  // Owned sheets are created or cleared once, then filled; the record comes last with the form cells.
  const handles = new Map<string, XlWorksheet>();
  const sheets: SheetHandles = (name) => {
    const ws = handles.get(name);
    if (ws) return ws;
    const got = wb.worksheets.getItem(name);
    handles.set(name, got);
    return got;
  };
  // A sheet added in this batch starts visible.
  const visibleNow = (name: string): string => {
    const ws = existing.get(name);
    return ws ? ws.visibility : 'Visible';
  };
  const recordSheets = patch.sheets.filter((s) => s.role === 'record');
  const ownedSheets = patch.sheets.filter((s) => s.role !== 'record');
  const prepareUnit = (writes: readonly SheetWrite[]): WriteUnit => ({
    bytes: sizeOf(writes.map((s) => s.name)),
    calls: 8 * writes.length,
    queue: () => {
      for (const sw of writes)
        handles.set(
          sw.name,
          createOrClearSheet(
            context,
            sw.name,
            existing.has(sw.name),
            visibleNow(sw.name) === 'Visible',
          ),
        );
      placeSheets(writes, existing, handles);
    },
  });
  // The last sync writes the form cells, then the record over its old rows (never cleared
  // first), then clears what is left of the old record below and beside it. Excel runs a
  // batch in order and stops at the first failure, so a failure part way leaves the old
  // record whole or the new one written, never an emptied record.
  const lastUnits = [
    formCellUnit(targets, keepFormats),
    ...recordSheets.flatMap((s) =>
      recordUnits(s, existing.has(s.name), handles, context, pageLayout, visibleNow(s.name)),
    ),
  ];
  const last: WriteUnit = {
    bytes: lastUnits.reduce((n, u) => n + u.bytes, 0),
    calls: lastUnits.reduce((n, u) => n + u.calls, 0),
    queue: (ctx, h) => lastUnits.forEach((u) => u.queue(ctx, h)),
  };
  const units = [
    prepareUnit(ownedSheets),
    ...ownedSheets.flatMap((s) =>
      ownedSheetUnits(s, options.chunk, pageLayout, visibleNow(s.name)),
    ),
    last,
  ];
  for (const group of chunk(units, options.chunk)) {
    for (const u of group) u.queue(context, sheets);
    await context.sync();
  }
}

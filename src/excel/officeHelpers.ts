/// <reference types="office-js" />
/**
 * The two small helpers office-js-helpers used to give, written here instead of installing it:
 * which host the page runs in, and an owned sheet created or emptied for refilling.
 */
import type { XlRequestContext, XlWorksheet } from './hostTypes';

/** Where the pane runs: inside Excel, or in a plain browser (Office.onReady resolves with `host: null` there). */
export type HostKind = 'excel' | 'browser';

interface OfficeGlobals {
  readonly Office?: { readonly context?: { readonly host?: unknown } };
  readonly Excel?: { readonly run?: unknown };
}

/**
 * The host, from the info `Office.onReady` resolved with (or `Office.context` when not given).
 * Excel is reported only when the Excel API is there too, so the pane never gets a port it cannot call.
 */
export function detectHost(
  info?: { readonly host?: unknown } | null,
  globals: OfficeGlobals = globalThis,
): HostKind {
  const host = info?.host ?? globals.Office?.context?.host ?? null;
  return host === 'Excel' && typeof globals.Excel?.run === 'function' ? 'excel' : 'browser';
}

/**
 * Queues creating the sheet `name`, or emptying it (values, formats, merges, widths, heights, and
 * freeze panes when `unfreeze`) when `exists`: the caller knows from the sheet list it loaded in
 * the same batch, so this costs no extra sync. Clearing, not deleting, keeps formulas elsewhere
 * that refer to the sheet from turning into #REF!. Some Excel builds refuse `unfreeze()` on a
 * hidden sheet, so callers pass `unfreeze` only for sheets that are shown.
 */
export function createOrClearSheet(
  context: XlRequestContext,
  name: string,
  exists: boolean,
  unfreeze = true,
): XlWorksheet {
  const sheets = context.workbook.worksheets;
  if (!exists) return sheets.add(name);
  const ws = sheets.getItem(name);
  const all = ws.getRange();
  all.unmerge();
  all.clear('All');
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  if (unfreeze) ws.freezePanes.unfreeze();
  return ws;
}

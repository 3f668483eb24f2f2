/** Which sheet browser mode's preview opens on; shared by the page and the file worker. */
import { type WorkbookSnapshot, readForm } from '../engine';

/**
 * The first visible form rather than a cover or instructions sheet: what the preview shows until
 * the user picks a tab. Found once on open, where the workbook is (the form reader walks every row).
 */
export function firstFormOf(snapshot: WorkbookSnapshot): string | null {
  return snapshot.sheets.find((sh) => !sh.hidden && readForm(sh) !== null)?.name ?? null;
}

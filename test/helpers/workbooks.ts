/**
 * Test helpers: open real .xlsx files through the exceljs adapter and score them, exactly as the
 * CLI does, and build small in-memory sheets for rule tests.
 */
import * as path from 'node:path';
import {
  type CellValue,
  type ScoreResult,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type Profile,
  MOF2020,
  scoreWorkbook,
} from '../../src/engine';
import { openWorkbook, workbookSnapshot } from '../../src/xlsx/node';

/** Repository root. */
export const ROOT = path.join(__dirname, '..', '..');
/** Folder of the .xlsx fixtures. */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** The example workbook. */
export const EXAMPLE = path.join(ROOT, 'examples', '民政局2022部门整体支出绩效自评表.xlsx');

/** Opens a file and returns its snapshot. */
export async function snapshotOfFile(file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await openWorkbook(file));
}

/** Opens and scores a file. */
export async function scoreFile(file: string, profile: Profile = MOF2020): Promise<ScoreResult> {
  return scoreWorkbook(await snapshotOfFile(file), profile);
}

/** A sheet from rows of values (no merges unless given). */
export function sheet(
  name: string,
  cells: CellValue[][],
  merges: SheetSnapshot['merges'] = [],
  numberFormats: Record<string, string> = {},
): SheetSnapshot {
  return { name, cells, merges, numberFormats };
}

/** A workbook snapshot from sheets, without a record. */
export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, record: null };
}

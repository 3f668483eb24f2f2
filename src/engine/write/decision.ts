/**
 * Judgement cases a person decides (SCORING.md §3–§4): the three official bands of an indicator
 * with their score limits, the check of a score against the chosen band, and the small patch that
 * writes the decision — the score as a person's manual score in the form's 得分 cell, the form's
 * 总分 when selfeval wrote it, a 评分记录 row per changed cell (old → new) and the record, which keeps
 * the chosen band so that the next 一键评分 keeps the score.
 */
import { auditSheet } from './audit';
import { type CellValue, isBlank, parseA1 } from '../base/cells';
import { numberOf } from '../read/cellReading';
import { dec } from '../base/decimal';
import type { Finding } from '../findings/codes';
import { fmtScore } from '../base/format';
import { type CellWrite, type Patch, type PatchOptions, plainRows } from './patch';
import type { Profile } from '../rules/profiles';
import { encodeRecord } from '../read/record';
import { RECORD_SHEET } from '../base/sheetNames';
import type { BandName } from '../base/bands';
import { bandDefault, bandLimits, inBand } from '../rules/judgement';
import { scoreWorkbook } from '../score/scoreWorkbook';
import { totalCellOf, writesTotal } from '../score/formIdentity';
import type { ScoreResult, ScoredForm, ScoredIndicator } from '../score/scoreTypes';
import type { SheetSnapshot, WorkbookSnapshot, WriteRecord } from '../base/snapshot';

/** The official names of the three bands (SCORING.md §3). */
export const BAND_LABELS: Readonly<Record<BandName, string>> = {
  A: '达成年度指标',
  B: '部分达成年度指标并具有一定效果',
  C: '未达成年度指标且效果较差',
};

/** One band as the pane offers it for an indicator of weight w. */
export interface BandChoice {
  readonly band: BandName;
  readonly label: string;
  /** Lowest score of the band (included). */
  readonly low: number;
  /** Highest score of the band: included for A, excluded for B and C. */
  readonly high: number;
  readonly highIncluded: boolean;
  /** The score the rule gives in this band. */
  readonly default: number;
}

/** The three bands of an indicator of weight w, from the profile (A first). */
export function bandChoices(profile: Profile, weight: number): BandChoice[] {
  return (['A', 'B', 'C'] as const).map((band) => {
    const { low, high } = bandLimits(profile, band, weight);
    return {
      band,
      label: BAND_LABELS[band],
      low,
      high,
      highIncluded: band === 'A',
      default: bandDefault(profile, band, weight),
    };
  });
}

/** The band's limits in words: `1.2分（含）至1.6分（不含）`. */
export function bandRangeText(choice: BandChoice): string {
  return `${fmtScore(choice.low)}分（含）至${fmtScore(choice.high)}分（${choice.highIncluded ? '含' : '不含'}）`;
}

/** Finding codes that leave an indicator's score for a person to decide. */
const OPEN_CODES: ReadonlySet<string> = new Set([
  'needs_judgement',
  'manual_score_out_of_band',
  'unit_mismatch',
]);

/** True when a person can decide the indicator's band: a judgement case with a 得分 cell and a weight. */
export function isDecidable(ind: ScoredIndicator): boolean {
  return ind.band !== null && ind.cell !== null && ind.weight !== null && ind.weight > 0;
}

/**
 * True when the rules left the indicator open: needs_judgement, a manual score outside its band, a
 * unit mismatch, or a deadline missed (band B or C). A case a person decided is no longer open.
 */
export function isOpenCase(
  ind: ScoredIndicator,
  sheet: string,
  findings: readonly Finding[],
): boolean {
  if (!isDecidable(ind) || ind.decided) return false;
  if (ind.method === 'deadline' && ind.band !== 'A') return true;
  // By sheet, name and row: the same form pasted twice on a sheet (§11.4) repeats every name.
  return findings.some(
    (f) =>
      f.sheet === (ind.sheet || sheet) &&
      f.indicator === ind.name &&
      OPEN_CODES.has(f.code) &&
      (f.cell === null || parseA1(f.cell).row + 1 === ind.row),
  );
}

/** A person's decision of one judgement case. */
export interface Decision {
  readonly sheet: string;
  /** The indicator's 得分 cell. */
  readonly cell: string;
  readonly band: BandName;
  readonly score: number;
}

/**
 * Null when the score lies inside the chosen band, else the sentence that refuses it with the
 * band's limits, as the provincial systems do.
 */
export function checkDecisionScore(
  profile: Profile,
  weight: number,
  band: BandName,
  score: number,
): string | null {
  const choice = bandChoices(profile, weight)[['A', 'B', 'C'].indexOf(band)] as BandChoice;
  if (!Number.isFinite(score)) return `请填写得分：${band}档得分应在${bandRangeText(choice)}之间。`;
  // Scores have two decimals (SCORING.md §3): 1.234 is not a score a form can hold.
  if (!dec(score).times(100).round(0, 0).eq(dec(score).times(100)))
    return `得分最多保留两位小数：${band}档得分应在${bandRangeText(choice)}之间。`;
  if (inBand(profile, band, weight, score)) return null;
  return `得分${fmtScore(score)}分不在${band}档（${choice.label}）范围内：应在${bandRangeText(choice)}之间。`;
}

/** The form that holds the 得分 cell: a sheet may hold several forms, or a form's continued rows. */
function formOf(result: ScoreResult, sheet: string, cell: string): ScoredForm | undefined {
  return result.forms.find((f) => f.indicators.some((i) => i.sheet === sheet && i.cell === cell));
}

function withCell(sheet: SheetSnapshot, address: string, value: CellValue): SheetSnapshot {
  const { row, col } = parseA1(address);
  const cells = sheet.cells.map((r) => [...r]);
  while (cells.length <= row) cells.push([]);
  const line = cells[row] ?? [];
  cells[row] = line;
  while (line.length < col) line.push(null);
  line[col] = value;
  return { ...sheet, cells };
}

/** The record after a decision: the band kept, the score cell left as the person's, the total as written. */
function recordAfter(
  before: WriteRecord | null,
  result: ScoreResult,
  decision: Decision,
  totalWrite: CellWrite | null,
  options: PatchOptions,
): WriteRecord {
  const key = `${decision.sheet}!${decision.cell}`;
  // Not recorded as selfeval's value: the next run must read the score as a person's.
  const values: Record<string, number | string> = Object.fromEntries(
    Object.entries(before?.values ?? {}).filter(([k]) => k !== key),
  );
  if (totalWrite && typeof totalWrite.value === 'number')
    values[`${totalWrite.sheet}!${totalWrite.address}`] = totalWrite.value;
  return {
    profile: before?.profile ?? result.profile.id,
    writtenAt: options.now,
    values,
    ...(before?.fingerprints ? { fingerprints: before.fingerprints } : {}),
    decisions: { ...(before?.decisions ?? {}), [key]: decision.band },
  };
}

/** The patch a decision writes, and the form as it then scores. */
export interface DecisionPatch {
  readonly patch: Patch;
  /** The form's total after the decision. */
  readonly total: number;
}

/**
 * The writes of one decision. Throws an Error with a Chinese message when the cell is not a
 * judgement case of the result or the score lies outside the band (the pane checks first).
 */
export function decisionPatch(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  decision: Decision,
  options: PatchOptions,
): DecisionPatch {
  const form = formOf(result, decision.sheet, decision.cell);
  const ind = form?.indicators.find((i) => i.sheet === decision.sheet && i.cell === decision.cell);
  if (!form || !ind || ind.weight === null || !isDecidable(ind))
    throw new Error(`工作表“${decision.sheet}”${decision.cell}单元格不是需要判定的指标得分。`);
  const refused = checkDecisionScore(result.profile, ind.weight, decision.band, decision.score);
  if (refused) throw new Error(`指标“${ind.name}”：${refused}`);

  // Score the workbook as it will be, so the total is the engine's own sum (no second formula).
  const scoreWrite: CellWrite = {
    sheet: decision.sheet,
    address: decision.cell,
    value: decision.score,
  };
  const provisional = recordAfter(snapshot.record, result, decision, null, options);
  const after: WorkbookSnapshot = {
    sheets: snapshot.sheets.map((s) =>
      s.name === decision.sheet ? withCell(s, decision.cell, decision.score) : s,
    ),
    record: provisional,
  };
  const rescored =
    formOf(scoreWorkbook(after, result.profile), decision.sheet, decision.cell) ?? form;
  const cells: CellWrite[] = [scoreWrite];
  // The 总分 is rewritten only when it holds the total selfeval computed: a form never scored, or
  // a total a person typed, is left as it is (一键评分 lists that one before replacing it).
  const total = totalCellOf(form);
  const totalCell = total?.ref ?? null;
  const totalNow = totalCell ? numberOf(totalCell.value) : null;
  let totalWrite: CellWrite | null = null;
  if (
    total &&
    totalCell &&
    writesTotal(rescored) &&
    !isBlank(totalCell.value) &&
    totalNow !== null &&
    Math.abs(totalNow - form.total) < 0.005
  ) {
    totalWrite = { sheet: total.sheet, address: totalCell.address, value: rescored.total };
    cells.push(totalWrite);
  }
  const record = recordAfter(snapshot.record, result, decision, totalWrite, options);
  return {
    patch: {
      cells,
      sheets: [
        auditSheet(result, snapshot, cells, options),
        {
          name: RECORD_SHEET,
          visibility: 'veryHidden',
          role: 'record',
          rows: plainRows(encodeRecord(record)),
        },
      ],
    },
    total: rescored.total,
  };
}

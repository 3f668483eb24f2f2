/**
 * Builders for the tests of scoring one indicator (scoreIndicator*.test.ts): a row built directly
 * on one sheet row (columns A 一级 … J 单位), so those tests do not depend on the form reader, and
 * `run`, which scores it and looks its findings up by code. Not a test file itself (jest runs
 * `*.test.ts` only).
 */
import { type CellValue, parseA1 } from '../base/cells';
import type { FindingCode } from '../findings/codes';
import { describeFindings } from '../findings/messages';
import type { IndicatorRow } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import { MOF2020, type Profile } from '../rules/profiles';
import { type IndicatorContext, scoreIndicator } from './scoreIndicator';
import type { WriteRecord } from '../base/snapshot';

/** The sheet every row of these tests sits on. */
export const SHEET = '项目支出绩效自评表';
/** The row of the indicator. */
export const ROW = 8; // 0-based: the indicator sits on sheet row 9

/** A cell of the indicator's row in column `col`, or null when the value is undefined. */
function ref(col: string, value: CellValue | undefined, format?: string): CellRef | null {
  if (value === undefined) return null;
  const address = `${col}${ROW + 1}`;
  const { row, col: c } = parseA1(address);
  return { address, row, col: c, value, format };
}

/** What a test says about a row; everything left out takes a default (分值 10). */
export interface RowSpec {
  name?: string;
  level1?: string;
  level2?: string;
  target?: CellValue;
  actual?: CellValue;
  weight?: CellValue;
  score?: CellValue;
  explanation?: CellValue;
  nature?: CellValue;
  unit?: CellValue;
  targetFormat?: string;
  actualFormat?: string;
}

/** Columns: A 一级, B 二级, C 三级, D 年度指标值, E 实际完成值, F 分值, G 得分, H 偏差原因, I 指标性质, J 单位. */
export function row(spec: RowSpec): IndicatorRow {
  return {
    row: ROW,
    name: spec.name ?? '救助人数',
    nameCell: `C${ROW + 1}`,
    level1: spec.level1 ?? '产出指标',
    level2: spec.level2 ?? '数量指标',
    target: ref('D', 'target' in spec ? spec.target : null, spec.targetFormat),
    actual: ref('E', 'actual' in spec ? spec.actual : null, spec.actualFormat),
    weight: ref('F', 'weight' in spec ? spec.weight : 10),
    score: ref('G', 'score' in spec ? spec.score : null),
    explanation: ref('H', 'explanation' in spec ? spec.explanation : null),
    nature: ref('I', spec.nature),
    unit: ref('J', spec.unit),
  };
}

/** Scores the row under a profile (and record), with its findings described and looked up by code. */
export function run(spec: RowSpec, profile: Profile = MOF2020, record: WriteRecord | null = null) {
  const ctx: IndicatorContext = { sheet: SHEET, year: 2022, profile, record };
  const scored = scoreIndicator(row(spec), ctx);
  const out = { ...scored, findings: describeFindings(scored.findings) };
  const codes = out.findings.map((f) => f.code);
  const byCode = (code: FindingCode) => out.findings.find((f) => f.code === code);
  return { ...out, codes, byCode, score: out.scored.score, method: out.scored.method };
}

/** A filled 偏差原因 cell, so that a partial score raises no explanation_missing. */
export const EXPLAINED = { explanation: '已说明原因' };

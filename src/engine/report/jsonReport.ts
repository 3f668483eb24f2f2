/**
 * The JSON report: stable API (docs/JSON.md). Field names and meanings never change within a major
 * version; rates are fractions, scores numbers with at most 2 decimals.
 */
import type { Finding, FindingCode, Severity } from '../findings/codes';
import type { BandName } from '../base/bands';
import type { Method, ScoreResult } from '../score/scoreTypes';
import type { FormKind } from '../read/formModel';

/** One indicator in the JSON report. */
export interface JsonIndicator {
  name: string;
  level1: string;
  level2: string;
  row: number;
  target: string;
  actual: string;
  weight: number | null;
  score: number;
  method: Method;
  band: BandName | null;
  cell: string | null;
}

/** One form in the JSON report. */
export interface JsonForm {
  sheet: string;
  /** 1-based first row of the form on its sheet: several forms may share a sheet (SCORING.md §11.4). */
  firstRow: number;
  kind: FormKind;
  title: string | null;
  unit: string | null;
  year: number | null;
  budget: {
    planned: number | null;
    executed: number | null;
    rate: number | null;
    rawRate: number | null;
    weight: number;
    score: number;
    cell: string | null;
  } | null;
  indicators: JsonIndicator[];
  weightTotal: number;
  total: number;
  /** null when the form was not fully read (`indicators_missing`): `total` is then a partial score. */
  grade: string | null;
}

/** One finding in the JSON report. */
export interface JsonFinding {
  code: FindingCode;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  message: string;
}

/** The whole JSON report. */
export interface JsonReport {
  file: string;
  profile: string;
  forms: JsonForm[];
  findings: JsonFinding[];
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    indicator: f.indicator,
    message: f.message,
  };
}

/** Builds the JSON report of a scoring run. */
export function toJsonReport(file: string, result: ScoreResult): JsonReport {
  return {
    file,
    profile: result.profile.id,
    forms: result.forms.map((f) => ({
      sheet: f.model.sheet,
      firstRow: (f.model.firstRow ?? 0) + 1,
      kind: f.model.kind,
      title: f.model.title,
      unit: f.model.unit,
      year: f.model.year,
      budget: f.budget && {
        planned: f.budget.planned,
        executed: f.budget.executed,
        rate: f.budget.rate,
        rawRate: f.budget.rawRate,
        weight: f.budget.weight,
        score: f.budget.score,
        cell: f.budget.cell,
      },
      indicators: f.indicators.map((i) => ({
        name: i.name,
        level1: i.level1,
        level2: i.level2,
        row: i.row,
        target: i.target,
        actual: i.actual,
        weight: i.weight,
        score: i.score,
        method: i.method,
        band: i.band,
        cell: i.cell,
      })),
      weightTotal: f.weightTotal,
      total: f.total,
      grade: f.grade,
    })),
    findings: result.findings.map(jsonFinding),
  };
}

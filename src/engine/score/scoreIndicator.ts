/**
 * Scores one indicator row by the profile's rules (SCORING.md §2–§4, §8) and reports its findings.
 * The flow: weight → error and empty cells → the method the target and actual call for → score →
 * manual-score handling → explanation and deviation checks.
 */
import { cellText, isBlank, isCellError } from '../base/cells';
import { displayText, pointsOf } from '../read/cellReading';
import { type FindingCode, type FindingData, type ParamsArg, finding } from '../findings/codes';
import { fmtScore } from '../base/format';
import { exceedsWeight, judgedManualScore, readScoreCell, replacedScore } from './manualScore';
import type { IndicatorRow } from '../read/formModel';
import { type Direction, directionOf } from '../rules/direction';
import { bandDefault } from '../rules/judgement';
import { NO_READING, applyRules } from '../rules/registry';
import type { IndicatorContext, Outcome, RuleInput, Side } from '../rules/ruleTypes';
import type { ScoredIndicator } from './scoreTypes';
import { natureOperator, readValueCell, readValueText } from '../read/values';

export type { IndicatorContext } from '../rules/ruleTypes';

/** Target or actual text and reading, composing Sichuan-style split columns (SCORING.md §8.8). */
function readSide(ind: IndicatorRow, which: 'target' | 'actual'): Side {
  const ref = ind[which];
  const natureText = ind.nature ? cellText(ind.nature.value).trim() : '';
  const forcedQualitative = natureText.includes('定性');
  if (!ref) return { text: '', reading: { kind: 'empty' }, forcedQualitative };
  if (isCellError(ref.value) || isBlank(ref.value)) {
    return { text: displayText(ref), reading: readValueCell(ref.value), forcedQualitative };
  }
  // A split actual (实际完成值 over 数值 | 单位, §9.5) has its own unit column.
  const unitRef = which === 'actual' ? (ind.actualUnit ?? ind.unit) : ind.unit;
  const unitText = unitRef ? cellText(unitRef.value).trim() : '';
  const split = ind.nature !== null || ind.unit !== null || (ind.actualUnit ?? null) !== null;
  if (!split)
    return {
      text: displayText(ref),
      reading: readValueCell(ref.value, ref.format),
      forcedQualitative,
    };
  const value = displayText(ref);
  // A value that already carries its operator (`≥90` beside `≥`) must not get a second one.
  const sign = natureOperator(natureText);
  const op = which === 'target' && sign !== null && !/^[≥≤<>=＞＜＝≧≦]/.test(value) ? sign : '';
  // A value that already carries the unit is not given it twice, also when the unit cell names
  // it in brackets (`100%` beside `%(百分比)`, §9.3): compare with the unit before its bracket.
  const unitCore = unitText.replace(/[(（][^()（）]*[)）]$/, '') || unitText;
  const text = `${op}${value}${value.endsWith(unitCore) ? '' : unitText}`;
  return { text, reading: readValueText(text), forcedQualitative };
}

/** Scores one indicator. */
export function scoreIndicator(
  ind: IndicatorRow,
  ctx: IndicatorContext,
): { scored: ScoredIndicator; findings: FindingData[] } {
  const { profile } = ctx;
  // A row of a continued sheet (§11.6) is reported, recorded and written on its own sheet.
  const sheet = ind.sheet ?? ctx.sheet;
  const f = <K extends FindingCode>(
    code: K,
    cell: string | null,
    ...params: ParamsArg<K>
  ): FindingData<K> => finding(code, sheet, cell, ind.name, ...params);
  const findings: FindingData[] = [];
  const target = readSide(ind, 'target');
  const actual = readSide(ind, 'actual');
  const scoreCell = ind.score?.address ?? null;
  const at = (ref: { address: string } | null): string | null => ref?.address ?? ind.nameCell;

  const weightValue = ind.weight?.value;
  // Points in words (`两分`, `十五`) are points (§11.7).
  const weight = pointsOf(weightValue);
  const none = (basis: string): Outcome => ({
    score: 0,
    method: 'none',
    band: null,
    basis,
    reading: NO_READING,
    judgement: false,
    findings: [],
  });

  let outcome: Outcome;
  if (ind.weight && isCellError(weightValue)) {
    findings.push(f('cell_error', ind.weight.address, { role: '分值', error: weightValue.error }));
    outcome = none('分值为错误值，得0分');
  } else if (weight === null && ind.weight && !isBlank(weightValue)) {
    // Text that is no number is not a missing weight: the person wrote something (§11.7).
    findings.push(f('weight_unreadable', ind.weight.address, { weight: displayText(ind.weight) }));
    outcome = none('分值不是数字，得0分');
  } else if (weight === null) {
    findings.push(f('weight_missing', at(ind.weight)));
    outcome = none('未填写分值，得0分');
  } else if (weight < 0) {
    // A negative weight would give a negative score (−10) that lowers the total unseen.
    findings.push(f('weight_negative', at(ind.weight), { weight: fmtScore(weight) }));
    outcome = none('分值为负数，得0分');
  } else if (target.reading.kind === 'error' || actual.reading.kind === 'error') {
    const [ref, role, r] =
      target.reading.kind === 'error'
        ? ([ind.target, '年度指标值', target.reading] as const)
        : ([ind.actual, '实际完成值', actual.reading] as const);
    findings.push(f('cell_error', at(ref), { role, error: r.kind === 'error' ? r.error : '' }));
    outcome = none(`${role}为错误值，得0分`);
  } else if (actual.reading.kind === 'empty') {
    findings.push(f('actual_missing', at(ind.actual)));
    outcome = none('实际完成值为空，得0分');
  } else {
    let direction: Direction | undefined;
    const t = target.reading;
    const input: RuleInput = {
      ind,
      ctx,
      w: weight,
      target,
      actual,
      direction: () =>
        (direction ??= directionOf(
          t.kind === 'number' ? t.op : null,
          ind.level1,
          ind.level2,
          ind.name,
        )),
      finding: f,
    };
    outcome = applyRules(input);
    findings.push(...outcome.findings);
  }

  // A band a person chose in the pane for this judgement case replaces the rule's (SCORING.md §4):
  // the typed score is then checked against the chosen band, and the case is no longer open.
  const w = weight ?? 0;
  const decided =
    outcome.judgement && scoreCell ? ctx.record?.decisions?.[`${sheet}!${scoreCell}`] : undefined;
  if (decided && outcome.band) {
    const ruleBasis = outcome.basis;
    outcome = {
      ...outcome,
      band: decided,
      score: bandDefault(profile, decided, w),
      basis: `${ruleBasis}；经人工判定为${decided}档`,
    };
    // The rule's open question is answered: its finding goes (outcome.findings are in `findings`).
    const rest = findings.filter(
      (x) => x.code !== 'needs_judgement' && x.code !== 'qualitative_auto',
    );
    findings.splice(0, findings.length, ...rest);
  }

  // Manual scores (SCORING.md §4, §8.10): kept inside the band for judgement cases; otherwise the
  // computed score wins and the old value goes to the record, with a finding.
  let score = outcome.score;
  let manualKept = false;
  const cell = readScoreCell(sheet, ind.score, ctx.record, { indicator: ind.name });
  findings.push(...exceedsWeight(cell, weight));
  if (outcome.judgement && outcome.band) {
    const manual = judgedManualScore(cell, profile, outcome.band, w, score);
    findings.push(...manual.findings);
    if (manual.kept !== null) {
      score = manual.kept;
      manualKept = true;
      // The rule's own finding must quote the score that stands, not the band default (§8.10).
      findings.forEach((x, i) => {
        if (x.code === 'qualitative_auto' || x.code === 'needs_judgement') {
          findings[i] = { ...x, params: { ...x.params, score: fmtScore(score) } };
        }
      });
    }
  } else if (outcome.method !== 'qualitative' && outcome.method !== 'none') {
    findings.push(...replacedScore(cell, cell.rounded, score));
  }
  // 偏差原因 must explain any lost point and any target exceeded by far (SCORING.md §5, §8.2).
  const explanation = ind.explanation ? cellText(ind.explanation.value).trim() : '';
  const deviated = findings.some((x) => x.code === 'deviation_over_target');
  if (explanation === '' && weight !== null && (score < weight || deviated)) {
    const why =
      score < weight
        ? `得分${fmtScore(score)}低于分值${fmtScore(weight)}`
        : '实际完成值远超年度指标值';
    findings.push(
      f('explanation_missing', ind.explanation?.address ?? scoreCell ?? ind.nameCell, { why }),
    );
  }

  const basis = manualKept
    ? `${outcome.basis}；保留手工得分${fmtScore(score)}分（在${outcome.band}档范围内）`
    : outcome.basis;
  return {
    scored: {
      source: ind,
      sheet,
      name: ind.name,
      level1: ind.level1,
      level2: ind.level2,
      row: ind.row + 1,
      target: target.text,
      actual: actual.text,
      weight,
      score,
      method: outcome.method,
      band: outcome.band,
      cell: scoreCell,
      basis,
      reading: outcome.reading,
      explanation,
      previous: cell.previous,
      manualKept,
      ...(decided && outcome.band ? { decided } : {}),
    },
    findings,
  };
}

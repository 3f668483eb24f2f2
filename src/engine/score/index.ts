/**
 * score/ — self-evaluation (SCORING.md): each indicator, the budget block, the form's total and
 * grade, manual scores, and check mode (the cells a form holds against the computed ones). Imports
 * base/, findings/, read/ and rules/.
 */
export * from './scoreTypes';
export { scoreWorkbook, unreadableResult } from './scoreWorkbook';
// One indicator row scored alone: what the phrasing corpus (test/phrasingsCorpus.test.ts) drives.
export { scoreIndicator } from './scoreIndicator';
export {
  belongsTo,
  findingsOfForm,
  formKey,
  formLabel,
  sharedSheets,
  sheetsOf,
  totalCellOf,
  writesTotal,
} from './formIdentity';
export { rowList } from './coverageFindings';
export { selfScoreInflated, INFLATION_POINTS } from './selfScore';
export {
  checkDifferences,
  uncheckedForms,
  differenceLine,
  CHECK_TOLERANCE,
  type Difference,
  type DifferenceKind,
} from './check';

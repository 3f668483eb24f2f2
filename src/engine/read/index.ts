/**
 * read/ — from a snapshot to what the forms say: the workbook's forms (readWorkbook.ts: hidden and
 * continued sheets), each sheet's forms by region (readForm.ts) with every row accounted for
 * (coverage.ts), their blocks found by header words (formBlocks.ts, readIndicators.ts, headers.ts,
 * headerGrid.ts, headerInference.ts) into the form model (formModel.ts), the one
 * grammar of value texts (grammar.ts, assembled from grammarTypes.ts, grammarLexicon.ts,
 * valueScanner.ts, chineseNumerals.ts, quantityGrammar.ts and deadlineGrammar.ts; values.ts), and
 * the record selfeval left in the workbook (record.ts). Imports base/ and findings/.
 */
export * from './values';
export { decodeRecord, encodeRecord } from './record';
export { readForm, readForms } from './readForm';
export { readWorkbookForms } from './readWorkbook';
export type {
  FormModel,
  FormKind,
  IndicatorRow,
  BudgetBlock,
  GoalBlock,
  ReadDiagnosis,
  UnreadRow,
  InferredHeader,
} from './formModel';
export type { CellRef } from './sheetView';

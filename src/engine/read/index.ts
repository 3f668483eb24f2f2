/**
 * read/ — from a snapshot to what the forms say: the sheets located and their blocks found by
 * header words (readForm.ts, headers.ts, headerGrid.ts) into the form model (formModel.ts), the one
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

/** Batch review (REVIEW.md): per-file records, their aggregation, the summary sheets and report. */
export * from './types';
export { codeName } from './codeNames';
export { reviewScoredFile, unreviewedFile } from './collect';
export * from './summarize';
export * from './sheets';
export { summaryReport, summaryReports } from './summaryReport';

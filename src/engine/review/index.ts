/**
 * review/ — many workbooks at once (REVIEW.md): per-file records, their aggregation, the summary
 * sheets and the 总结报告 as a report document. Imports every other folder.
 */
export * from './types';
export { codeName } from './codeNames';
export { reviewScoredFile, unreviewedFile } from './collect';
export * from './summarize';
export * from './sheets';
export { summaryReport, summaryReports } from './summaryReport';
export { formProblemText, duplicateText, problemRank } from './mainProblems';
export { finishReview, markDuplicates, formIdentity } from './duplicates';

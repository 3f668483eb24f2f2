/**
 * The 部门项目支出绩效自评总结报告 as Word: the engine's report documents (one per 主管部门), rendered
 * by the 自评报告's renderer, so fonts, numbering, tables and page numbers follow the same rules.
 */
import { Packer } from 'docx';
import { reportDocument } from '../docx';
import { type ReviewedFile, summaryReports } from '../engine/review';

/** The .docx bytes of the 总结报告 of a review. */
export async function renderSummaryDocx(files: readonly ReviewedFile[]): Promise<Uint8Array> {
  const doc = reportDocument(summaryReports(files), { creator: '绩效自评助手 selfeval' });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The WPS 表格 host adapter (WPS 加载项): the workbook port over the ET object model. */
export { createWpsPort, type WpsPortOptions } from './wpsPort';
export type { ReadPath } from './readSnapshot';
export type { WpsApplication } from './hostTypes';

/**
 * Errors of the WPS adapter: what WPS threw turned into a PortError the pane can show. WPS's JS
 * bridge throws plain Error objects whose message is its own (often Chinese) text, without
 * Office.js's codes; the protection refusals themselves are checked before writing and worded in
 * src/port/protection.ts, shared with Excel.
 */
import { PortError } from '../port/workbookPort';

/** Turns whatever WPS threw into a PortError, keeping its message. */
export function toPortError(err: unknown, what: string): PortError {
  if (err instanceof PortError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/保护|protect/i.test(message))
    return new PortError(
      'protected',
      `WPS 表格拒绝写入：工作表或工作簿受保护，或工作簿以只读方式打开（${message}）。请在“审阅”选项卡撤销保护后重试。`,
    );
  if (/编辑|edit mode/i.test(message))
    return new PortError(
      'busy',
      `WPS 表格正在编辑单元格，无法${what}工作簿。请先完成单元格编辑（按 Enter 或 Esc）再试。`,
    );
  return new PortError('unknown', `WPS 表格报告错误（${what}）：${message}`);
}

/** No workbook is open in the WPS window. */
export function noWorkbook(): PortError {
  return new PortError(
    'unknown',
    '未检测到打开的工作簿：请在 WPS 表格中打开要评分的工作簿后重试。',
  );
}

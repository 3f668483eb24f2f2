/**
 * Errors of the Excel adapter: what Excel threw turned into a PortError the pane can show, the
 * refusal of a protected sheet, and a request context whose sync fails on a timeout.
 */
import { PortError, type PortErrorReason } from '../port/workbookPort';
import type { XlRequestContext } from './hostTypes';

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/**
 * Office.js error codes the user can act on, with the reason the pane shows and what to tell them.
 * Every one comes with the pane's 重试 button; the text says when retrying is what helps.
 */
const KNOWN: Readonly<Record<string, { reason: PortErrorReason; text: (m: string) => string }>> = {
  InvalidOperationInCellEditMode: {
    reason: 'busy',
    text: () => 'Excel 正在编辑单元格，无法读写工作簿。请先完成单元格编辑（按 Enter 或 Esc）再试。',
  },
  AccessDenied: {
    reason: 'protected',
    text: (m) =>
      `Excel 拒绝写入：工作表或工作簿受保护，或工作簿以只读方式打开（${m}）。请在“审阅”选项卡撤销保护，或点击“启用编辑”后重试。`,
  },
  GeneralException: {
    reason: 'busy',
    text: () =>
      'Excel 内部出错，本次操作未完成（GeneralException）。请稍候点击“重试”；如多次出现，请保存工作簿，关闭后重新打开再试。',
  },
  InactiveWorkbook: {
    reason: 'busy',
    text: () =>
      '另一个 Excel 工作簿正处于活动状态，本加载项无法在当前工作簿中操作（InactiveWorkbook）。请先单击本工作簿的窗口，再点击“重试”。',
  },
  UndoNotSupported: {
    reason: 'busy',
    text: () =>
      'Excel 无法把本次评分合并为一步撤销（UndoNotSupported）。请点击“重试”：将改为不合并撤销的方式写入。',
  },
  OperationCellsExceedLimit: {
    reason: 'busy',
    text: () =>
      '一次操作涉及的单元格超出 Excel 的上限（OperationCellsExceedLimit）。已改为分更小的批次，请点击“重试”。',
  },
  RequestPayloadSizeLimitExceeded: {
    reason: 'busy',
    text: () =>
      '本次传输的数据超出 Excel 单次传输的上限（RequestPayloadSizeLimitExceeded）。已改为分更小的批次，请点击“重试”；如仍失败，请在 Excel 桌面版中评分，或把各项目表拆分到几个工作簿。',
  },
  ResponsePayloadSizeLimitExceeded: {
    reason: 'busy',
    text: () =>
      '工作簿内容超出 Excel 单次传输的上限（ResponsePayloadSizeLimitExceeded）。已改为分更小的批次读取，请点击“重试”；如仍失败，请在 Excel 桌面版中评分，或把各项目表拆分到几个工作簿。',
  },
  ItemNotFound: {
    reason: 'unknown',
    text: (m) =>
      `找不到要读写的工作表或单元格（可能已被重命名或删除）：${m}。请重新读取工作簿后再试。`,
  },
};

/** Codes after which the next call sends smaller batches (the port shrinks its chunks). */
export const SIZE_LIMIT_CODES: ReadonlySet<string> = new Set([
  'OperationCellsExceedLimit',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
]);

/** Turns whatever Excel threw into a PortError the pane can show, keeping Excel's code. */
export function toPortError(err: unknown): PortError {
  if (err instanceof PortError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as OfficeErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  const known = KNOWN[code];
  if (known) return new PortError(known.reason, known.text(message), null, code);
  return new PortError(
    'unknown',
    `Excel 报告错误${code ? `（${code}）` : ''}：${message}`,
    null,
    code || null,
  );
}

/** The protection refusals are worded once for every host (src/port/protection.ts). */
export { protectedSheet } from '../port/protection';

/** A context whose sync fails with a `timeout` PortError when Excel does not answer in time. */
export function timedContext(
  context: XlRequestContext,
  timeoutMs: number,
  what: string,
  onTimeout: (e: PortError) => void,
): XlRequestContext {
  return {
    workbook: context.workbook,
    sync: () =>
      new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          const e = new PortError(
            'timeout',
            `Excel 在 ${Math.round(timeoutMs / 1000)} 秒内没有响应（${what}）。${what === '读取' ? '' : '评分结果仍在窗格中，'}请稍后重试；若 Excel 正在计算或保存，请等它完成。`,
          );
          onTimeout(e);
          reject(e);
        }, timeoutMs);
        context.sync().then(
          (v) => {
            clearTimeout(timer);
            resolve(v);
          },
          (err: unknown) => {
            clearTimeout(timer);
            // The host's own rejection passes through unchanged: its `code` is what callers classify.
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
            reject(err);
          },
        );
      }),
  };
}

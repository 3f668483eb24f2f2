/**
 * Errors of the Excel adapter: what Excel threw turned into a PortError the pane can show, the
 * refusal of a protected sheet, and a request context whose sync fails on a timeout.
 */
import { PortError } from '../port/workbookPort';
import type { XlRequestContext } from './hostTypes';

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** Turns whatever Excel threw into a PortError the pane can show. */
export function toPortError(err: unknown): PortError {
  if (err instanceof PortError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as OfficeErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (code === 'InvalidOperationInCellEditMode') {
    return new PortError(
      'busy',
      'Excel 正在编辑单元格，无法读写工作簿。请先完成单元格编辑（按 Enter 或 Esc）再试。',
    );
  }
  if (code === 'AccessDenied') {
    return new PortError(
      'protected',
      `Excel 拒绝写入：工作表或工作簿受保护，或工作簿以只读方式打开（${message}）。请在“审阅”选项卡撤销保护，或点击“启用编辑”后重试。`,
    );
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new PortError(
      'unknown',
      `工作簿内容过多，超出 Excel 网页版单次传输的上限（${code}）。请在 Excel 桌面版中评分，或把各项目表拆分到几个工作簿。`,
    );
  }
  if (code === 'ItemNotFound') {
    return new PortError(
      'unknown',
      `找不到要读写的工作表或单元格（可能已被重命名或删除）：${message}。请重新读取工作簿后再试。`,
    );
  }
  return new PortError('unknown', `Excel 报告错误${code ? `（${code}）` : ''}：${message}`);
}

/** A protected sheet refused; `cell` names the locked cell when the sheet allows writing elsewhere. */
export function protectedSheet(name: string, cell?: string): PortError {
  const what = cell ? `受保护，且要写入得分的单元格 ${cell} 已锁定` : '受保护';
  return new PortError(
    'protected',
    `工作表“${name}”${what}，无法写入得分，工作簿未作任何修改。请在“审阅”选项卡点击“撤销工作表保护”（审阅 → 撤销工作表保护）后重试。`,
    name,
  );
}

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
            reject(err);
          },
        );
      }),
  };
}

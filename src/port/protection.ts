/**
 * The refusals of a protected workbook, worded once for every host that writes into an open
 * workbook (Excel and WPS 表格 both have 审阅 → 撤销工作表保护 / 保护工作簿).
 */
import { PortError } from './workbookPort';

/** A protected sheet refused; `cell` names the locked cell when the sheet allows writing elsewhere. */
export function protectedSheet(name: string, cell?: string): PortError {
  const what = cell ? `受保护，且要写入得分的单元格 ${cell} 已锁定` : '受保护';
  return new PortError(
    'protected',
    `工作表“${name}”${what}，无法写入得分，工作簿未作任何修改。请在“审阅”选项卡点击“撤销工作表保护”（审阅 → 撤销工作表保护）后重试。`,
    name,
  );
}

/** The workbook's structure is protected: selfeval's own sheets cannot be added, moved or hidden. */
export function protectedStructure(sheet: string): PortError {
  return new PortError(
    'protected',
    `工作簿结构受保护，无法新建或调整工作表“${sheet}”，工作簿未作任何修改。请在“审阅”选项卡点击“保护工作簿”撤销保护后重试。`,
    sheet,
  );
}

/** A sheet named by the patch is gone (renamed or deleted since the read). */
export function sheetGone(name: string): PortError {
  return new PortError(
    'unknown',
    `工作表“${name}”已不在工作簿中（可能被重命名或删除），请重新评分。`,
    name,
  );
}

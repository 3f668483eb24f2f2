/** Opening bytes as a workbook, and the Chinese reason when they are not one. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookTooLargeError, loadXlsx, unreadableMessage, unreadableReason } from './loadXlsx';
import { sheetXmlBytes } from './zipSizes';

const EXAMPLE = path.join(
  __dirname,
  '..',
  '..',
  'examples',
  '民政局2022部门整体支出绩效自评表.xlsx',
);

/** The reason loadXlsx's failure gets for these bytes. */
async function reasonOf(bytes: Uint8Array): Promise<string> {
  const err = await loadXlsx(new ExcelJS.Workbook(), bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return unreadableReason(bytes, err);
}

/**
 * The shape Excel gives an .xlsx saved with an opening password (MS-OFFCRYPTO): an OLE2 compound
 * file whose directory sector lists the streams EncryptionInfo and EncryptedPackage (128-byte
 * entries, UTF-16LE names with their byte length at offset 64). Only what the check reads is real.
 */
function encryptedXlsx(): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) bytes[at + c * 2] = name.charCodeAt(c);
    bytes[at + 64] = (name.length + 1) * 2;
  });
  return bytes;
}

describe('unreadableReason', () => {
  it("says what the bytes are, in Chinese, never the zip library's English", async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty', new Uint8Array(0), /文件是空的/],
      ['a legacy .xls', ole2, /旧版 Excel 97-2003 工作簿（\.xls）.*另存为/],
      ['a workbook saved with a password', encryptedXlsx(), /已加密（设置了打开密码）.*取消密码/],
      [
        'text renamed .xlsx',
        new TextEncoder().encode('这不是工作簿'),
        /不是 Excel 工作簿.*改了扩展名/,
      ],
      [
        'a truncated workbook',
        new Uint8Array(readFileSync(EXAMPLE).subarray(0, 2000)),
        /已损坏或不完整/,
      ],
      [
        'a zip without sheets',
        new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()),
        /没有任何工作表/,
      ],
    ];
    for (const [what, bytes, expected] of cases) {
      const reason = await reasonOf(bytes);
      expect([what, reason]).toEqual([what, expect.stringMatching(expected)]);
      // Only product words in Latin letters (Excel, Office, xlsx), never an English sentence.
      expect(reason.replace(/Excel|Office|xlsx|xls|zip/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('loads a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await loadXlsx(wb, readFileSync(EXAMPLE));
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });
});

describe('a workbook too big to hold in memory', () => {
  const bytes = new Uint8Array(readFileSync(EXAMPLE));

  it('is measured from the zip directory: the sheets and shared strings uncompressed', async () => {
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(bytes);
    const expected = Object.entries(parts)
      .filter(([name]) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(name))
      .reduce((n, [, data]) => n + data.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(sheetXmlBytes(bytes)).toBe(expected);
    expect(sheetXmlBytes(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('is refused before loading, with what to do, in Chinese', async () => {
    const size = sheetXmlBytes(bytes)!;
    const err = await loadXlsx(new ExcelJS.Workbook(), bytes, size - 1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookTooLargeError);
    const message = unreadableMessage('评过分.xlsx', bytes, err);
    expect(message).toMatch(/^“评过分\.xlsx”太大，无法打开：工作表内容解压后约 \d+ MB/);
    expect(message).toContain('请对原始工作簿重新评分');
    // At its real size it opens.
    await expect(loadXlsx(new ExcelJS.Workbook(), bytes, size)).resolves.toBeUndefined();
  });
});

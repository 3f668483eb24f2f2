/**
 * The uncompressed size of a workbook's sheet XML, read from the zip's central directory without
 * inflating anything: what exceljs will hold as cell objects, known before it tries (and, for a
 * workbook too big for memory, before the process dies of it after minutes).
 */

/** Uncompressed bytes of the parts exceljs turns into cells (worksheets and shared strings), or null when the bytes are no zip this can read. */
export function sheetXmlBytes(bytes: Uint8Array): number | null {
  try {
    return xmlBytes(bytes);
  } catch {
    // Never stand in the way of opening: a zip this cannot read is exceljs's to judge.
    return null;
  }
}

function xmlBytes(bytes: Uint8Array): number | null {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes + up to 65,535 of comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== 0x02014b50) return null;
    const size = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true);
    const comment = v.getUint16(at + 32, true);
    // The names looked for are ASCII; a byte-wise spelling needs no TextDecoder (jsdom has none).
    const name = String.fromCharCode(
      ...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 256)),
    );
    // 0xFFFFFFFF: a zip64 size, 4 GB or more.
    if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(name))
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + nameLength + extra + comment;
  }
  return total;
}

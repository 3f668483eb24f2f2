/**
 * A zip archive from named parts, each compressed with DEFLATE by a gzip function the host gives:
 * Node's native zlib for the CLI (several times faster than any JavaScript deflate on the hundreds
 * of megabytes of XML of a big form), fflate in the browser. A gzip member is a DEFLATE stream
 * between a 10-byte header and a trailer holding the CRC-32 and size, which is all a zip entry
 * needs, so the host's one function gives both.
 *
 * Plain zip, no zip64: a part or an archive of 4 GB or more is refused with a message (a workbook
 * of 200,000 indicator rows is about 80 MB).
 */
import { gzipSync } from 'fflate';

/** gzip of `data` with a 10-byte header (no file name, no extra field), as zlib and fflate write it. */
export type Gzip = (data: Uint8Array) => Uint8Array;

/** The browser-safe gzip: fflate at level 1 (the sheets of a big form are repetitive XML). */
export const fflateGzip: Gzip = (data) => gzipSync(data, { level: 1 });

const LIMIT = 0xffffffff;
const GZIP_HEADER = 10;

class TooLarge extends Error {
  constructor() {
    super('工作簿超过 4 GB，无法写成 .xlsx 文件。/ The workbook is larger than 4 GB.');
    this.name = 'TooLarge';
  }
}

interface Entry {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly offset: number;
}

/** Fixed DOS date of the entries (1980-01-01 00:00): the bytes of a run do not depend on the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The zip of `files` (name → bytes), in their order. */
export function zipParts(files: Readonly<Record<string, Uint8Array>>, gzip: Gzip): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const gz = gzip(content);
    if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[3] !== 0)
      throw new Error('gzip output with a header other than the plain 10 bytes');
    const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
    const crc = view.getUint32(gz.length - 8, true);
    const data = gz.subarray(GZIP_HEADER, gz.length - 8);
    if (content.length >= LIMIT || data.length >= LIMIT) throw new TooLarge();
    const entry: Entry = { name: encoder.encode(name), crc, size: content.length, data, offset };
    const header = localHeader(entry);
    chunks.push(header, data);
    offset += header.length + data.length;
    if (offset >= LIMIT) throw new TooLarge();
    entries.push(entry);
  }
  const directoryAt = offset;
  for (const e of entries) {
    const h = centralHeader(e);
    chunks.push(h);
    offset += h.length;
  }
  if (offset >= LIMIT || entries.length > 0xffff) throw new TooLarge();
  chunks.push(endRecord(entries.length, offset - directoryAt, directoryAt));
  return concatBytes(chunks);
}

/** The chunks as one array of bytes. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Flags: bit 11, names are UTF-8. Method 8: DEFLATE. */
const FLAGS = 0x0800;
const DEFLATE = 8;

function localHeader(e: Entry): Uint8Array {
  const b = new Uint8Array(30 + e.name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, FLAGS, true);
  v.setUint16(8, DEFLATE, true);
  v.setUint16(10, DOS_TIME, true);
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, e.crc, true);
  v.setUint32(18, e.data.length, true);
  v.setUint32(22, e.size, true);
  v.setUint16(26, e.name.length, true);
  v.setUint16(28, 0, true);
  b.set(e.name, 30);
  return b;
}

function centralHeader(e: Entry): Uint8Array {
  const b = new Uint8Array(46 + e.name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, FLAGS, true);
  v.setUint16(10, DEFLATE, true);
  v.setUint16(12, DOS_TIME, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, e.crc, true);
  v.setUint32(20, e.data.length, true);
  v.setUint32(24, e.size, true);
  v.setUint16(28, e.name.length, true);
  // Extra field, comment, disk number, internal and external attributes: none.
  v.setUint32(42, e.offset, true);
  b.set(e.name, 46);
  return b;
}

function endRecord(count: number, size: number, at: number): Uint8Array {
  const b = new Uint8Array(22);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, at, true);
  return b;
}

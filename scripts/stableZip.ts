/**
 * Byte-stable .xlsx files: exceljs (through JSZip) stamps every zip entry with the time of writing,
 * so a rebuilt fixture would differ from the committed one although nothing in it changed. This
 * rewrites the DOS date and time of every entry, in the local headers and in the central directory,
 * to one fixed moment. The CRCs cover only the entry data, so the archive stays valid.
 */

/** 2023-03-01 00:00:00 as a DOS date (bits: year-1980 | month | day) and time (00:00:00). */
const DOS_DATE = ((2023 - 1980) << 9) | (3 << 5) | 1;
const DOS_TIME = 0;

/** Thrown when the buffer is not a zip archive this function understands (a programming error). */
export class NotAZipError extends Error {
  constructor(reason: string) {
    super(`Not a zip archive: ${reason}`);
    this.name = 'NotAZipError';
  }
}

/** Returns a copy of the zip archive with every entry's modification time fixed. */
export function stableZip(input: Uint8Array): Buffer {
  const buf = Buffer.from(input);
  // The end-of-central-directory record is the last 22 bytes unless a comment follows it.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAZipError('no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new NotAZipError(`bad central header at ${p}`);
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50)
      throw new NotAZipError(`bad local header at ${local}`);
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

/** The zip writer: archives that two independent readers open, with every CRC checked. */
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { type Gzip, fflateGzip, zipParts } from './zipWrite';

const nodeGzip: Gzip = (d) => gzipSync(d, { level: 1 });
const enc = new TextEncoder();

const FILES: Record<string, Uint8Array> = {
  '[Content_Types].xml': enc.encode('<?xml version="1.0"?><Types/>'),
  'xl/worksheets/工作表.xml': enc.encode(
    '<row r="1"><c t="inlineStr"><is><t>自评</t></is></c></row>'.repeat(5000),
  ),
  empty: new Uint8Array(0),
};

describe.each([
  ['native zlib', nodeGzip],
  ['fflate', fflateGzip],
])('zipParts with %s', (_name, gzip) => {
  const zip = zipParts(FILES, gzip);

  it('opens in JSZip with its CRC-32s checked, names in UTF-8, in order', async () => {
    const back = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(Object.keys(FILES));
    for (const [name, data] of Object.entries(FILES))
      expect(await back.file(name)!.async('uint8array')).toEqual(data);
  });

  it('opens in fflate to the same bytes, and compresses', () => {
    expect(unzipSync(zip)).toEqual(FILES);
    expect(zip.length).toBeLessThan(FILES['xl/worksheets/工作表.xml']!.length / 10);
  });

  it('gives the same bytes for the same parts (no clock in the archive)', () => {
    expect(zipParts(FILES, gzip)).toEqual(zip);
  });
});

it('refuses a gzip whose header carries a file name (its deflate data would be misread)', () => {
  const named: Gzip = (d) => {
    const gz = gzipSync(d);
    gz[3] = 0x08;
    return gz;
  };
  expect(() => zipParts(FILES, named)).toThrow(/header/);
});

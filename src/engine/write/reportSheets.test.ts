/** Report sheet names and the fingerprints kept in the record. */
import { decodeRecord, encodeRecord } from '../read/record';
import { RECORD_SHEET } from '../base/sheetNames';
import { fingerprintRows, fingerprintSheet } from './fingerprint';
import { cleanSheetName } from './reportSheets';

describe('report sheet names', () => {
  it('drop characters Excel forbids and keep to 31 characters', () => {
    expect(cleanSheetName('自评报告-道路[一期]:维修/养护*?\\')).toBe('自评报告-道路一期维修养护');
    const long = cleanSheetName(`自评报告-${'很长的项目名称'.repeat(6)}`);
    expect(Array.from(long)).toHaveLength(31);
    expect(Array.from(cleanSheetName(`自评报告-${'名'.repeat(40)}`, 3))).toHaveLength(28);
    expect(cleanSheetName("'引号'")).toBe('引号');
  });
});

/** cyrb53 over one string, as the first version of the fingerprint hashed the joined cells. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

describe('fingerprints', () => {
  it('are the hash of the cells joined line by line, so records of earlier runs still match', () => {
    const rows = [[{ value: '一、自评结论' }], [{ value: '  正文  ' }, null, { value: 2.5 }]];
    expect(fingerprintRows(rows)).toBe(`v1-${cyrb53('0,0:一、自评结论\n1,0:正文\n1,2:2.5')}`);
  });
  it('agree between the rows written and the sheet read back, and change with any word', () => {
    const rows = [[{ value: '一、自评结论' }], [{ value: '  正文  ' }, null, { value: 2.5 }]];
    const read = { name: '自评报告', merges: [], cells: [['一、自评结论'], ['正文', null, 2.5]] };
    expect(fingerprintSheet(read)).toBe(fingerprintRows(rows));
    expect(
      fingerprintSheet({ ...read, cells: [['一、自评结论'], ['正文。', null, 2.5]] }),
    ).not.toBe(fingerprintRows(rows));
  });
  it('leave out the link formula, whatever a host reads back for it', () => {
    const link = { formula: 'HYPERLINK("#\'表\'!A1","附件：表")', result: '附件：表' };
    const rows = [[{ value: '一、自评结论' }], [{ value: link }]];
    const recorded = fingerprintRows(rows);
    expect(recorded).toMatch(/@1:0$/);
    // Excel shows the link's text; a host that has not recalculated reads 0 or nothing.
    for (const shown of ['附件：表', 0, null])
      expect(
        fingerprintSheet(
          { name: '自评报告', merges: [], cells: [['一、自评结论'], [shown]] },
          recorded,
        ),
      ).toBe(recorded);
    expect(
      fingerprintSheet(
        { name: '自评报告', merges: [], cells: [['一、自评结论。'], [0]] },
        recorded,
      ),
    ).not.toBe(recorded);
  });
  it('round-trip through the record, which older readers see as one more cell', () => {
    const record = {
      profile: 'mof2020',
      writtenAt: 't',
      values: { '表!G5': 2 },
      fingerprints: { 自评报告: 'v1-abc' },
    };
    const rows = encodeRecord(record);
    expect(rows[rows.length - 1]).toEqual(['#fingerprint', '自评报告', 'v1-abc']);
    expect(decodeRecord([{ name: RECORD_SHEET, cells: rows, merges: [], hidden: true }])).toEqual(
      record,
    );
  });
});

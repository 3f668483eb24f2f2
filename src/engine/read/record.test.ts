/** The record of what selfeval wrote (SCORING.md §4 last point). */
import { decodeRecord, encodeRecord } from './record';
import { RECORD_SHEET } from '../base/sheetNames';
import type { SheetSnapshot, WriteRecord } from '../base/snapshot';

const record: WriteRecord = {
  profile: 'mof2021',
  writtenAt: '2023-01-10T08:00:00Z',
  values: { '自评表!H12': 1.9, '自评表!H13': '—', 'a!b!C3': 2 },
};

const asSheet = (cells: SheetSnapshot['cells'], name = RECORD_SHEET): SheetSnapshot => ({
  name,
  cells,
  merges: [],
  hidden: true,
});

describe('record', () => {
  it('round-trips through the hidden sheet, sheet names with ! included', () => {
    expect(decodeRecord([asSheet(encodeRecord(record))])).toEqual(record);
  });
  it('null when there is no record sheet', () => {
    expect(decodeRecord([{ name: '自评表', cells: [], merges: [] }])).toBeNull();
  });
  it('null when the sheet is not ours', () => {
    expect(decodeRecord([asSheet([['something else']])])).toBeNull();
    expect(decodeRecord([asSheet([])])).toBeNull();
  });
  it('skips malformed rows and values of other types', () => {
    const decoded = decodeRecord([
      asSheet([
        ['selfeval-record', 1, null, null],
        [1, 'A1', 3],
        ['s', 'A2', true],
        ['s', 'A3', 4],
      ]),
    ]);
    expect(decoded).toEqual({ profile: null, writtenAt: null, values: { 's!A3': 4 } });
  });
});

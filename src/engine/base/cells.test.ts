/** Plain cell values and A1 addresses. */
import {
  AddressError,
  a1,
  cellText,
  columnLetters,
  isBlank,
  isCellDate,
  isCellError,
  parseA1,
} from './cells';

describe('cells', () => {
  it('tells error and date values apart', () => {
    expect(isCellError({ error: '#N/A' })).toBe(true);
    expect(isCellError('#N/A')).toBe(false);
    expect(isCellError(null)).toBe(false);
    expect(isCellDate({ date: '2022-12-31' })).toBe(true);
    expect(isCellDate({ error: '#REF!' })).toBe(false);
  });
  it('isBlank: null, undefined and white space only', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  it('cellText', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText({ date: '2022-12-31' })).toBe('2022-12-31');
  });
  it('columnLetters and a1', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(27)).toBe('AB');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    expect(a1(11, 5)).toBe('F12');
  });
  it('parseA1 round-trips and accepts $ and lower case', () => {
    expect(parseA1('F12')).toEqual({ row: 11, col: 5 });
    expect(parseA1('$ab$3')).toEqual({ row: 2, col: 27 });
    for (const [r, c] of [
      [0, 0],
      [99, 702],
      [5, 26],
    ] as const)
      expect(parseA1(a1(r, c))).toEqual({ row: r, col: c });
  });
  it('parseA1 throws AddressError quoting a bad address', () => {
    expect(() => parseA1('12F')).toThrow(AddressError);
    expect(() => parseA1('')).toThrow('""');
  });
});

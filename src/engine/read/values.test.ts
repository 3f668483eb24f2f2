/** Reading value cells (SCORING.md §2): normalisation, cell types, units and dates. */
import {
  alignToPercent,
  dayNumber,
  normaliseValueText,
  readValueCell,
  readValueText,
  reconcile,
  unitsAgree,
} from './values';

describe('normaliseValueText', () => {
  it('turns full-width into half-width, keeps ≥, drops spaces and thousands separators', () => {
    expect(normaliseValueText('≥ ９０％')).toBe('≥90%');
    expect(normaliseValueText('３,６３３ 人次')).toBe('3633人次');
    expect(normaliseValueText('85%～95%')).toBe('85%~95%');
    expect(normaliseValueText('1,234,567.5')).toBe('1234567.5');
  });
  it('keeps a comma that is no thousands separator', () => {
    expect(normaliseValueText('1,2')).toBe('1,2');
  });
});

describe('readValueCell', () => {
  it('empty cells', () => {
    expect(readValueCell(null)).toEqual({ kind: 'empty' });
    expect(readValueCell(undefined)).toEqual({ kind: 'empty' });
    expect(readValueCell('  ')).toEqual({ kind: 'empty' });
  });
  it('Excel error values', () => {
    expect(readValueCell({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
    expect(readValueCell({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
  it('numbers stored as numbers stay numbers; a % format makes a percent', () => {
    expect(readValueCell(3633)).toEqual({ kind: 'number', op: null, q: { value: 3633, unit: '' } });
    expect(readValueCell(0.9, '0%')).toEqual({
      kind: 'number',
      op: null,
      q: { value: 0.9, unit: '%' },
    });
    expect(readValueCell(0.9, '0.00')).toEqual({
      kind: 'number',
      op: null,
      q: { value: 0.9, unit: '' },
    });
  });
  it('dates are deadlines', () => {
    expect(readValueCell({ date: '2022-12-31' })).toEqual({
      kind: 'deadline',
      date: { year: 2022, month: 12, day: 31 },
    });
  });
  it('booleans are 是/否 text', () => {
    expect(readValueCell(true)).toEqual({ kind: 'text', text: '是' });
    expect(readValueCell(false)).toEqual({ kind: 'text', text: '否' });
  });
  it('text goes through readValueText', () => {
    expect(readValueCell('≥90%')).toEqual(readValueText('≥90%'));
  });
});

describe('readValueText edge cases', () => {
  it('an invalid month or day is not a deadline', () => {
    expect(readValueText('13月底前').kind).not.toBe('deadline');
    expect(readValueText('2022年12月32日').kind).not.toBe('deadline');
  });
  it('a range with its ends the wrong way round is not a range', () => {
    expect(readValueText('95%-85%').kind).toBe('text');
  });
  it('a percent mixed with 万 or a unit is a sentence', () => {
    expect(readValueText('100%完成').kind).toBe('text');
  });
});

describe('units', () => {
  const q = (value: number, unit: string) => ({ value, unit });
  it('unitsAgree: equal, or one side missing', () => {
    expect(unitsAgree(q(1, '人'), q(2, '人'))).toBe(true);
    expect(unitsAgree(q(1, ''), q(2, '人'))).toBe(true);
    expect(unitsAgree(q(1, '人'), q(2, '个'))).toBe(false);
  });
  it('alignToPercent: 95 means 95%, 0.95 already is a fraction', () => {
    expect(alignToPercent(q(95, ''))).toEqual(q(0.95, '%'));
    expect(alignToPercent(q(0.95, ''))).toEqual(q(0.95, '%'));
  });
  it('reconcile: 万元 against 元 works after the multiplier', () => {
    const t = readValueText('≥1000万元');
    const a = readValueText('12000000元');
    if (t.kind !== 'number' || a.kind !== 'number') throw new Error('not numbers');
    expect(reconcile(t.q, a.q)).toEqual({
      t: { ...q(10000000, '元'), shift: 4 }, // 1000万元: the 万 written is kept
      a: q(12000000, '元'),
    });
  });
  it('reconcile: a bare number beside a percent becomes a percent', () => {
    expect(reconcile(q(0.9, '%'), q(95, ''))).toEqual({ t: q(0.9, '%'), a: q(0.95, '%') });
    expect(reconcile(q(90, ''), q(0.95, '%'))).toEqual({ t: q(0.9, '%'), a: q(0.95, '%') });
  });
  it('reconcile: % against 个, or 人 against 户, cannot be reconciled', () => {
    expect(reconcile(q(0.9, '%'), q(12, '个'))).toBeNull();
    expect(reconcile(q(100, '人'), q(100, '户'))).toBeNull();
  });
  it('reconcile: a missing unit on one side is accepted', () => {
    expect(reconcile(q(100, '人'), q(90, ''))).toEqual({ t: q(100, '人'), a: q(90, '') });
  });
});

describe('dayNumber', () => {
  it('orders dates and fills a missing day with the month end or start', () => {
    const end = dayNumber({ year: 2022, month: 2, day: null }, 2000, true);
    expect(end).toBe(dayNumber({ year: 2022, month: 2, day: 28 }, 2000, false));
    expect(dayNumber({ year: null, month: 2, day: null }, 2024, true)).toBe(
      dayNumber({ year: 2024, month: 2, day: 29 }, 0, false),
    );
    expect(dayNumber({ year: 2022, month: 6, day: null }, 0, false)).toBe(
      dayNumber({ year: 2022, month: 6, day: 1 }, 0, false),
    );
  });
});

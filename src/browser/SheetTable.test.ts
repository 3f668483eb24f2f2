/** Numbers in the preview look as Excel's formats show them. */
import { formatNumber } from './SheetTable';

describe('formatNumber', () => {
  it('follows decimals, thousands and percent of the format', () => {
    expect(formatNumber(11605.29, '#,##0.00')).toBe('11,605.29');
    expect(formatNumber(1, '0.00%')).toBe('100.00%');
    expect(formatNumber(0.9345, '0%')).toBe('93%');
    expect(formatNumber(2, '0.0')).toBe('2.0');
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(1.9, 'General')).toBe('1.9');
  });
});

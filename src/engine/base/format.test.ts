/** How figures are shown in messages and reports. */
import { fmtMoney, fmtNumber, fmtPercent, fmtScore } from './format';

describe('format', () => {
  it('fmtScore: up to 2 decimals, half-up, no trailing zeros', () => {
    expect(fmtScore(9.5)).toBe('9.5');
    expect(fmtScore(96)).toBe('96');
    expect(fmtScore(1.78)).toBe('1.78');
    expect(fmtScore(0.1 + 0.2)).toBe('0.3');
    expect(fmtScore(1.005)).toBe('1.01');
    expect(fmtScore(0)).toBe('0');
  });
  it('fmtMoney: thousands separators and exactly 2 decimals', () => {
    expect(fmtMoney(11605.29)).toBe('11,605.29');
    expect(fmtMoney(21680.25)).toBe('21,680.25');
    expect(fmtMoney(1234567)).toBe('1,234,567.00');
    expect(fmtMoney(0.5)).toBe('0.50');
    expect(fmtMoney(1.005)).toBe('1.01');
  });
  it('fmtPercent: a fraction as a percent with up to 2 decimals', () => {
    expect(fmtPercent(0.9345)).toBe('93.45%');
    expect(fmtPercent(1)).toBe('100%');
    expect(fmtPercent(0.9)).toBe('90%');
    expect(fmtPercent(1.8681)).toBe('186.81%');
    expect(fmtPercent(0.12345)).toBe('12.35%');
  });
  it('fmtNumber: no float noise', () => {
    expect(fmtNumber(0.1 + 0.2)).toBe('0.3');
    expect(fmtNumber(3633)).toBe('3633');
    expect(fmtNumber(0.95 * 100)).toBe('95');
  });
});

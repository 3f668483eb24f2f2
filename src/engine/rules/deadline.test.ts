/** Deadline indicators (SCORING.md §3 deadline row, §8.7). */
import { type PartialDate, readValueText } from '../read/values';
import { judgeDeadline } from './deadline';

const due: PartialDate = { year: 2022, month: 12, day: 31 };
const judge = (actual: string, deadline: PartialDate = due) =>
  judgeDeadline(deadline, readValueText(actual), actual, 2022);

describe('judgeDeadline', () => {
  it('a date on the deadline is met', () => {
    expect(judge('2022年12月31日')).toMatchObject({ met: true });
  });
  it('a date before the deadline is met', () => {
    expect(judge('2022年11月30日')).toMatchObject({ met: true });
    expect(judge('2022-06-30')).toMatchObject({ met: true });
  });
  it('a later date is band B', () => {
    expect(judge('2023年1月5日')).toMatchObject({ met: false, band: 'B' });
  });
  it.each(['按时完成', '按期完成', '提前完成', '已完成'])('%s is met', (text) => {
    expect(judge(text)).toMatchObject({ met: true });
  });
  it.each(['延期完成', '未按时完成', '进度滞后', '未按期完成'])('%s is band C', (text) => {
    expect(judge(text)).toMatchObject({ met: false, band: 'C' });
  });
  it('anything else is undecided (null): the qualitative reading decides', () => {
    expect(judge('正在推进')).toBeNull();
    expect(judge('100%')).toBeNull();
  });
  it('12月底前 with no year uses the form year, the month end being the deadline', () => {
    const noYear = { year: null, month: 12, day: null };
    expect(judge('2022年12月31日', noYear)).toMatchObject({ met: true });
    expect(judge('2022年12月', noYear)).toMatchObject({ met: true });
    expect(
      judgeDeadline({ year: null, month: 6, day: null }, readValueText('7月1日'), '7月1日', 2022),
    ).toMatchObject({ met: false, band: 'B' });
  });
  it('12月底前 on a 2022 form is the end of 2022, even when the actual is dated the next year', () => {
    const noYear = { year: null, month: 12, day: null };
    expect(
      judgeDeadline(noYear, readValueText('2023年1月15日'), '2023年1月15日', 2022),
    ).toMatchObject({ met: false, band: 'B' });
    expect(
      judgeDeadline(
        noYear,
        { kind: 'text', text: '已于2023年1月10日完成' },
        '已于2023年1月10日完成',
        2022,
      ),
    ).toMatchObject({ met: false, band: 'B' });
    expect(
      judgeDeadline(noYear, readValueText('2022年11月30日'), '2022年11月30日', 2022),
    ).toMatchObject({ met: true });
  });
  it("without a form year, a year-less deadline takes the actual's year, and with none at all 2024", () => {
    const noYear = { year: null, month: 12, day: null };
    expect(
      judgeDeadline(noYear, readValueText('2023年1月15日'), '2023年1月15日', null),
    ).toMatchObject({ met: true });
    expect(
      judgeDeadline({ year: null, month: 2, day: null }, readValueText('2月29日'), '2月29日', null),
    ).toMatchObject({ met: true });
  });
  it('a date cell (stored as a date) is read as a date', () => {
    expect(
      judgeDeadline(
        due,
        { kind: 'deadline', date: { year: 2022, month: 12, day: 30 } },
        '2022年12月30日',
        2022,
      ),
    ).toMatchObject({ met: true });
  });
});

describe('judgeDeadline: a date inside the actual sentence', () => {
  const due = { year: 2022, month: 12, day: 31 };
  it('is met when the sentence names a date on or before the deadline', () => {
    expect(
      judgeDeadline(
        due,
        { kind: 'text', text: '已于2022年11月20日完成' },
        '已于2022年11月20日完成',
        2022,
      ),
    ).toEqual({ met: true, rule: '完成日期不晚于期限' });
  });
  it('is band B when the sentence names a later date', () => {
    expect(
      judgeDeadline(
        { year: 2022, month: 6, day: null },
        { kind: 'text', text: '2022年8月完成验收' },
        '2022年8月完成验收',
        2022,
      ),
    ).toEqual({ met: false, band: 'B', rule: '完成日期晚于期限' });
  });
  it('lets late words win over a date in the same sentence', () => {
    expect(
      judgeDeadline(due, { kind: 'text', text: '延期至2023年3月' }, '延期至2023年3月', 2022),
    ).toMatchObject({ met: false, band: 'C' });
  });
  it('does not read a duration such as 6个月 as a date', () => {
    expect(judgeDeadline(due, { kind: 'text', text: '用时6个月' }, '用时6个月', 2022)).toBeNull();
  });
});

/**
 * The value grammar (grammar.ts): what each production reads, and what a failed parse says it
 * left unread. Readings in base units are tested in test/phrasings.test.ts.
 */
import { parseValue } from './grammar';

describe('value grammar', () => {
  it.each([
    [
      '≥1200元/人·年',
      {
        kind: 'number',
        op: '>=',
        q: { digits: '1200', shift: 0, percent: null, unit: '元/人·年' },
      },
    ],
    ['≥780元/人*月', { kind: 'number', q: { unit: '元/人·月' } }],
    ['1.2万', { kind: 'number', op: null, q: { digits: '1.2', shift: 4, unit: '' } }],
    ['十二项', { kind: 'number', q: { digits: '12', unit: '项' } }],
    ['一百二十人', { kind: 'number', q: { digits: '120', unit: '人' } }],
    ['两次', { kind: 'number', q: { digits: '2', unit: '次' } }],
    ['95%(百分比)', { kind: 'number', q: { digits: '95', percent: '%' } }],
    ['≤30万元(万元)', { kind: 'number', op: '<=', q: { digits: '30', shift: 4, unit: '元' } }],
    [
      '85%~95%',
      { kind: 'range', lo: { digits: '85', percent: '%' }, hi: { digits: '95', percent: '%' } },
    ],
    [
      '1-2万人',
      { kind: 'range', lo: { digits: '1', shift: 4, unit: '人' }, hi: { digits: '2', shift: 4 } },
    ],
    ['2022年12月31日前', { kind: 'deadline', date: { year: 2022, month: 12, day: 31 } }],
    ['十二月底前', { kind: 'deadline', date: { year: null, month: 12, day: null } }],
    ['2022/6/30', { kind: 'deadline', date: { year: 2022, month: 6, day: 30 } }],
    ['年底前', { kind: 'deadline', date: { month: 12, day: 31 } }],
    ['2019年', { kind: 'deadline', date: { year: 2019, month: null, day: null } }],
    ['20年', { kind: 'number', q: { digits: '20', unit: '年' } }],
  ])('%s', (text, parsed) => {
    expect(parseValue(text)).toMatchObject(parsed);
  });

  it.each([
    // [text, read, unread, numberLike]
    ['1150元/人.年', '1150元/人', '.年', true],
    ['完成12个以上任务', '完成12个以上', '任务', true],
    ['100%完成', '100%', '完成', true],
    ['不低于上年', '不低于', '上年', false],
    ['应保尽保', '', '应保尽保', false],
    ['一致', '', '一致', false],
  ] as const)('%s: read %s, unread %s', (text, read, unread, numberLike) => {
    expect(parseValue(text)).toEqual({ kind: 'text', read, unread, numberLike });
  });
});

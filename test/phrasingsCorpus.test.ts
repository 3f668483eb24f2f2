/**
 * Phrasing corpus: target/actual pairs as published forms write them, each scored through the
 * whole indicator rule (grammar → lexicon → method → score) with its expected score and finding,
 * worked out by hand from SCORING.md, and each citing where it comes from (test/corpus/).
 *
 * Published pairs cite a form of test/corpus/sources*.ts by id, with its address; the spec's and
 * the example texts cite `S§<section>` or `I8` and are counted apart.
 */
import {
  type CellRef,
  type CellValue,
  type IndicatorRow,
  MOF2020,
  parseA1,
  readValueText,
  scoreIndicator,
} from '../src/engine';
import { type Pair, PAIRS, SOURCES } from './corpus';

const ROW = 8;
function ref(col: string, value: CellValue | undefined): CellRef | null {
  if (value === undefined) return null;
  const address = `${col}${ROW + 1}`;
  const { row, col: c } = parseA1(address);
  return { address, row, col: c, value, format: undefined };
}

function indicator(p: Pair): IndicatorRow {
  return {
    row: ROW,
    name: p.name,
    nameCell: `C${ROW + 1}`,
    level1: p.level1 ?? '产出指标',
    level2: p.level2 ?? '数量指标',
    target: ref('D', p.target),
    actual: ref('E', p.actual),
    weight: ref('F', p.weight),
    score: null,
    explanation: ref('H', '已说明'),
    nature: ref('I', p.nature),
    unit: ref('J', p.unit),
  };
}

const JUDGEMENT_CODES = new Set(['qualitative_auto', 'needs_judgement', 'unit_mismatch']);

describe('phrasing corpus: published target/actual pairs scored (hand-computed)', () => {
  const sourceIds = new Set(SOURCES.map((s) => s.id));
  const citesSpec = (id: string): boolean => /^(I8|S§\d+(\.\d+)?)$/.test(id);

  it('cites a known source for every pair, and every source has an address', () => {
    for (const p of PAIRS) {
      for (const id of p.source.split(', ')) {
        expect(sourceIds.has(id) || citesSpec(id) ? id : `unknown source ${id}`).toBe(id);
      }
    }
    expect(sourceIds.size).toBe(SOURCES.length);
    for (const s of SOURCES) expect(s.url).toMatch(/^https?:\/\/\S+$/);
  });

  it('counts the pairs copied from published forms', () => {
    const published = PAIRS.filter((p) => p.source.split(', ').some((id) => sourceIds.has(id)));
    // Raise this as published forms are added: it is the corpus's real size (issue #8 asks ≥ 300).
    expect(published.length).toBeGreaterThanOrEqual(205);
  });

  it('no pair is written twice', () => {
    const keys = PAIRS.map((p) => `${p.source}|${p.name}|${p.target}|${p.actual}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it.each(PAIRS.map((p) => [`${p.source} ${p.name}: ${p.target} / ${p.actual}`, p]))(
    '%s',
    (_label, p) => {
      const { scored, findings } = scoreIndicator(indicator(p), {
        sheet: '表',
        year: 2022,
        profile: MOF2020,
        record: null,
      });
      expect(scored.score).toBe(p.score);
      const judgement = findings.map((f) => f.code).filter((c) => JUDGEMENT_CODES.has(c));
      expect(judgement).toEqual(p.code === null ? [] : [p.code]);
    },
  );

  it('§9.8: the needs_judgement of an unreadable number quotes the text', () => {
    const p = PAIRS.find((x) => x.target === '≥1200元/人.年')!;
    const { findings } = scoreIndicator(indicator(p), {
      sheet: '表',
      year: 2022,
      profile: MOF2020,
      record: null,
    });
    const f = findings.find((x) => x.code === 'needs_judgement')!;
    expect('rule' in f.params ? f.params.rule : '').toContain('“≥1200元/人.年”无法识别');
  });

  it('P3: targets read as the spec says', () => {
    expect(readValueText('=100%')).toMatchObject({
      kind: 'number',
      op: '=',
      q: { value: 1, unit: '%' },
    });
    expect(readValueText('≤10次')).toMatchObject({
      kind: 'number',
      op: '<=',
      q: { value: 10, unit: '次' },
    });
    expect(readValueText('≤5%')).toMatchObject({
      kind: 'number',
      op: '<=',
      q: { value: 0.05, unit: '%' },
    });
  });
});

/**
 * The README's main job: the example workbook, built from the seed report's figures, scores as its
 * committed golden output says.
 */
import { EXAMPLE, scoreFile } from './helpers/workbooks';

describe('example workbook (荆门市民政局 2022)', () => {
  it('finds one department form with 31 indicators and scores it', async () => {
    const result = await scoreFile(EXAMPLE);
    expect(result.forms).toHaveLength(1);
    const form = result.forms[0]!;
    expect(form.model.kind).toBe('department');
    expect(form.model.year).toBe(2022);
    expect(form.model.unit).toBe('荆门市民政局');
    expect(form.indicators).toHaveLength(31);
    expect(form.budget?.planned).toBe(11605.29);
    expect(form.budget?.executed).toBe(21680.25);
    expect(form.budget?.rate).toBe(1);
    expect(form.budget?.score).toBe(10);
    expect(form.weightTotal).toBe(100);
    // Points lost: 抽查审计 38/40×2 → 1.9, 整改 72/81×2 → 1.78, 满意率 88/90×2.5 → 2.44.
    expect(form.total).toBe(99.62);
    expect(form.grade).toBe('优');
  });
});

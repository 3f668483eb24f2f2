/**
 * `selfeval <wb> --check`: computes everything, writes nothing, lists each score, rate or total cell
 * whose value differs from the computed one; exit 1 with differences, 0 without, 2 with --out.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli as cli } from './helpers/cli';
import { EXAMPLE } from './helpers/workbooks';

let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-check-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('selfeval --check', () => {
  it('lists the differing cells of an unscored form, writes nothing, exits 1', async () => {
    const before = fs.readdirSync(tmp);
    const r = await cli(EXAMPLE, '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('核查结果：34 个单元格与计算结果不一致');
    expect(r.stdout).toContain(
      '部门整体支出绩效自评表!G21  当前 空，应为 1.9（实际38家低于目标40家，按完成比例得1.9分）  抽查审计社会组织',
    );
    expect(r.stdout).toContain('部门整体支出绩效自评表!G5  当前 空，应为 100%');
    expect(fs.readdirSync(tmp)).toEqual(before);
  });

  it('adds "differences" to the JSON report only in check mode', async () => {
    const r = await cli(EXAMPLE, '--check', '--json', '-');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      differences: { sheet: string; cell: string; expected: number; kind: string }[];
    };
    expect(report.differences).toHaveLength(34);
    expect(report.differences[0]).toEqual(
      expect.objectContaining({
        sheet: '部门整体支出绩效自评表',
        cell: 'G5',
        current: null,
        expected: 1,
        kind: 'rate',
      }),
    );
    const plain = JSON.parse((await cli(EXAMPLE, '--json', '-')).stdout) as Record<string, unknown>;
    expect('differences' in plain).toBe(false);
  });

  it('reports no difference on a workbook selfeval just scored (exit 0)', async () => {
    const out = path.join(tmp, 'scored.xlsx');
    expect((await cli(EXAMPLE, '--out', out)).code).toBe(0);
    const r = await cli(out, '--check');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('核查结果：得分、执行率、总分均与计算结果一致');
  });

  it('refuses --check with --out as a usage error (exit 2)', async () => {
    const r = await cli(EXAMPLE, '--check', '--out', path.join(tmp, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--check 只核查、不写入，不能与 --out 同时使用');
    expect(fs.existsSync(path.join(tmp, 'x.xlsx'))).toBe(false);
  });
});

/**
 * Typed findings: parameters are checked per code at compile time (the @ts-expect-error lines fail
 * `npm run typecheck` if a wrong call ever compiles), and the message is attached once, at the end.
 */
import { FINDING_CODES, SEVERITY, finding } from './codes';
import { describeFinding, describeFindings, messageOf } from './messages';
import { ZH_CN } from './zhCN';

describe('typed findings', () => {
  it('every code has a template and a severity', () => {
    for (const code of FINDING_CODES) {
      expect(typeof ZH_CN[code]).toBe('function');
      expect(SEVERITY[code]).toMatch(/^(error|warning|info)$/);
    }
  });

  it('a rule makes data only; describing adds severity and the Chinese message', () => {
    const data = finding('execution_low', '表', 'G5', null, { rate: '85.00%', threshold: '90%' });
    expect(data).toEqual({
      code: 'execution_low',
      sheet: '表',
      cell: 'G5',
      indicator: null,
      params: { rate: '85.00%', threshold: '90%' },
    });
    expect(describeFinding(data)).toEqual({
      ...data,
      severity: 'warning',
      message: '工作表“表”G5单元格：预算执行率85.00%，低于90%，请说明未执行原因及改进措施。',
    });
  });

  it('codes that quote nothing take no parameters', () => {
    expect(messageOf(finding('no_form_found', null, null, null))).toContain('没有找到绩效自评表');
    expect(describeFindings([finding('weight_missing', '表', 'F9', '人数')])[0]!.message).toBe(
      '工作表“表”F9单元格：指标“人数”未填写分值，无法评分，暂按0分计，请补填分值。',
    );
  });

  it('optional parameters are quoted as nothing when absent', () => {
    const f = finding('actual_missing', '表', 'E9', '人数', {});
    expect(messageOf(f)).toBe(
      '工作表“表”E9单元格：指标“人数”实际完成值未填写，暂按0分计，请补填。',
    );
    const g = finding('score_changed', '表', 'G5', null, {
      old: '9',
      new: '8',
      subject: '预算执行',
    });
    expect(messageOf(g)).toContain('预算执行原得分9');
  });

  it('wrong parameters do not compile', () => {
    // @ts-expect-error execution_low needs its threshold
    finding('execution_low', null, null, null, { rate: '1' });
    // @ts-expect-error a code that quotes something needs its parameters
    finding('budget_missing', null, null, null);
    // @ts-expect-error a parameter of another code
    finding('target_missing', null, null, null, { target: '', band: 'A' });
    // @ts-expect-error the band of a judgement is A, B or C
    finding('needs_judgement', null, null, null, { actual: '', rule: '', band: 'D', score: '1' });
    expect(true).toBe(true);
  });
});

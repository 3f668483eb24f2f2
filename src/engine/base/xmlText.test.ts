/** XML text both ways. */
import { escapeXml, unescapeXml } from './xmlText';

describe('XML text', () => {
  it('escapes the markup characters and drops what XML 1.0 forbids', () => {
    expect(escapeXml('A&B <b>"引号"</b>')).toBe('A&amp;B &lt;b&gt;&quot;引号&quot;&lt;/b&gt;');
    expect(escapeXml('前\u0001后\u000B')).toBe('前后');
    expect(escapeXml('换行\n与制表\t保留')).toBe('换行\n与制表\t保留');
  });
  it('reads back what it wrote, and numeric references', () => {
    const text = `Children's "项目" <1> & 2`;
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml('&#x4E2D;&#25991;&apos;')).toBe("中文'");
  });
});

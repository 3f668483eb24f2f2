/**
 * The parts of a 自评报告 no form holds (基本情况, 自评工作开展情况, 上年度自评结果应用情况, and a
 * person's own 存在的问题 / 改进措施), read from a sheet the workbook may carry for them: `报告素材` or
 * `自评报告素材`, a label column and a text column (NARRATIVE.md, Completeness). The text is used as
 * written: the report only ever writes it as a string value, so a cell that starts with `=` stays text.
 */
import { cellText } from '../base/cells';
import type { WorkbookSnapshot } from '../base/snapshot';

/** Names of the materials sheet, as people name it. */
export const MATERIALS_SHEETS: readonly string[] = ['报告素材', '自评报告素材'];

/** What a materials sheet can hold, by part of the report. */
export type MaterialKey = 'basics' | 'selfEvalWork' | 'lastYear' | 'problems' | 'measures';

/** The texts of a materials sheet by part, each as its paragraphs (one per line of the cell, or per row). */
export type ReportMaterials = Readonly<Partial<Record<MaterialKey, readonly string[]>>>;

/** No materials: every part no form holds is a fill-in. */
export const NO_MATERIALS: ReportMaterials = {};

/**
 * Which part a label names. Labels may carry numbering (`（一）`), the subject (`部门基本情况`,
 * `项目自评工作开展情况`) or a trailing colon; the order matters (上年度…应用情况 before 基本情况).
 */
const LABELS: readonly { key: MaterialKey; re: RegExp }[] = [
  { key: 'lastYear', re: /上年度?.*(结果)?应用/ },
  { key: 'selfEvalWork', re: /自评工作.*(开展|组织)|自评.*开展情况/ },
  { key: 'basics', re: /基本情况|单位概况|项目概况/ },
  { key: 'problems', re: /存在的?问题/ },
  { key: 'measures', re: /改进措施|整改措施/ },
];

/** `（一）部门基本情况：` → `部门基本情况`. */
function labelText(text: string): string {
  return text
    .trim()
    .replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '')
    .replace(/[：:\s]+$/, '');
}

function keyOf(label: string): MaterialKey | null {
  const t = labelText(label);
  // A label is short; a long text that merely mentions 基本情况 is content, not a label.
  if (t === '' || Array.from(t).length > 20) return null;
  return LABELS.find((l) => l.re.test(t))?.key ?? null;
}

/** The paragraphs of a cell: one per non-empty line. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Reads the materials sheet of a workbook: in each row, the first cell whose text is a known label
 * gives the part, and the cells to its right hold the text. A row with text but no label continues
 * the part above it (people put one paragraph per row). Returns NO_MATERIALS when there is no sheet.
 */
export function readReportMaterials(snapshot: WorkbookSnapshot): ReportMaterials {
  const sheet = snapshot.sheets.find((s) => MATERIALS_SHEETS.includes(s.name.trim()));
  if (!sheet) return NO_MATERIALS;
  const out: Partial<Record<MaterialKey, string[]>> = {};
  let current: MaterialKey | null = null;
  for (const row of sheet.cells) {
    const texts = Array.from(row, (v) => cellText(v ?? null).trim());
    const at = texts.findIndex((t) => keyOf(t) !== null);
    let rest: string[] = texts;
    if (at >= 0) {
      current = keyOf(texts[at] ?? '');
      rest = texts.slice(at + 1);
    }
    if (current === null) continue; // a title or header row above the first label
    const paragraphs = rest.filter((t) => t !== '').flatMap(paragraphsOf);
    if (paragraphs.length > 0) out[current] = [...(out[current] ?? []), ...paragraphs];
  }
  return out;
}

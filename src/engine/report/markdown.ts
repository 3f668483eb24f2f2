/**
 * The report as Markdown: for golden tests, review in a diff, and reading in a terminal. Headings
 * keep their Chinese numbering; lists keep the report's own markers (1、 （1）), which Markdown
 * shows as plain paragraphs, so the text reads exactly as in the sheet and the Word file.
 */
import { fmtScore } from '../base/format';
import {
  type ReportBlock,
  type ReportCellValue,
  type ReportDocument,
  type ReportTable,
  listMarker,
} from './document';

/**
 * Text from the workbook as Markdown text that no viewer renders as HTML: a cell holding
 * `<script>` or `<img onerror=…>` must read as those characters, never run (Markdown passes raw
 * HTML through). `&` first, so the entities written are not escaped twice.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A table cell as Markdown: numbers formatted, HTML, pipes and line breaks escaped. */
function cell(v: ReportCellValue): string {
  const text = typeof v === 'number' ? fmtScore(v) : v;
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function table(b: ReportTable): string {
  const sep = b.columns.map((c) =>
    c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---',
  );
  const lines = [
    `| ${b.columns.map((c) => cell(c.header)).join(' | ')} |`,
    `| ${sep.join(' | ')} |`,
    ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'title':
      return `# ${escapeHtml(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escapeHtml(b.text)}`;
    case 'paragraph':
    case 'fillIn':
    case 'attachmentRef':
      // A fill-in reads as its bracketed guidance line, exactly as in the sheet and in Word.
      return escapeHtml(b.text);
    case 'list':
      return b.items.map((item, i) => `${listMarker(b.style, i)}${escapeHtml(item)}`).join('\n\n');
    case 'table':
      return table(b);
    case 'attachment':
      return [`## 附件：${escapeHtml(b.title)}`, ...b.blocks.map(block)].join('\n\n');
  }
}

/** One report as Markdown text, ending with a newline. */
export function renderMarkdown(doc: ReportDocument): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}

/** Several reports as one Markdown text, separated by a rule. */
export function renderMarkdownAll(docs: readonly ReportDocument[]): string {
  return docs.map(renderMarkdown).join('\n---\n\n');
}

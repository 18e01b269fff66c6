/** A Markdown table whose cells are text from outside: every cell escaped (route names, variable names, hosts). */
import { escapeMarkdown } from '../report/escape-markdown.js';

export function markdownTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const cell = (text: string): string => escapeMarkdown(text, 200);
  return [`| ${columns.map(cell).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${columns.map((_, index) => cell(row[index] ?? '')).join(' | ')} |`)];
}

/**
 * A check's ResultTable (e.g. the env matrix) as Markdown and as terminal text. Cells are
 * PR-influenced text (variable names come from the repository), so every cell is escaped.
 */
import { escapeMarkdown } from './escape-markdown.js';
import type { ResultTable } from './finding.js';

/** Inside `<details>`, open: tables explain findings, but a 50-row matrix must not bury them. */
export function renderResultTableMarkdown(table: ResultTable): string[] {
  const cell = (text: string) => escapeMarkdown(text, 200);
  const header = `| ${table.columns.map(cell).join(' | ')} |`;
  const rule = `| ${table.columns.map(() => '---').join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${table.columns.map((_, index) => cell(row[index] ?? '')).join(' | ')} |`);
  return ['', `<details><summary>${cell(table.title)}</summary>`, '', header, rule, ...rows, '', '</details>'];
}

/** Columns padded to their widest cell; `clean` is the text renderer's control-character filter. */
export function renderResultTableText(table: ResultTable, clean: (text: string, max: number) => string): string[] {
  const grid = [table.columns, ...table.rows].map((row) => table.columns.map((_, index) => clean(row[index] ?? '', 60)));
  const widths = table.columns.map((_, index) => Math.max(...grid.map((row) => row[index]!.length)));
  const lines = grid.map((row) => `    ${row.map((text, index) => text.padEnd(widths[index]!)).join('  ').trimEnd()}`);
  return [`  ${clean(table.title, 200)}`, ...lines];
}

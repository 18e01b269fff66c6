import { renderComment } from '../../src/report/render-comment.js';
import { parseReportJson, renderJson } from '../../src/report/render-json.js';
import { renderText } from '../../src/report/render-text.js';
import { reportWith } from './fixture-report.js';

const table = { title: 'Variables × environments', columns: ['Variable', 'production'], rows: [['DATABASE_URL', '✖ missing'], ['A|B <x>', 'ok']] };
const report = { ...reportWith([]), results: [{ check: 'env', status: 'passed' as const, findings: [], metrics: {}, durationMs: 1, tables: [table] }] };

test('a check table is rendered, escaped, in the comment', () => {
  const comment = renderComment(report, { marker: '<!-- m -->' });
  expect(comment).toContain('<details><summary>Variables × environments</summary>');
  expect(comment).toContain('| Variable | production |');
  expect(comment).toContain('DATABASE\\_URL');
  expect(comment).not.toContain('A|B');
  expect(comment).not.toContain('<x>');
});

test('the terminal shows the table aligned', () => {
  expect(renderText(report, { color: false })).toMatch(/DATABASE_URL\s+✖ missing/);
});

test('tables survive the JSON round trip', () => {
  expect(parseReportJson(renderJson(report), 'r.json').results[0]!.tables).toEqual([table]);
});

/** The p95 trend as Mermaid: exact text, and nothing a label holds can end the block or a string. */
import { renderLineChartMarkdown } from '../../src/report/render-line-chart.js';

test('a chart is an xychart-beta block with the labels, the unit and one line per series', () => {
  expect(renderLineChartMarkdown({ title: 'p95 of /api/items', labels: ['12-01', '12-02', 'now'], unit: 'ms', series: [{ name: '/api/items', values: [120.4, 131, 180.6] }] })).toEqual([
    '',
    '```mermaid',
    'xychart-beta',
    '    title "p95 of /api/items"',
    '    x-axis ["12-01", "12-02", "now"]',
    '    y-axis "ms" 0 --> 199',
    '    line [120, 131, 181]',
    '```'
  ]);
});

test('hostile text is flattened to plain characters; a single point draws nothing', () => {
  const lines = renderLineChartMarkdown({ title: 'p95 of /x"]\n```\n<img src=x>', labels: ['a"b', 'now'], unit: 'ms', series: [{ name: 'x', values: [1, 2] }] });
  expect(lines.filter((line) => line.includes('```'))).toEqual(['```mermaid', '```']);
  expect(lines.join('\n')).not.toContain('<');
  expect(lines.find((line) => line.startsWith('    title'))).toMatch(/^ {4}title "[^"\n]*"$/);
  expect(lines.find((line) => line.startsWith('    x-axis'))).toBe('    x-axis ["a b", "now"]');
  expect(renderLineChartMarkdown({ title: 't', labels: ['now'], unit: 'ms', series: [{ name: 'x', values: [1] }] })).toEqual([]);
});

/**
 * A LineChart as a Mermaid `xychart-beta` block, which GitHub renders in comments and summaries
 * (https://mermaid.js.org/syntax/xyChart.html). Mermaid's own syntax has no escaping: text is kept
 * to letters, digits, spaces and `/ . _ : -`, so nothing a PR controls can end the block or the string.
 */
import type { LineChart } from './finding.js';

export function renderLineChartMarkdown(chart: LineChart): string[] {
  const values = chart.series.flatMap((series) => series.values).filter(Number.isFinite);
  if (chart.labels.length < 2 || values.length === 0) return [];
  const top = Math.ceil(Math.max(...values) * 1.1);
  return [
    '',
    '```mermaid',
    'xychart-beta',
    `    title "${plain(chart.title, 80)}"`,
    `    x-axis [${chart.labels.map((label) => `"${plain(label, 20)}"`).join(', ')}]`,
    `    y-axis "${plain(chart.unit, 10)}" 0 --> ${top}`,
    ...chart.series.map((series) => `    line [${series.values.map((value) => (Number.isFinite(value) ? Math.round(value) : 0)).join(', ')}]`),
    '```'
  ];
}

function plain(text: string, limit: number): string {
  return text.replace(/[^A-Za-z0-9 /._:-]/g, ' ').slice(0, limit).trim();
}

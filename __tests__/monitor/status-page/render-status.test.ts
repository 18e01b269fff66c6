/**
 * The page and its Markdown: the figures of the view, and text from outside escaped in both. No
 * secret can reach either: the history has no place for headers, and the test plants one anyway
 * where a careless monitor might (a URL's query) to prove only the escaped URL text is shown.
 */
import { buildStatusView } from '../../../src/monitor/status-page/build-status-view.js';
import { parseMonitorHistory } from '../../../src/monitor/status-page/parse-monitor-history.js';
import { renderStatusHtml } from '../../../src/monitor/status-page/render-status-html.js';
import { renderStatusMarkdown } from '../../../src/monitor/status-page/render-status-markdown.js';
import { ConfigError } from '../../../src/errors.js';
import { sampleHistory } from './sample-history.js';

const HOSTILE = '<script>alert(1)</script>"onmouseover="x';

function hostileHistory() {
  const history = sampleHistory();
  history.targets[0]!.name = `GET /${HOSTILE}`;
  history.targets[1]!.url = 'javascript:alert(1)';
  history.incidents[0]!.title = `Down ${HOSTILE} @team #12`;
  history.deploys[0]!.ref = 'main`|x';
  return history;
}

test('the page shows every figure, in landmarks and tables with headers, with no script and no external URL to load', () => {
  const html = renderStatusHtml(buildStatusView(sampleHistory()), { title: 'Shop status' });
  for (const figure of ['91.66%', '97.02%', '98.75%', '100%', 'no data', '122 ms', '2 · 5', '▲ Up', '• No data', 'GET / answers 500', '✖ Expired', '⚠ Expires in 5 days', '✔ In 80 days', 'v1.4.1']) {
    expect(html).toContain(figure);
  }
  expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
  expect(html).toContain('<main>');
  expect(html).toContain('<th scope="col">Target</th>');
  expect(html).toContain('<caption>');
  expect(html).not.toMatch(/<script|<link rel="stylesheet"|@import|url\(|src=/i);
  // The closed incident is not listed.
  expect(html).not.toContain('checkout broke');
});

test('text from outside is escaped in the page; a non-http URL is never a link', () => {
  const html = renderStatusHtml(buildStatusView(hostileHistory()));
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('"onmouseover="');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;x');
  expect(html).not.toContain('javascript:');
});

test('the Markdown carries the same figures, escaped', () => {
  const markdown = renderStatusMarkdown(buildStatusView(hostileHistory()));
  expect(markdown).toContain('| 91.66% | 97.02% | 98.75% | 2 · 5 | 122 ms |');
  expect(markdown).not.toContain('<script>');
  expect(markdown).not.toMatch(/[^\\]\|x/);
  expect(markdown).toContain('**high** — Down &lt;script&gt;');
  expect(markdown).not.toMatch(/@team|#12(?!\d)/);
  expect(renderStatusMarkdown(buildStatusView(sampleHistory()))).toMatchSnapshot();
});

test.each([
  ['{', /history\.json: not valid JSON/],
  ['[]', /history\.json: the top level: expected an object/],
  [JSON.stringify({ ...sampleHistory(), generatedAt: 'yesterday' }), /history\.json: generatedAt: expected an ISO 8601 time/],
  [JSON.stringify({ ...sampleHistory(), targets: [{ name: 'x', kind: 'page', samples: [] }] }), /targets\[0\]\.kind: expected route, flow or host/],
  [JSON.stringify({ ...sampleHistory(), targets: [{ name: 'x', kind: 'route', samples: [{ at: '2026-12-07T00:00:00Z', ok: 'yes' }] }] }), /targets\[0\]\.samples\[0\]\.ok: expected true or false/],
  [JSON.stringify({ ...sampleHistory(), targets: [{ name: 'x', kind: 'route', samples: [], daily: [{ day: '2026-12-07T00:00:00Z', ok: 1, total: 1 }] }] }), /targets\[0\]\.daily\[0\]\.day: expected a UTC date/],
  [JSON.stringify({ ...sampleHistory(), targets: [{ name: 'x', kind: 'route', samples: [], daily: [{ day: '2026-12-07', ok: 3, total: 2 }] }] }), /targets\[0\]\.daily\[0\]\.ok: expected at most total \(2\)/]
])('a bad history file is a located ConfigError: %s', (text, message) => {
  expect(() => parseMonitorHistory(text, 'history.json')).toThrow(ConfigError);
  expect(() => parseMonitorHistory(text, 'history.json')).toThrow(message);
});

test('a valid history reads back as it was written', () => {
  expect(parseMonitorHistory(JSON.stringify(sampleHistory()), 'history.json')).toEqual(sampleHistory());
});

test('the sparkline leaves a gap for a day without data and says every figure in its accessible name', async () => {
  const { renderSparkline } = await import('../../../src/monitor/status-page/render-sparkline.js');
  const svg = renderSparkline([100, 120, undefined, 90, 110, undefined, 130], ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  expect(svg.match(/<path /g)).toHaveLength(3);
  expect(svg.match(/<circle /g)).toHaveLength(5);
  expect(svg).toContain('aria-label="p95 by day, oldest first: a: 100 ms, b: 120 ms, c: —, d: 90 ms, e: 110 ms, f: —, g: 130 ms"');
  expect(renderSparkline([undefined, undefined], ['a', 'b'])).not.toContain('<path');
});

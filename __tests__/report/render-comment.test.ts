import { renderComment, COMMENT_MAX_LENGTH } from '../../src/report/render-comment.js';
import type { Finding } from '../../src/report/finding.js';
import { HOSTILE_PATH, LINKS, MARKER, buildFixtureReport, manyFindings, reportWith } from './fixture-report.js';

const count = (text: string, part: string): number => text.split(part).length - 1;

/** Every `<details>` closed, and every table row as wide as its header (5 columns, 6 pipes). */
function expectWellFormed(body: string): void {
  expect(count(body, '<details>')).toBe(count(body, '</details>'));
  for (const line of body.split('\n').filter((text) => text.startsWith('| '))) {
    expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  }
}

describe('renderComment', () => {
  const report = buildFixtureReport();

  test('matches the snapshot', () => {
    expect(renderComment(report, { marker: MARKER, links: LINKS, summaryUrl: 'https://github.com/acme/shop/actions/runs/1' })).toMatchSnapshot();
  });

  test('starts with the marker, which appears nowhere else', () => {
    const body = renderComment(report, { marker: MARKER, links: LINKS });
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(count(body, '<!--')).toBe(1);
    expect(count(body, 'launch-ready:comment')).toBe(1);
  });

  test('gives the verdict, the threshold and counts by severity first', () => {
    const [, heading, , gate] = renderComment(report, { marker: MARKER }).split('\n');
    expect(heading).toBe('## ❌ launch-ready failed');
    expect(gate).toBe('**3 blocking findings** (fail-on: **high**) · 🔴 1 critical · 🟠 2 high · 🟡 2 medium');
    expect(renderComment(buildFixtureReport({ failOn: 'critical', results: [] }), { marker: MARKER })).toContain(
      '## ✅ launch-ready passed\n\nNothing at or above **critical** · no findings'
    );
  });

  test('orders checks most severe first, and rows most severe first', () => {
    const body = renderComment(report, { marker: MARKER });
    const headings = body.split('\n').filter((line) => line.startsWith('### '));
    expect(headings.map((line) => line.split(' ')[2])).toEqual(['secrets:', 'env:', 'smoke:', 'domain:']);
    expect(body.indexOf('🔴 critical |')).toBeLessThan(body.indexOf('🟠 high | <code>deploy'));
  });

  test('links file locations to the line at the commit, with the path percent-encoded', () => {
    const body = renderComment(report, { marker: MARKER, links: LINKS });
    expect(body).toContain(`[<code>src/config/prod.ts&#58;12</code>](https://github.com/acme/shop/blob/${LINKS.sha}/src/config/prod.ts#L12)`);
    expect(body).toContain(`/blob/${LINKS.sha}/docs/a%7Cb%20%3Cimg%20src%3Dx%3E.md#L7)`);
    expect(renderComment(report, { marker: MARKER })).not.toContain('](');
  });

  test('escapes PR-controlled text', () => {
    const body = renderComment(report, { marker: MARKER, links: LINKS });
    expect(body).not.toContain(HOSTILE_PATH);
    expect(body).not.toMatch(/<script|<img|<b>|javascript:/);
    expect(body).not.toMatch(/(?<!\u200d)@octocat|#123/);
    expect(body).toContain('<code>docs/a&#124;b &#60;img src=x&#62;.md&#58;7</code>');
    expectWellFormed(body);
  });

  test('shows why an errored check could not run, a skipped check and a passed check in one line', () => {
    const body = renderComment(report, { marker: MARKER });
    expect(body).toContain('⚠️ 1 check could not run: **domain**');
    expect(body).toContain('> ⚠️ **could not run:** DNS lookup of preview.example.com timed out after 30s &lt;b&gt;\\|&lt;/b&gt;');
    expect(body).toContain('\n- ✅ **perf** passed · p50Ms **120** · p95Ms **340.5**\n');
    expect(body).toContain('\n- ⏭️ **headers** skipped: no deploy URL for this event\n');
  });

  test('folds rows past the tenth of a check into <details>', () => {
    const body = renderComment(reportWith(manyFindings(13, 'high')), { marker: MARKER });
    const [visible, folded] = body.split('<details>');
    expect(count(visible!, '| 🟠 high |')).toBe(10);
    expect(folded).toMatch(/^<summary>3 more \(🟠 3 high\)<\/summary>\n\n\| Severity \|/);
    expect(count(folded!, '| 🟠 high |')).toBe(3);
    expectWellFormed(body);
  });

  test('drops the least severe rows to fit a small limit, says so, and stays well formed', () => {
    const findings: Finding[] = [...manyFindings(5, 'critical'), ...manyFindings(30, 'low'), ...manyFindings(20, 'medium')];
    const body = renderComment(reportWith(findings), { marker: MARKER, maxLength: 3_000, summaryUrl: 'https://example.com/run/1' });
    expect(body.length).toBeLessThanOrEqual(3_000);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(count(body, '| 🔴 critical |')).toBe(5);
    expect(body).not.toContain('| 🔵 low |');
    const shown = count(body, '| 🔴 critical |') + count(body, '| 🟡 medium |');
    expect(body).toContain(`… ${55 - shown} more findings not shown: see the full report in the [job summary](https://example.com/run/1)`);
    expectWellFormed(body);
  });

  test('stays under GitHub’s 65,536-character limit with 2,000 findings', () => {
    const findings = [...manyFindings(1_000, 'high'), ...manyFindings(1_000, 'medium', 'env')];
    const body = renderComment(reportWith(findings), { marker: MARKER, links: LINKS });
    expect(COMMENT_MAX_LENGTH).toBe(65_536);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toMatch(/\n… [\d,]+ more findings not shown: see the full report in the job summary\n$/);
    expectWellFormed(body);
  });

  test('falls back to the verdict alone when not even the sections fit', () => {
    const body = renderComment(report, { marker: MARKER, maxLength: 400 });
    expect(body.length).toBeLessThanOrEqual(400);
    expect(body.startsWith(`${MARKER}\n## ❌ launch-ready failed`)).toBe(true);
  });

  test('is deterministic', () => {
    expect(renderComment(buildFixtureReport(), { marker: MARKER })).toBe(renderComment(buildFixtureReport(), { marker: MARKER }));
  });
});

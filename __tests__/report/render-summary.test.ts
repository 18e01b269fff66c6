import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/render-summary.js';
import { HOSTILE_PATH, LINKS, buildFixtureReport, manyFindings, reportWith } from './fixture-report.js';

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('renderSummary', () => {
  const report = buildFixtureReport();

  test('matches the snapshot', () => {
    expect(renderSummary(report, { links: LINKS, annotationsOmitted: 3 })).toMatchSnapshot();
  });

  test('has every check with its metrics and duration in the overview', () => {
    const summary = renderSummary(report);
    expect(summary).toContain('| secrets | ❌ failed | 🔴 1 critical · 🟠 1 high · 🟡 1 medium | filesScanned **120** · bytesScanned **48,213** | 1.2 s |');
    expect(summary).toContain('| perf | ✅ passed | — | p50Ms **120** · p95Ms **340.5** · samples **20** | 8 s |');
    expect(summary).toContain('| headers | ⏭️ skipped | — | — | 0 ms |');
    expect(summary).toContain('> ⚠️ **could not run:** DNS lookup');
  });

  test('says how many findings were not annotated, only when some were not', () => {
    expect(renderSummary(report, { annotationsOmitted: 15 })).toContain(
      '15 findings were not annotated (GitHub shows at most 10 annotations of each level per step).'
    );
    expect(renderSummary(report, { annotationsOmitted: 0 })).not.toContain('not annotated');
  });

  test('shows every row: nothing is folded into <details>', () => {
    const summary = renderSummary(reportWith(manyFindings(25, 'high')));
    expect(count(summary, '| 🟠 high |')).toBe(25);
    expect(summary).not.toContain('<details>');
  });

  test('escapes like the comment', () => {
    const summary = renderSummary(report, { links: LINKS });
    expect(summary).not.toContain(HOSTILE_PATH);
    expect(summary).not.toMatch(/<script|<img|<!--/);
  });

  test('leaves out the least severe rows past the size limit, with a note', () => {
    const findings = [...manyFindings(50, 'critical'), ...manyFindings(200, 'info')];
    const summary = renderSummary(reportWith(findings), { maxBytes: 20_000 });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(20_000);
    expect(count(summary, '| 🔴 critical |')).toBe(50);
    expect(summary).toMatch(/… [\d,]+ more findings not shown: the job summary is limited to 1 MiB; the JSON report has every finding\.\n$/);
  });

  test('defaults to a limit under GitHub’s 1 MiB', () => {
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1_048_576);
    const summary = renderSummary(reportWith(manyFindings(6_000, 'medium')));
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain('more findings not shown');
  });
});

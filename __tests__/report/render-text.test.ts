import { renderText } from '../../src/report/render-text.js';
import { buildFixtureReport, makeFinding, reportWith } from './fixture-report.js';

describe('renderText', () => {
  const report = buildFixtureReport();

  test('matches the snapshot', () => {
    expect(renderText(report, { color: false })).toMatchSnapshot();
  });

  test('starts with the verdict, the threshold and the counts', () => {
    expect(renderText(report, { color: false }).split('\n')[0]).toBe(
      '✖ launch-ready failed  fail-on: high  1 critical · 2 high · 2 medium'
    );
    expect(renderText(buildFixtureReport({ results: [] }), { color: false })).toBe(
      '✔ launch-ready passed  fail-on: high  no findings\n'
    );
  });

  test('prints each finding with its place, evidence and a fix hint', () => {
    const text = renderText(report, { color: false });
    expect(text).toContain(
      '  critical  src/config/prod.ts:12  GitHub personal access token — A GitHub token was added.  (ghp_… (40 chars))\n' +
        '            fix: Revoke the token in GitHub settings, then load it from a secret.\n'
    );
    expect(text).toContain('  high      env DATABASE_URL (.env.example:4)  Required variable missing');
    expect(text).toContain('  medium    GET https://preview.example.com/health  Unexpected status');
    expect(text).toContain('domain  could not run · DNS lookup of preview.example.com timed out after 30s <b>|</b> · 30 s');
    expect(text).toContain('perf  passed · p50Ms 120, p95Ms 340.5, samples 20 · 8 s');
  });

  test('uses ANSI colours only when asked', () => {
    expect(renderText(report, { color: false })).not.toContain('\u001b[');
    const colored = renderText(report, { color: true });
    expect(colored).toContain('\u001b[35mcritical\u001b[39m');
    expect(colored).toContain('\u001b[1m\u001b[31m✖ launch-ready failed\u001b[39m\u001b[22m');
  });

  test('strips control characters from PR-controlled text', () => {
    const hostile = makeFinding({
      title: 'evil\u001b[2J\u001b[H',
      message: 'line\n::error::forged',
      location: { kind: 'file', path: 'a\rb.ts', line: 1 }
    });
    const text = renderText(reportWith([hostile]), { color: false });
    expect([...text].filter((char) => char < ' ' && char !== '\n')).toEqual([]);
    expect(text.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(text).toContain('a b.ts:1  evil [2J [H — line ::error::forged');
  });
});

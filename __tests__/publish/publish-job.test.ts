/** The job's own channels, written to real GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files: annotations, summary, outputs. */
import { writeFile } from 'node:fs/promises';
import { publishJob, setOutputs } from '../../src/publish/publish-job.js';
import { manyFindings, reportWith } from '../report/fixture-report.js';
import { useRunnerChannels } from '../helpers/runner-channels.js';
import { HEAD_SHA, PR, expectEscaped, expectNoSecret, leakyReport, pullRequestContext } from './leaky-report.js';

const runner = useRunnerChannels();
const context = pullRequestContext('/work/checkout');

describe('publishJob', () => {
  test('annotates each finding with its file and position; PR-controlled text cannot start another command', async () => {
    await publishJob(leakyReport(), context);
    const commands = runner.stdout().split('\n').filter(Boolean);
    expect(commands).toEqual([
      '::error title=GitHub token [github-token],file=src/a|b `x` <script>alert(1)</script>%0A| 🔴 critical | injected | row |.ts,line=3,col=5,endColumn=44::A GitHub token was added. (ghp_… (40 chars))%0AFix: Move the key to a secret store and rotate it.',
      expect.stringMatching(/^::error title=Generic API key \[generic-api-key\],file=src\/ok\.ts,line=9::ping @octocat /)
    ]);
    expectNoSecret(runner.stdout());
  });

  test('appends the full report to the job summary, escaped, with links at the head commit', async () => {
    await writeFile(process.env.GITHUB_STEP_SUMMARY!, '## an earlier step\n');
    await publishJob(leakyReport(), context);
    const summary = await runner.summary();
    expect(summary.startsWith('## an earlier step\n## ❌ launch-ready failed\n')).toBe(true);
    expect(summary).toContain(`event <code>pull&#95;request</code> · repository <code>acme/shop</code> · pull request <code>${PR}</code> · commit <code>${HEAD_SHA.slice(0, 12)}</code>`);
    expect(summary).toContain(`](https://github.test/acme/shop/blob/${HEAD_SHA}/src/ok.ts#L9)`);
    expectEscaped(summary);
    expectNoSecret(summary + runner.stdout());
  });

  test('no links when the report has no head commit', async () => {
    await publishJob(leakyReport({ run: { event: 'push' } }), context);
    const summary = await runner.summary();
    expect(summary).not.toContain('/blob/');
    expect(summary).toContain('<code>src/ok.ts&#58;9</code>');
  });

  test('past GitHub’s 10 annotations of a level, the summary says how many were not annotated', async () => {
    await publishJob(reportWith(manyFindings(13, 'high')), context);
    expect(runner.stdout().match(/^::error /gm)).toHaveLength(10);
    expect(await runner.summary()).toContain('3 findings were not annotated (GitHub shows at most 10 annotations of each level per step).');
  });

  test('without GITHUB_STEP_SUMMARY (a runner that has none) the annotations are still written and nothing throws', async () => {
    runner.setEnv({ GITHUB_STEP_SUMMARY: undefined });
    await publishJob(leakyReport(), context);
    expect(runner.stdout()).toMatch(/^::error title=GitHub token/m);
    runner.setEnv({ GITHUB_STEP_SUMMARY: `${runner.dir}/step_summary.md` });
    expect(await runner.summary()).toBe('');
  });
});

describe('setOutputs', () => {
  const cases: Array<[name: string, values: Parameters<typeof setOutputs>[1], expected: Record<string, string>]> = [
    [
      'every value given',
      { reportFile: '/tmp/r/report.json', sarifFile: '/tmp/r/results.sarif', commentUrl: 'https://github.test/acme/shop/pull/7#issuecomment-1' },
      { 'report-file': '/tmp/r/report.json', 'sarif-file': '/tmp/r/results.sarif', 'comment-url': 'https://github.test/acme/shop/pull/7#issuecomment-1' }
    ],
    ['none given: empty strings, never "undefined"', {}, { 'report-file': '', 'sarif-file': '', 'comment-url': '' }]
  ];

  test.each(cases)('%s', async (_name, values, files) => {
    setOutputs(leakyReport(), values);
    expect(await runner.outputs()).toEqual({ passed: 'false', critical: '1', high: '1', medium: '0', low: '0', ...files });
    expectNoSecret(await runner.outputText());
    expect(runner.stdout()).toBe('');
  });

  test('a passing report says passed=true with its counts', async () => {
    setOutputs(leakyReport({ failOn: 'never' }), {});
    expect(await runner.outputs()).toMatchObject({ passed: 'true', critical: '1', high: '1' });
  });

  test('a path with a newline stays one output value (heredoc delimiter)', async () => {
    setOutputs(leakyReport(), { reportFile: '/tmp/a\nsarif-file=/etc/passwd' });
    const outputs = await runner.outputs();
    expect(outputs['report-file']).toBe('/tmp/a\nsarif-file=/etc/passwd');
    expect(outputs['sarif-file']).toBe('');
  });
});

/** The report a run builds: one status definition under the gate, the target and where it came from. */
import type { Config } from '../../src/config/config-types.js';
import type { Context } from '../../src/context/context.js';
import { renderText } from '../../src/report/render-text.js';
import { buildReport } from '../../src/report/build-report.js';
import { makeFinding } from './fixture-report.js';

const context: Context = { eventName: 'local', kind: 'local', workspace: '/w', hasToken: false };
const config: Pick<Config, 'failOn' | 'baseUrl' | 'file'> = { failOn: 'critical' };
const medium = makeFinding({ check: 'env', ruleId: 'env-invalid', severity: 'medium', fingerprint: 'fp-medium' });

// Before: the header said "✔ launch-ready passed" above an env section marked failed (run-checks
// called any finding "failed"; the gate only counted findings at or above fail-on).
test('a check reads failed only where the verdict does: a medium finding under fail-on critical passes both', () => {
  const report = buildReport({ results: [{ check: 'env', status: 'passed', findings: [medium], metrics: {}, durationMs: 1 }], config, context });
  expect(report.gate).toMatchObject({ passed: true, blocking: 0, exitCode: 0 });
  expect(report.results[0]!.status).toBe('passed');
  const text = renderText(report, { color: false });
  expect(text.startsWith('✔ launch-ready passed')).toBe(true);
  expect(text).toContain('env  passed · 1 finding (1 medium)');
});

test('the same finding under fail-on medium fails the check and the verdict together', () => {
  const report = buildReport({ results: [{ check: 'env', status: 'passed', findings: [medium], metrics: {}, durationMs: 1 }], config, context, failOn: 'medium' });
  expect(report.gate).toMatchObject({ passed: false, blocking: 1, exitCode: 1 });
  expect(report.results[0]!.status).toBe('failed');
});

test('the report says which URL and environment the run tested, and where each came from', () => {
  const deploy: Context = { ...context, eventName: 'deployment_status', kind: 'deployment_status', deployUrl: 'https://pr-7.shop.dev', environment: 'preview' };
  const report = buildReport({ results: [], config, context: deploy });
  expect(report.run).toMatchObject({
    baseUrl: 'https://pr-7.shop.dev',
    baseUrlSource: 'the deployment_status event',
    environment: 'preview',
    environmentSource: 'the deployment_status event'
  });
});

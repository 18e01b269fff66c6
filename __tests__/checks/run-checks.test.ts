import type { Check } from '../../src/checks/check.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { selectChecks } from '../../src/checks/select-checks.js';
import type { Config } from '../../src/config/config-types.js';
import type { Context } from '../../src/context/context.js';
import { ConfigError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';

const config = { failOn: 'critical', headers: {}, secrets: {} } as unknown as Config;
const context: Context = { eventName: 'local', kind: 'local', workspace: '/w', hasToken: false };
const deps = { logger: silentLogger, now: () => 0 };

const finding = { check: 'ok', ruleId: 'r', severity: 'high' as const, title: 't', message: 'm', fingerprint: 'f' };
const checks: Check[] = [
  { name: 'ok', description: '', appliesTo: () => true, run: async () => ({ findings: [finding], metrics: { files: 2 } }) },
  {
    name: 'broken',
    description: '',
    appliesTo: () => true,
    run: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9\n    at internal/stack.js:1:1');
    }
  },
  { name: 'clean', description: '', appliesTo: () => true, run: async () => ({ findings: [] }) },
  { name: 'deploy-only', description: '', appliesTo: (_config, ctx) => ctx.kind === 'deployment_status', run: async () => ({ findings: [] }) }
];

test('a check that throws is errored with its first line; the others still run', async () => {
  const results = await runChecks(selectChecks(checks, 'auto', config, context), config, context, deps);
  expect(results.map(({ check, status, reason }) => ({ check, status, reason }))).toEqual([
    { check: 'ok', status: 'failed', reason: undefined },
    { check: 'broken', status: 'errored', reason: 'connect ECONNREFUSED 127.0.0.1:9' },
    { check: 'clean', status: 'passed', reason: undefined },
    { check: 'deploy-only', status: 'skipped', reason: 'not configured for this run' }
  ]);
  expect(results[0]).toMatchObject({ findings: [finding], metrics: { files: 2 }, durationMs: 0 });
});

test('an explicit list runs exactly those checks', async () => {
  const selected = selectChecks(checks, ['clean'], config, context);
  expect(selected.filter((entry) => !entry.skipReason).map((entry) => entry.check.name)).toEqual(['clean']);
});

test('an unknown check name is a usage error with a suggestion', () => {
  expect(() => selectChecks(checks, ['claen'], config, context)).toThrow(
    new ConfigError('unknown check "claen"; did you mean "clean"? (available: ok, broken, clean, deploy-only)')
  );
});

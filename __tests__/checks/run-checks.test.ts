import type { Check } from '../../src/checks/check.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { selectChecks } from '../../src/checks/select-checks.js';
import type { Config } from '../../src/config/config-types.js';
import type { Context } from '../../src/context/context.js';
import { ConfigError } from '../../src/errors.js';
import { checkDeps } from '../helpers/check-deps.js';

const config = { failOn: 'critical', headers: {}, timeoutMs: 600_000, secrets: {} } as unknown as Config;
const context: Context = { eventName: 'local', kind: 'local', workspace: '/w', hasToken: false };
const deps = checkDeps();

const finding = { check: 'ok', ruleId: 'r', severity: 'high' as const, title: 't', message: 'm', fingerprint: 'f' };
const always = () => ({ applies: true }) as const;
const checks: Check[] = [
  { name: 'ok', description: '', appliesTo: always, run: async () => ({ findings: [finding], metrics: { files: 2 } }) },
  {
    name: 'broken',
    description: '',
    appliesTo: always,
    run: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9\n    at internal/stack.js:1:1');
    }
  },
  { name: 'clean', description: '', appliesTo: always, run: async () => ({ findings: [] }) },
  {
    name: 'deploy-only',
    description: '',
    appliesTo: (_config, ctx) => (ctx.kind === 'deployment_status' ? { applies: true } : { applies: false, reason: 'no deployment: runs on deployment_status' }),
    run: async () => ({ findings: [] })
  }
];

test('a check that throws is errored with its first line; the others still run; a skip says why', async () => {
  const results = await runChecks(selectChecks(checks, 'auto', config, context), config, context, deps);
  expect(results.map(({ check, status, reason }) => ({ check, status, reason }))).toEqual([
    { check: 'ok', status: 'passed', reason: undefined },
    { check: 'broken', status: 'errored', reason: 'connect ECONNREFUSED 127.0.0.1:9' },
    { check: 'clean', status: 'passed', reason: undefined },
    { check: 'deploy-only', status: 'skipped', reason: 'no deployment: runs on deployment_status' }
  ]);
  expect(results[0]).toMatchObject({ findings: [finding], metrics: { files: 2 }, durationMs: 0 });
});

describe('deadlines', () => {
  const hangs = (seen: AbortSignal[]): Check => ({
    name: 'hangs',
    description: '',
    appliesTo: always,
    // Never settles, and ignores its signal: the deadline must end it anyway.
    run: (_config, _context, checkDeps) => {
      seen.push(checkDeps.signal);
      return new Promise(() => {});
    }
  });

  test('a check that never resolves ends errored at its deadline; the others keep their findings', async () => {
    const seen: AbortSignal[] = [];
    const timed = { ...config, timeoutMs: 200 } as Config;
    const registry = [checks[0]!, hangs(seen)];
    const results = await runChecks(selectChecks(registry, 'auto', timed, context), timed, context, deps);
    expect(results.map(({ check, status }) => ({ check, status }))).toEqual([
      { check: 'ok', status: 'passed' },
      { check: 'hangs', status: 'errored' }
    ]);
    expect(results[0]!.findings).toEqual([finding]);
    expect(results[1]!.reason).toMatch(/^timed out after 0\.2 s/);
    expect(seen[0]!.aborted).toBe(true);
  });

  test("a section's timeout wins over the top-level one, and says so in seconds", async () => {
    const timed = { ...config, timeoutMs: 600_000, hangs: { timeoutMs: 1_000 } } as unknown as Config;
    const results = await runChecks(selectChecks([hangs([])], 'auto', timed, context), timed, context, deps);
    expect(results[0]).toMatchObject({ status: 'errored', reason: expect.stringMatching(/^timed out after 1 s; raise `timeout`/) });
  });

  test('a check that finishes in time is told to stop nothing: its signal is aborted only after it ended', async () => {
    let abortedWhileRunning: boolean | undefined;
    const quick: Check = {
      name: 'quick',
      description: '',
      appliesTo: always,
      run: async (_config, _context, checkDeps) => {
        abortedWhileRunning = checkDeps.signal.aborted;
        return { findings: [] };
      }
    };
    const results = await runChecks(selectChecks([quick], 'auto', config, context), config, context, deps);
    expect(results[0]!.status).toBe('passed');
    expect(abortedWhileRunning).toBe(false);
  });
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

describe('redaction, once, before the report exists', () => {
  const DB_PASSWORD = 'Pl4nted-db-password-77';
  const FILE_SECRET = 'Pl4nted-file-secret-42';
  const withSecretVar = { ...config, env: { vars: { DB_PASSWORD: { type: 'string', secret: true } } } } as unknown as Config;
  const echoes = (name: string, text: string): Check => ({
    name,
    description: '',
    appliesTo: always,
    run: async () => ({ findings: [{ ...finding, check: name, message: `saw ${text}` }], reason: `because ${text}` })
  });

  test("a secret env var's value and a value a check says it read are cut from every check, errors included", async () => {
    const registry: Check[] = [
      echoes('echo-env', DB_PASSWORD),
      echoes('echo-file', FILE_SECRET),
      { name: 'reads', description: '', appliesTo: always, run: async () => ({ findings: [], redact: [FILE_SECRET] }) },
      {
        name: 'throws',
        description: '',
        appliesTo: always,
        run: async () => {
          throw new Error(`could not parse ${DB_PASSWORD}`);
        }
      }
    ];
    const deps = checkDeps({ env: { DB_PASSWORD } });
    const results = await runChecks(selectChecks(registry, 'auto', withSecretVar, context), withSecretVar, context, deps);
    const text = JSON.stringify(results);
    expect(text).not.toContain(DB_PASSWORD);
    expect(text).not.toContain(FILE_SECRET);
    expect(results[0]!.findings[0]!.message).toBe('saw [redacted]');
    expect(results[3]).toMatchObject({ status: 'errored', reason: 'could not parse [redacted]' });
    expect(results.every((result) => !('redact' in result))).toBe(true);
  });
});

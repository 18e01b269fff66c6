/** `secrets.artifacts`: build output git ignores, and the values of secret env vars shipped in it. */
import { mkdir, writeFile } from 'node:fs/promises';
import { checkDeps } from '../../helpers/check-deps.js';
import { join } from 'node:path';
import type { CheckDeps } from '../../../src/checks/check.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import type { Config } from '../../../src/config/config-types.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';
import { envDefaults } from '../../../src/config/to-config.js';

/** A server-side value with no provider format: only the known-value search can find it. */
const DATABASE_PASSWORD = ['pg', 'Pass', '-7Hq2', 'Lw9Zx'].join('');

describe('secrets check, artifacts', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('.gitignore', 'dist/\n');
    await repo.write('src/app.ts', 'export const key = process.env.STRIPE_SECRET_KEY;\n');
    await repo.commit('app');
    await mkdir(join(repo.dir, 'dist'), { recursive: true });
    await writeFile(join(repo.dir, 'dist/app.js'), `var a=1;var k="${FAKE.stripeLive}";var db=${JSON.stringify({ password: DATABASE_PASSWORD })};\n`);
  });

  afterAll(() => repo.cleanup());

  test('a secret in a git-ignored bundle is found, and a secret env value shipped in it too', async () => {
    const logger = recordingLogger();
    const deps: CheckDeps = checkDeps({ logger, env: { DATABASE_PASSWORD, UNRELATED: 'x'.repeat(20) } });
    const config: Config = {
      ...configWith({ scan: 'tree', artifacts: ['dist/**'] }),
      env: { ...envDefaults(),
      files: [], vars: { DATABASE_PASSWORD: { type: 'string', secret: true }, PORT: { type: 'port' } } }
    };
    const context: Context = { eventName: 'local', kind: 'local', workspace: repo.dir, hasToken: false };
    const outcome = await secretsCheck.run(config, context, deps);

    const paths = outcome.findings.map((f) => [f.ruleId, f.location?.kind === 'file' ? f.location.path : undefined]);
    expect(paths).toContainEqual(['stripe-live-secret-key', 'dist/app.js']);
    expect(paths).toContainEqual(['env-secret-in-artifact', 'dist/app.js']);
    expect(outcome.findings.find((f) => f.ruleId === 'env-secret-in-artifact')).toMatchObject({ severity: 'critical', evidence: 'value of DATABASE_PASSWORD (16 chars)' });
    expect(outcome.metrics).toMatchObject({ filesScanned: 3, filesSkipped: 0 });
    expectNotLeaked(outputSurface(outcome, logger), [...Object.values(FAKE), DATABASE_PASSWORD]);
  });

  test('without the env value (or without artifacts), the bundle is not searched for it', async () => {
    const deps: CheckDeps = checkDeps({ logger: recordingLogger() });
    const context: Context = { eventName: 'local', kind: 'local', workspace: repo.dir, hasToken: false };
    const outcome = await secretsCheck.run(configWith({ scan: 'tree', artifacts: ['dist/**'] }), context, deps);
    expect(outcome.findings.map((f) => f.ruleId)).toContain('stripe-live-secret-key');
    expect(outcome.findings.map((f) => f.ruleId)).not.toContain('env-secret-in-artifact');
    const withoutArtifacts = await secretsCheck.run(configWith({ scan: 'tree' }), context, { ...deps, env: { DATABASE_PASSWORD } });
    expect(withoutArtifacts.findings).toEqual([]);
  });
});

/** `scan: history`: every commit, each finding saying which commit added the secret and who wrote it. */
import type { CheckDeps } from '../../../src/checks/check.js';
import { checkDeps } from '../../helpers/check-deps.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';

describe('secrets check, history scan', () => {
  let repo: TestRepo;
  let added: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    await repo.commit('start', { author: 'Grace Hopper' });
    await repo.write('src/deploy.ts', `export const token = '${FAKE.githubClassic}';\n`);
    await repo.write('.env.local', `STRIPE_SECRET_KEY=${FAKE.stripeLive}\n`);
    added = await repo.commit('deploy script', { author: 'Ada Lovelace' });
    // Removed since: the tree is clean, the history is not.
    await repo.write('src/deploy.ts', 'export const token = process.env.GITHUB_TOKEN;\n');
    await repo.git(['rm', '--quiet', '--cached', '.env.local']);
    await repo.commit('read the token from the environment', { author: 'Grace Hopper' });
  });

  afterAll(() => repo.cleanup());

  test('finds secrets that are gone from the tree, with the commit that added them', async () => {
    const logger = recordingLogger();
    const deps: CheckDeps = checkDeps({ logger });
    const context: Context = { eventName: 'local', kind: 'local', workspace: repo.dir, hasToken: false };
    const outcome = await secretsCheck.run(configWith({ scan: 'history' }), context, deps);

    const commit = { sha: added, author: 'Ada Lovelace', date: '2025-01-01T00:00:00+00:00' };
    const found = outcome.findings.map((f) => [f.ruleId, f.location]);
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        ['committed-env-file', { kind: 'file', path: '.env.local', line: 1, commit }],
        ['stripe-live-secret-key', { kind: 'file', path: '.env.local', line: 1, column: 19, endColumn: 55, commit }],
        ['github-token', { kind: 'file', path: 'src/deploy.ts', line: 1, column: 23, endColumn: 63, commit }]
      ])
    );
    expect(outcome.findings.find((f) => f.ruleId === 'committed-env-file')?.severity).toBe('critical');
    expect(outcome.metrics).toEqual({ filesScanned: 4, bytesScanned: expect.any(Number), commitsScanned: 3, filesSkipped: 0 });
    const surface = outputSurface(outcome, logger);
    expect(surface).not.toContain('@launch-ready.invalid');
    expectNotLeaked(surface);
  });

  test('a lone carriage return (old Mac line endings) hides none of the lines after it', async () => {
    const crRepo = await createRepo();
    try {
      await crRepo.write('legacy/notes.txt', `first\rsecond\rthird\nconst key = "${FAKE.stripeLive}";\n`);
      await crRepo.commit('notes');
      const context: Context = { eventName: 'local', kind: 'local', workspace: crRepo.dir, hasToken: false };
      const outcome = await secretsCheck.run(configWith({ scan: 'history' }), context, checkDeps({ logger: recordingLogger() }));
      // Git counts lines by \n, and so does the finding: line 2.
      expect(outcome.findings.map((f) => [f.ruleId, f.location?.kind === 'file' ? f.location.line : undefined])).toEqual([['stripe-live-secret-key', 2]]);
    } finally {
      await crRepo.cleanup();
    }
  });
});

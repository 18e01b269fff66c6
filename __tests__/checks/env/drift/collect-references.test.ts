/** `collectReferences` on real folders and real git repositories. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectReferences, DEFAULT_DRIFT_INCLUDE } from '../../../../src/checks/env/drift/collect-references.js';
import { MAX_FILE_BYTES } from '../../../../src/files/skip-policy.js';
import { createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { copyEnvApp } from './env-app.js';

const NO_FILTERS = { include: [], exclude: [], ignore: [] };
const where = (references: Array<{ name: string; file: string; line: number }>): string[] =>
  references.map(({ name, file, line }) => `${file}:${line} ${name}`);

describe('a folder that is not a git repository (the fixture app)', () => {
  let app: Awaited<ReturnType<typeof copyEnvApp>>;

  beforeAll(async () => {
    app = await copyEnvApp();
  });

  afterAll(() => app.cleanup());

  test('every language and the workflow, in path order; vendored code is skipped', async () => {
    const references = await collectReferences(app.dir, NO_FILTERS);
    expect([...new Set(references.map((reference) => reference.file))]).toEqual([
      '.github/workflows/deploy.yml',
      'cmd/health/main.go',
      'scripts/seed.rb',
      'src/client.js',
      'src/server.ts',
      'worker/jobs.py'
    ]);
    expect(references.map((reference) => reference.name)).not.toContain('VENDORED_TRACKER_ID');
  });

  test('exclude globs drop files; include globs replace the default', async () => {
    const excluded = await collectReferences(app.dir, { ...NO_FILTERS, exclude: ['scripts/**', '**/*.go'] });
    expect(excluded.some((reference) => reference.file.startsWith('scripts/') || reference.file.endsWith('.go'))).toBe(false);
    expect(excluded.some((reference) => reference.file === 'src/server.ts')).toBe(true);
    const included = await collectReferences(app.dir, { ...NO_FILTERS, include: ['worker/**'] });
    expect(where(included)).toEqual(['worker/jobs.py:4 REDIS_URL', 'worker/jobs.py:5 WORKER_CONCURRENCY', 'worker/jobs.py:6 SMTP_HOST']);
  });
});

describe('a git repository', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('.gitignore', 'dist/\n');
    await repo.write('src/tracked.ts', 'process.env.TRACKED;\n');
    await repo.write('dist/bundle.js', 'process.env.BUILD_OUTPUT;\n');
    await repo.write('node_modules/lib/index.js', 'process.env.DEPENDENCY;\n');
    await repo.write('vendor/lib.js', 'process.env.VENDORED;\n');
    await repo.write('src/binary.js', new Uint8Array([...Buffer.from('process.env.BINARY'), 0, 1, 2]));
    await repo.write('src/huge.js', `process.env.HUGE;\n${'x'.repeat(MAX_FILE_BYTES)}\n`);
    await repo.git(['add', 'src/tracked.ts', 'vendor/lib.js', 'src/binary.js', 'src/huge.js', '.gitignore']);
    const head = await repo.commit('app');
    // A submodule: git lists its path, which is a folder (here named like a source file).
    await repo.git(['update-index', '--add', '--cacheinfo', `160000,${head},src/module.ts`]);
    await mkdir(join(repo.dir, 'src', 'module.ts'));
    await repo.write('src/new.ts', 'process.env.NOT_YET_ADDED;\n');
    // Read once, as the file it points to: a symlink is never followed.
    await symlink('tracked.ts', join(repo.dir, 'src', 'link.ts'));
  });

  afterAll(() => repo.cleanup());

  test('tracked and untracked files count; ignored, vendored, binary and oversized files, symlinks and submodules do not', async () => {
    expect(where(await collectReferences(repo.dir, NO_FILTERS))).toEqual(['src/new.ts:1 NOT_YET_ADDED', 'src/tracked.ts:1 TRACKED']);
  });

  test('a subfolder of the repository is searched on its own, with paths relative to it', async () => {
    await mkdir(join(repo.dir, 'packages', 'api'), { recursive: true });
    await writeFile(join(repo.dir, 'packages', 'api', 'main.py'), 'os.getenv("API_ONLY")\n');
    expect(where(await collectReferences(join(repo.dir, 'packages', 'api'), NO_FILTERS))).toEqual(['main.py:1 API_ONLY']);
  });
});

test('the default include covers the languages drift reads and the workflows', () => {
  expect(DEFAULT_DRIFT_INCLUDE).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte,astro,py,rb,go,prisma}', '.github/workflows/*.{yml,yaml}']);
});

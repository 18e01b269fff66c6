/** The files a pull request changes, from real git repositories (shallow clones of a local bare remote included). */
import type { PullRequestFile } from '../../../../src/github/github-reader.js';
import { API_FALLBACK_NOTE, readPullRequestFiles } from '../../../../src/checks/secrets/sources/pull-request-files.js';
import { cloneRepo, createBareRemote, createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, everyPath, lineOf, reported, skipped, sourceDeps, sources } from './collect.js';

const COMMITS = 35;

describe('a pull request of many commits', () => {
  let repo: TestRepo;
  let baseSha: string;
  let headSha: string;
  const pullRequest = () => ({ number: 7, baseSha, headSha });

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    await repo.write('src/keys.ts', 'export const keys = {\n};\n');
    await repo.commit('base');
    await repo.git(['checkout', '--quiet', '-b', 'feature']);
    // More commits than the PR commits API returns per page: every one must be seen.
    for (let index = 1; index <= COMMITS; index += 1) {
      await repo.write(`src/file-${index}.ts`, `export const value${index} = ${index};\n`);
      await repo.commit(`commit ${index}`);
    }
    // A multi-line block in the middle of an existing file.
    await repo.write('src/keys.ts', 'export const keys = {\n  pem: `-----BEGIN BLOCK-----\nline one\nline two\n-----END BLOCK-----`,\n};\n');
    // Added, then removed again within the PR: not a net change.
    await repo.write('src/tmp.ts', 'temporary\n');
    await repo.commit('keys and a temporary file');
    await repo.git(['rm', '--quiet', 'src/tmp.ts']);
    await repo.write('vendor/lib.js', 'vendored\n');
    await repo.write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    headSha = await repo.commit('remove the temporary file');
    await repo.git(['checkout', '--quiet', 'main']);
    await repo.write('README.md', '# shop\n\nmain moved on\n');
    baseSha = await repo.commit('main moves on');
  });

  afterAll(() => repo.cleanup());

  test('every line the PR adds is reported, across all its commits, from the merge base', async () => {
    const deps = sourceDeps();
    const items = await collect(readPullRequestFiles({ workspace: repo.dir, pullRequest: pullRequest(), isSelected: everyPath, ...deps }));

    const expected: Record<string, number[]> = { 'src/keys.ts': [2, 3, 4, 5] };
    for (let index = 1; index <= COMMITS; index += 1) expected[`src/file-${index}.ts`] = [1];
    expect(reported(items)).toEqual(expected);
    expect(skipped(items).sort()).toEqual([['assets/logo.png', 'binary'], ['vendor/lib.js', 'vendored']]);
    expect(deps.coverage).toEqual({ commits: COMMITS + 2, notes: [] });
  });

  test('each changed file comes whole, so a multi-line block is one text', async () => {
    const items = await collect(readPullRequestFiles({ workspace: repo.dir, pullRequest: pullRequest(), isSelected: everyPath, ...sourceDeps() }));
    const keys = sources(items).find((source) => source.path === 'src/keys.ts');
    expect(keys).toMatchObject({ origin: 'added', text: 'export const keys = {\n  pem: `-----BEGIN BLOCK-----\nline one\nline two\n-----END BLOCK-----`,\n};\n' });
  });

  test('the path filter applies before anything is read', async () => {
    const isSelected = (path: string) => path === 'src/file-3.ts';
    const items = await collect(readPullRequestFiles({ workspace: repo.dir, pullRequest: pullRequest(), isSelected, ...sourceDeps() }));
    expect(reported(items)).toEqual({ 'src/file-3.ts': [1] });
  });
});

describe('a shallow checkout', () => {
  let origin: TestRepo;
  let remote: Awaited<ReturnType<typeof createBareRemote>>;
  let baseSha: string;
  let headSha: string;

  beforeAll(async () => {
    origin = await createRepo();
    for (let index = 1; index <= 8; index += 1) {
      await origin.write('history.txt', `${'line\n'.repeat(index)}`);
      await origin.commit(`main ${index}`);
    }
    baseSha = (await origin.git(['rev-parse', 'HEAD'])).trim();
    await origin.git(['checkout', '--quiet', '-b', 'feature', 'HEAD~3']);
    for (let index = 1; index <= 4; index += 1) {
      await origin.write(`feature-${index}.txt`, `feature ${index}\n`);
      headSha = await origin.commit(`feature ${index}`);
    }
    remote = await createBareRemote(origin);
  });

  afterAll(async () => {
    await origin.cleanup();
    await remote.cleanup();
  });

  test('is deepened from its remote until the merge base is there', async () => {
    // actions/checkout's default: one commit of the branch under test.
    const clone = await cloneRepo(remote.url, ['--depth=1', '--branch=feature']);
    try {
      expect((await clone.git(['rev-parse', '--is-shallow-repository'])).trim()).toBe('true');
      const deps = sourceDeps();
      const items = await collect(readPullRequestFiles({ workspace: clone.dir, pullRequest: { number: 1, baseSha, headSha }, isSelected: everyPath, ...deps }));
      expect(reported(items)).toEqual({ 'feature-1.txt': [1], 'feature-2.txt': [1], 'feature-3.txt': [1], 'feature-4.txt': [1] });
      expect(deps.coverage).toEqual({ commits: 4, notes: [] });
      expect(deps.logger.lines).toContain('info: secrets: the checkout is shallow; fetching 50 more commits of history from origin');
    } finally {
      await clone.cleanup();
    }
  });

  test('without a way to deepen, the PR files API is used and the check says what it could not see', async () => {
    const clone = await cloneRepo(remote.url, ['--depth=1', '--branch=feature']);
    try {
      await clone.git(['remote', 'remove', 'origin']);
      const files: PullRequestFile[] = [
        { filename: 'src/app.ts', status: 'modified', patch: '@@ -1,2 +1,3 @@\n import a from "a";\n+const added = 1;\n export {};' },
        { filename: 'assets/logo.png', status: 'added' },
        { filename: 'old.txt', status: 'removed', patch: '@@ -1 +0,0 @@\n-gone' }
      ];
      const deps = sourceDeps();
      const items = await collect(
        readPullRequestFiles({ workspace: clone.dir, pullRequest: { number: 1, baseSha, headSha }, isSelected: everyPath, listPullRequestFiles: async () => files, ...deps })
      );
      const [app] = sources(items);
      expect(app).toEqual({ path: 'src/app.ts', text: '\nconst added = 1;\n', origin: 'added' });
      expect(lineOf(app!, 2)).toBe('const added = 1;');
      expect(skipped(items)).toEqual([['assets/logo.png', 'no-patch']]);
      expect(deps.coverage.notes).toEqual([API_FALLBACK_NOTE]);
    } finally {
      await clone.cleanup();
    }
  });

  test('with neither, the error names the missing commit and the fix', async () => {
    const clone = await cloneRepo(remote.url, ['--depth=1', '--branch=feature']);
    try {
      await clone.git(['remote', 'remove', 'origin']);
      await expect(readPullRequestFiles({ workspace: clone.dir, pullRequest: { number: 1, baseSha, headSha }, isSelected: everyPath, ...sourceDeps() })).rejects.toThrow(
        `the PR's base commit ${baseSha} is not in the checkout: use actions/checkout with fetch-depth: 0, or give a token so the PR files API can be used`
      );
    } finally {
      await clone.cleanup();
    }
  });
});

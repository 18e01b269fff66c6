/** Every line every commit added, with the commit that added it, from a real repository. */
import { readHistoryFiles } from '../../../../src/checks/secrets/sources/history-files.js';
import { MAX_FILE_BYTES } from '../../../../src/files/skip-policy.js';
import { cloneRepo, createBareRemote, createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, everyPath, skipped, sourceDeps, sources } from './collect.js';

describe('history scan', () => {
  let repo: TestRepo;
  const shas: string[] = [];

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('config.ts', 'export const key = "first";\n');
    shas.push(await repo.commit('add the key', { author: 'Ada Lovelace' }));
    // Removed again: still in the history, so still found, attributed to the commit that added it.
    await repo.write('config.ts', 'export const key = process.env.KEY;\n');
    await repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await repo.write('node_modules/lib/index.js', 'vendored\n');
    shas.push(await repo.commit('read the key from the environment', { author: 'Grace Hopper' }));
    await repo.git(['checkout', '--quiet', '-b', 'side']);
    await repo.write('side.txt', 'only on a side branch\n');
    shas.push(await repo.commit('side branch', { author: 'Edsger Dijkstra' }));
    await repo.git(['checkout', '--quiet', 'main']);
  });

  afterAll(() => repo.cleanup());

  test('yields each commit\'s added lines, parents first, with sha, author name and date', async () => {
    const deps = sourceDeps();
    const items = await collect(readHistoryFiles({ workspace: repo.dir, isSelected: everyPath, ...deps }));
    const date = '2025-01-01T00:00:00Z'.replace('Z', '+00:00');
    expect(sources(items)).toEqual([
      { path: 'config.ts', text: 'export const key = "first";\n', origin: 'history', commit: { sha: shas[0], author: 'Ada Lovelace', date } },
      { path: 'config.ts', text: 'export const key = process.env.KEY;\n', origin: 'history', commit: { sha: shas[1], author: 'Grace Hopper', date } },
      { path: 'side.txt', text: 'only on a side branch\n', origin: 'history', commit: { sha: shas[2], author: 'Edsger Dijkstra', date } }
    ]);
    expect(skipped(items)).toEqual([['logo.png', 'binary'], ['node_modules/lib/index.js', 'vendored']]);
    expect(deps.coverage).toEqual({ commits: 3, notes: [] });
  });

  test('the author\'s email is never part of a source', async () => {
    const items = await collect(readHistoryFiles({ workspace: repo.dir, isSelected: everyPath, ...sourceDeps() }));
    expect(JSON.stringify(items)).not.toContain('@launch-ready.invalid');
  });

  test('a shallow clone is unshallowed from its remote first', async () => {
    const remote = await createBareRemote(repo);
    const clone = await cloneRepo(remote.url, ['--depth=1']);
    try {
      const deps = sourceDeps();
      const items = await collect(readHistoryFiles({ workspace: clone.dir, isSelected: everyPath, ...deps }));
      // A single-branch clone: the history of its branch, complete.
      expect(sources(items).map((source) => source.commit?.sha)).toEqual(shas.slice(0, 2));
      expect(deps.coverage.notes).toEqual([]);
    } finally {
      await Promise.all([clone.cleanup(), remote.cleanup()]);
    }
  });

  test('a shallow clone that cannot be deepened says that only part of the history was scanned', async () => {
    const remote = await createBareRemote(repo);
    const clone = await cloneRepo(remote.url, ['--depth=1', '--branch=main']);
    try {
      await clone.git(['remote', 'remove', 'origin']);
      const deps = sourceDeps();
      const items = await collect(readHistoryFiles({ workspace: clone.dir, isSelected: everyPath, ...deps }));
      expect(sources(items).map((source) => source.path)).toEqual(['config.ts']);
      expect(deps.coverage).toEqual({
        commits: 1,
        notes: ['the checkout is shallow and could not be deepened, so only the fetched part of the history was scanned; use actions/checkout with fetch-depth: 0']
      });
    } finally {
      await Promise.all([clone.cleanup(), remote.cleanup()]);
    }
  });

  test('a file that adds more than a file may have is skipped as too large, whatever its lines, and the rest of the commit is read', async () => {
    const big = await createRepo();
    try {
      await big.write('a-small.txt', 'before\n');
      await big.write('dump/one-line.sql', 'x'.repeat(MAX_FILE_BYTES + 1));
      await big.write('dump/many-lines.sql', `${'y'.repeat(999)}\n`.repeat(MAX_FILE_BYTES / 1000 + 1));
      // Exactly at the limit (with its line ending): scanned.
      await big.write('dump/at-limit.sql', `${'z'.repeat(MAX_FILE_BYTES - 1)}\n`);
      await big.write('z-small.txt', 'after\n');
      await big.commit('dumps');
      const items = await collect(readHistoryFiles({ workspace: big.dir, isSelected: everyPath, ...sourceDeps() }));
      expect(sources(items).map((source) => [source.path, source.text.length])).toEqual([
        ['a-small.txt', 7],
        ['dump/at-limit.sql', MAX_FILE_BYTES],
        ['z-small.txt', 6]
      ]);
      expect(skipped(items)).toEqual([
        ['dump/many-lines.sql', 'too-large'],
        ['dump/one-line.sql', 'too-large']
      ]);
    } finally {
      await big.cleanup();
    }
  });
});

/** The files a push (or merge group) changes: fast-forward, force push, new branch, shallow checkout. */
import { readPushFiles } from '../../../../src/checks/secrets/sources/push-files.js';
import { cloneRepo, createBareRemote, createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, everyPath, reported, sourceDeps } from './collect.js';

type Remote = Awaited<ReturnType<typeof createBareRemote>>;

describe('pushes to a repository with a remote', () => {
  let origin: TestRepo;
  let remote: Remote;
  let clone: TestRepo;
  let first: string;
  let third: string;

  beforeAll(async () => {
    origin = await createRepo();
    await origin.write('README.md', '# shop\n');
    first = await origin.commit('first');
    await origin.write('a.txt', 'a\n');
    await origin.commit('second');
    await origin.write('b.txt', 'b\n');
    await origin.write('README.md', '# shop\n\nmore\n');
    third = await origin.commit('third');
    remote = await createBareRemote(origin);
    clone = await cloneRepo(remote.url);
  });

  afterAll(async () => {
    await Promise.all([origin.cleanup(), remote.cleanup(), clone.cleanup()]);
  });

  test('a fast-forward scans before..after', async () => {
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: clone.dir, push: { before: first, after: third }, isSelected: everyPath, ...deps }));
    expect(reported(items)).toEqual({ 'README.md': [2, 3], 'a.txt': [1], 'b.txt': [1] });
    expect(deps.coverage).toEqual({ commits: 2, notes: [] });
  });

  test('a force push scans from the merge base of the old and new tips', async () => {
    await clone.git(['checkout', '--quiet', '-b', 'rewrite', first]);
    await clone.write('old.txt', 'old\n');
    const before = await clone.commit('the commit that is force-pushed away');
    await clone.git(['reset', '--quiet', '--hard', first]);
    await clone.write('new.txt', 'new\n');
    const after = await clone.commit('the rewritten commit');
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: clone.dir, push: { before, after }, isSelected: everyPath, ...deps }));
    expect(reported(items)).toEqual({ 'new.txt': [1] });
    expect(deps.coverage).toEqual({ commits: 1, notes: [] });
    expect(deps.logger.lines).toContain(`info: secrets: force push: scanning from the merge base ${first.slice(0, 12)} of ${before.slice(0, 12)} and ${after.slice(0, 12)}`);
  });

  test('a new branch scans the commits no other remote branch has', async () => {
    await clone.git(['checkout', '--quiet', '-b', 'feature', third]);
    await clone.write('feature.txt', 'one\n');
    await clone.commit('feature one');
    await clone.write('feature.txt', 'one\ntwo\n');
    const after = await clone.commit('feature two');
    // As actions/checkout leaves it: the pushed branch is a remote-tracking ref at `after`.
    await clone.git(['push', '--quiet', 'origin', 'feature']);
    await clone.git(['fetch', '--quiet', 'origin']);
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: clone.dir, push: { after }, isSelected: everyPath, ...deps }));
    expect(reported(items)).toEqual({ 'feature.txt': [1, 2] });
    expect(deps.coverage).toEqual({ commits: 2, notes: [] });
  });

  test('a new branch from an existing commit brings nothing new', async () => {
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: clone.dir, push: { after: first }, isSelected: everyPath, ...deps }));
    expect(items).toEqual([]);
    expect(deps.coverage).toEqual({ commits: 0, notes: [] });
  });
});

describe('pushes without history to compare with', () => {
  let repo: TestRepo;
  let head: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('src/app.ts', 'app\n');
    await repo.write('README.md', 'readme\n');
    head = await repo.commit('only');
  });

  afterAll(() => repo.cleanup());

  test('a new branch with no other remote branch: every tracked file, said at info level', async () => {
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: repo.dir, push: { after: head }, isSelected: everyPath, ...deps }));
    expect(reported(items)).toEqual({ 'README.md': 'all', 'src/app.ts': 'all' });
    expect(deps.coverage.notes).toEqual([]);
    expect(deps.logger.lines).toContain('info: secrets: new branch and no other remote branch in the checkout to compare with; scanning every tracked file');
  });

  test('a previous tip that no longer exists anywhere: the commits on no other branch', async () => {
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: repo.dir, push: { before: 'e'.repeat(40), after: head }, isSelected: everyPath, ...deps }));
    expect(Object.keys(reported(items))).toEqual(['README.md', 'src/app.ts']);
    expect(deps.logger.lines).toContain(`info: secrets: the previous tip ${'e'.repeat(12)} is not in the history of the checkout; scanning the commits on no other branch`);
  });

  test('the pushed commit is missing: the checked-out files, and a note saying so', async () => {
    const deps = sourceDeps();
    const items = await collect(readPushFiles({ workspace: repo.dir, push: { before: head, after: 'd'.repeat(40) }, isSelected: everyPath, ...deps }));
    expect(Object.keys(reported(items))).toEqual(['README.md', 'src/app.ts']);
    expect(deps.coverage.notes).toEqual([`the pushed commit ${'d'.repeat(12)} is not in the checkout, so the checked-out files were scanned instead`]);
  });
});

describe('a push to a shallow checkout', () => {
  let origin: TestRepo;
  let remote: Remote;
  let before: string;
  let after: string;

  beforeAll(async () => {
    origin = await createRepo();
    await origin.write('base.txt', 'base\n');
    before = await origin.commit('before the push');
    for (let index = 1; index <= 3; index += 1) {
      await origin.write(`pushed-${index}.txt`, `pushed ${index}\n`);
      after = await origin.commit(`pushed ${index}`);
    }
    remote = await createBareRemote(origin);
  });

  afterAll(async () => {
    await Promise.all([origin.cleanup(), remote.cleanup()]);
  });

  test('a new branch whose fork point is beyond the shallow history: deepens until it is found', async () => {
    await origin.git(['checkout', '--quiet', '-b', 'feature']);
    await origin.write('feature.txt', 'one\n');
    await origin.commit('feature one');
    await origin.write('feature.txt', 'one\ntwo\n');
    const tip = await origin.commit('feature two');
    await origin.git(['checkout', '--quiet', 'main']);
    const branches = await createBareRemote(origin);
    const clone = await cloneRepo(branches.url, ['--depth=1', '--no-single-branch']);
    try {
      const deps = sourceDeps();
      const items = await collect(readPushFiles({ workspace: clone.dir, push: { after: tip }, isSelected: everyPath, ...deps }));
      expect(reported(items)).toEqual({ 'feature.txt': [1, 2] });
      expect(deps.coverage).toEqual({ commits: 2, notes: [] });
      expect(deps.logger.lines).toContain('info: secrets: the checkout is shallow; fetching 50 more commits of history from origin');
    } finally {
      await Promise.all([clone.cleanup(), branches.cleanup()]);
    }
  });

  test('deepens until `before` is there, then scans the range', async () => {
    const clone = await cloneRepo(remote.url, ['--depth=1']);
    try {
      const deps = sourceDeps();
      const items = await collect(readPushFiles({ workspace: clone.dir, push: { before, after }, isSelected: everyPath, ...deps }));
      expect(reported(items)).toEqual({ 'pushed-1.txt': [1], 'pushed-2.txt': [1], 'pushed-3.txt': [1] });
      expect(deps.coverage).toEqual({ commits: 3, notes: [] });
      expect(deps.logger.lines).toContain('info: secrets: the checkout is shallow; fetching 50 more commits of history from origin');
    } finally {
      await clone.cleanup();
    }
  });
});

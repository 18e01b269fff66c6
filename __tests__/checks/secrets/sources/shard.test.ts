/** Sharding splits the files exactly: every file in one shard, none in two, the same on every run. */
import { hashPath, inShard, selectPaths } from '../../../../src/checks/secrets/sources/shard.js';
import { readTreeFiles } from '../../../../src/checks/secrets/sources/tree-files.js';
import { createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, sources } from './collect.js';

const paths = Array.from({ length: 1000 }, (_, index) => `src/module-${index}/file-${index % 7}.ts`);

test('FNV-1a 32-bit: the published test vectors', () => {
  // http://www.isthe.com/chongo/src/fnv/test_fnv.c
  expect(hashPath('')).toBe(0x811c9dc5);
  expect(hashPath('a')).toBe(0xe40c292c);
  expect(hashPath('foobar')).toBe(0xbf9cf968);
});

test.each([2, 3, 4, 7])('%i shards partition 1,000 paths: union is all, no overlap, none empty', (count) => {
  const shards = Array.from({ length: count }, (_, index) => paths.filter((path) => inShard(path, { index: index + 1, count })));
  const all = shards.flat();
  expect(all).toHaveLength(paths.length);
  expect(new Set(all).size).toBe(paths.length);
  // Spread: no shard holds more than twice its fair share.
  for (const shard of shards) expect(shard.length).toBeLessThan((2 * paths.length) / count);
  for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
});

test('no shard, or 1/1: every path', () => {
  expect(paths.every((path) => inShard(path, undefined) && inShard(path, { index: 1, count: 1 }))).toBe(true);
});

describe('sharded tree scans', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    for (let index = 0; index < 60; index += 1) await repo.write(`dir-${index % 4}/file-${index}.txt`, `${index}\n`);
    await repo.commit('files');
  });

  afterAll(() => repo.cleanup());

  test('three jobs cover the tree exactly once', async () => {
    const perShard = await Promise.all(
      [1, 2, 3].map(async (index) => {
        const items = await collect(readTreeFiles({ workspace: repo.dir, isSelected: selectPaths(() => true, { index, count: 3 }) }));
        return sources(items).map((source) => source.path);
      })
    );
    const union = perShard.flat().sort();
    const all = (await repo.git(['ls-files'])).trim().split('\n').sort();
    expect(union).toEqual(all);
    expect(new Set(union).size).toBe(all.length);
  });
});

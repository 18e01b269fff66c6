/** Tracked files read from disk, with every skip counted by reason. */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_BYTES, MAX_MINIFIED_BYTES } from '../../../../src/files/skip-policy.js';
import { readTreeFiles } from '../../../../src/checks/secrets/sources/tree-files.js';
import { createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, everyPath, reported, skipped } from './collect.js';

describe('tree scan', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('src/app.ts', 'app\n');
    await repo.write('docs/über café.md', 'docs\n');
    await repo.write('public/small.min.js', 'var a=1;\n');
    await repo.write('public/jquery.min.js', `${'x'.repeat(MAX_MINIFIED_BYTES)}\n`);
    await repo.write('node_modules/pkg/index.js', 'vendored\n');
    await repo.write('vendor/lib.rb', 'vendored\n');
    await repo.write('third_party/x/y.c', 'vendored\n');
    await repo.write('bin/blob.dat', Buffer.from([0, 1, 2, 3]));
    await repo.write('data/big.txt', 'a'.repeat(MAX_FILE_BYTES + 1));
    await symlink('src/app.ts', join(repo.dir, 'link.ts'));
    await repo.write('gone.txt', 'deleted after the commit\n');
    const head = await repo.commit('tree');
    // Listed by git, gone from the disk: a file deleted since, and a submodule (a folder).
    await rm(join(repo.dir, 'gone.txt'));
    await repo.git(['update-index', '--add', '--cacheinfo', `160000,${head},modules/lib`]);
    await mkdir(join(repo.dir, 'modules', 'lib'), { recursive: true });
    // Neither tracked nor ignored-but-present files are part of the tree.
    await writeFile(join(repo.dir, 'scratch.txt'), 'untracked\n');
  });

  afterAll(() => repo.cleanup());

  test('reads tracked text files whole and counts every skip by reason', async () => {
    const items = await collect(readTreeFiles({ workspace: repo.dir, isSelected: everyPath }));
    expect(reported(items)).toEqual({ 'docs/über café.md': 'all', 'public/small.min.js': 'all', 'src/app.ts': 'all' });
    expect(skipped(items).sort()).toEqual([
      ['bin/blob.dat', 'binary'],
      ['data/big.txt', 'too-large'],
      ['gone.txt', 'not-a-file'],
      ['link.ts', 'symlink'],
      ['modules/lib', 'not-a-file'],
      ['node_modules/pkg/index.js', 'vendored'],
      ['public/jquery.min.js', 'minified'],
      ['third_party/x/y.c', 'vendored'],
      ['vendor/lib.rb', 'vendored']
    ]);
    expect(items.find((item) => item.kind === 'source' && item.source.path === 'src/app.ts')).toEqual({
      kind: 'source',
      source: { path: 'src/app.ts', text: 'app\n', bytes: Buffer.from('app\n'), origin: 'present' },
      bytes: 4
    });
  });

  test('a workspace that is not a git repository: says so, with what to do instead', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'launch-ready-not-a-repo-'));
    try {
      await expect(collect(readTreeFiles({ workspace: dir, isSelected: everyPath }))).rejects.toThrow(`not a git repository: ${dir}; `);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

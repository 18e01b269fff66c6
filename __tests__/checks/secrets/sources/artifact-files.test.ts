/** Build output and logs matched by globs on disk, git-ignored files included. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArtifactFiles } from '../../../../src/checks/secrets/sources/artifact-files.js';
import { MAX_FILE_BYTES } from '../../../../src/files/skip-policy.js';
import { createRepo, type TestRepo } from '../../../helpers/git-repo.js';
import { collect, everyPath, reported, skipped } from './collect.js';

describe('artifact globs', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('.gitignore', 'dist/\nlogs/\n.next/\n');
    await repo.write('src/app.ts', 'source\n');
    await repo.commit('source');
    const put = async (path: string, content: string | Buffer) => {
      await mkdir(join(repo.dir, path, '..'), { recursive: true });
      await writeFile(join(repo.dir, path), content);
    };
    await put('dist/app.js', 'bundle\n');
    // Bigger than a source file may be, and minified: still scanned, it is what ships.
    await put('dist/vendor/app.min.js', `${'y'.repeat(MAX_FILE_BYTES + 10)}\n`);
    await put('dist/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await put('.next/static/chunk.js', 'chunk\n');
    await put('logs/build.log', 'log\n');
    await put('logs/nested/old.log', 'not matched by logs/*.log\n');
  });

  afterAll(() => repo.cleanup());

  test('finds git-ignored build output, with the artifact limits', async () => {
    const items = await collect(readArtifactFiles({ workspace: repo.dir, globs: ['dist/**', '.next/**', 'logs/*.log'], isSelected: everyPath }));
    expect(reported(items)).toEqual({ '.next/static/chunk.js': 'all', 'dist/app.js': 'all', 'dist/vendor/app.min.js': 'all', 'logs/build.log': 'all' });
    expect(skipped(items)).toEqual([['dist/logo.png', 'binary']]);
    expect(items.every((item) => item.kind !== 'source' || item.source.origin === 'artifact')).toBe(true);
  });

  test('a folder name covers the folder; the exclude filter and the size limit apply', async () => {
    const items = await collect(readArtifactFiles({ workspace: repo.dir, globs: ['dist'], isSelected: (path) => !path.endsWith('.png'), maxFileBytes: 100 }));
    expect(reported(items)).toEqual({ 'dist/app.js': 'all' });
    expect(skipped(items)).toEqual([['dist/vendor/app.min.js', 'too-large']]);
  });

  test('no globs, nothing read; globs never reach into .git or outside the workspace', async () => {
    expect(await collect(readArtifactFiles({ workspace: repo.dir, globs: [], isSelected: everyPath }))).toEqual([]);
    const items = await collect(readArtifactFiles({ workspace: join(repo.dir, 'src'), globs: ['../**', '.git/**', '**/HEAD'], isSelected: everyPath }));
    expect(items).toEqual([]);
  });
});

/** Any folder or file on disk (`launch-ready secrets scan PATH…`), git repository or not. */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFolderFiles, shownPath } from '../../../../src/checks/secrets/sources/folder-files.js';
import { collect, everyPath, reported, skipped } from './collect.js';

describe('folder scan', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-folder-')));
    const put = async (path: string, content: string | Buffer) => {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    };
    await put('app/.env', 'KEY=value\n');
    await put('app/src/main.ts', 'main\n');
    await put('app/.gitignore', 'ignored.txt\n');
    await put('app/ignored.txt', 'on disk, so scanned\n');
    await put('app/.git/config', 'never scanned\n');
    await put('app/node_modules/pkg/index.js', 'vendored\n');
    await put('app/image.bin', Buffer.from([1, 0, 2]));
    await put('other/notes.md', 'notes\n');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('walks a folder: dot files and ignored files included, .git never, skips counted', async () => {
    const items = await collect(readFolderFiles({ roots: [join(dir, 'app')], base: dir, isSelected: everyPath }));
    expect(reported(items)).toEqual({ 'app/.env': 'all', 'app/.gitignore': 'all', 'app/ignored.txt': 'all', 'app/src/main.ts': 'all' });
    expect(skipped(items).sort()).toEqual([['app/image.bin', 'binary'], ['app/node_modules/pkg/index.js', 'vendored']]);
  });

  test('a file named on the command line is scanned even in a vendored folder; overlapping roots once', async () => {
    const roots = [join(dir, 'app/node_modules/pkg/index.js'), join(dir, 'other'), join(dir, 'other/notes.md')];
    const items = await collect(readFolderFiles({ roots, base: dir, isSelected: everyPath }));
    expect(reported(items)).toEqual({ 'app/node_modules/pkg/index.js': 'all', 'other/notes.md': 'all' });
    expect(items).toHaveLength(2);
  });

  test('files are shown relative to the base, whether the root is the base, under it or outside it', async () => {
    const shown = async (root: string, base: string) =>
      Object.keys(reported(await collect(readFolderFiles({ roots: [root], base, isSelected: everyPath })))).sort();
    expect(await shown(join(dir, 'other'), join(dir, 'other'))).toEqual(['notes.md']);
    expect(await shown(join(dir, 'other'), dir)).toEqual(['other/notes.md']);
    expect(await shown(join(dir, 'other'), join(dir, 'app'))).toEqual([join(dir, 'other', 'notes.md').split('\\').join('/')]);
    expect(await shown(join(dir, 'app', 'src'), join(dir, 'app'))).toEqual(['src/main.ts']);
  });

  test('paths outside the base are shown absolute, with / separators', () => {
    expect(shownPath(join(dir, 'app', 'x.ts'), join(dir, 'app'))).toBe('x.ts');
    expect(shownPath(join(dir, 'other', 'x.ts'), join(dir, 'app'))).toBe(join(dir, 'other', 'x.ts').split('\\').join('/'));
  });
});

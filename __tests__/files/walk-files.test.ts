/**
 * The folder walk of `secrets scan`: the same files, in the same order, as the sorted glob it
 * replaced (tinyglobby `**` with dot files, no symlinks, `.git` left out), on a real tree with the
 * cases that tell them apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { ALWAYS_IGNORED } from '../../src/files/always-ignored.js';
import { walkFiles } from '../../src/files/walk-files.js';

describe('walkFiles', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'launch-ready-walk-'));
    const write = (path: string, text = 'x\n') => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    // Names around `/` in sort order: `-` and `.` sort before it, `0` and letters after.
    for (const path of ['a-b', 'a.txt', 'a/x', 'a/y/z', 'a0', 'A', 'B/c', '.env', '.github/workflows/ci.yml', 'ü/é.md', 'z z/file with space']) write(path);
    write('.git/config');
    write('nested/.git/HEAD');
    write('worktree/.git', 'gitdir: elsewhere\n');
    write('worktree/src/app.ts');
    mkdirSync(join(root, 'empty'));
    symlinkSync('a', join(root, 'link-to-folder'));
    symlinkSync('a.txt', join(root, 'link-to-file'));
    symlinkSync('nowhere', join(root, 'dangling'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('lists what the sorted glob lists, in its order', async () => {
    const globbed = (await glob('**', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORED })).sort();
    const walked = [...walkFiles(root)];
    expect(walked).toEqual(globbed);
    expect(walked).toEqual([
      '.env',
      '.github/workflows/ci.yml',
      'A',
      'B/c',
      'a-b',
      'a.txt',
      'a/x',
      'a/y/z',
      'a0',
      'worktree/src/app.ts',
      'z z/file with space',
      'ü/é.md'
    ]);
  });

  test('a folder that is missing lists nothing', () => {
    expect([...walkFiles(join(root, 'missing'))]).toEqual([]);
  });
});

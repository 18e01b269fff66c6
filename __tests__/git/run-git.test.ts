/**
 * src/git/run-git.ts (kept next to its first user; it belongs in __tests__/git/ once that folder
 * exists).
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitExists, GitError, runGit } from '../../src/git/run-git.js';
import { streamGitLines } from '../../src/git/stream-git.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

describe('runGit', () => {
  let repo: TestRepo;
  let sha: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('docs/über.md', 'hello\n');
    sha = await repo.commit('first');
  });

  afterAll(() => repo.cleanup());

  test('resolves with stdout; non-ASCII paths are not octal-escaped', async () => {
    await expect(runGit(['ls-files'], { cwd: repo.dir })).resolves.toBe('docs/über.md\n');
  });

  test('a failure carries git\'s stderr and exit code, not stdout', async () => {
    const failure = runGit(['cat-file', '-p', 'f'.repeat(40)], { cwd: repo.dir });
    await expect(failure).rejects.toThrow(GitError);
    await expect(failure).rejects.toMatchObject({
      code: 128,
      message: expect.stringMatching(/^git cat-file -p f{40} failed \(exit 128\): fatal: /)
    });
  });

  test('credentials in URL arguments are masked, in the command and in stderr', async () => {
    const url = ['https://user', ':', 'hunter2-token', '@example.invalid/repo.git'].join('');
    // git echoes the bad revision on stderr: "fatal: bad revision '<url>'".
    const failure = runGit(['log', url, '--'], { cwd: repo.dir });
    await expect(failure).rejects.toThrow(
      "git log https://***@example.invalid/repo.git -- failed (exit 128): fatal: bad revision 'https://***@example.invalid/repo.git'"
    );
  });

  test('output over maxBuffer is a clear error', async () => {
    await expect(runGit(['log'], { cwd: repo.dir, maxBuffer: 10 })).rejects.toThrow(
      'git log failed: its output exceeded the maxBuffer limit'
    );
  });

  test('a folder that does not exist is said as such, not as "git is not installed" (issue 13)', async () => {
    const failure = runGit(['ls-files'], { cwd: '/nonexistent/launch-ready' });
    await expect(failure).rejects.toThrow('git ls-files failed: no such folder: /nonexistent/launch-ready');
    await expect(failure).rejects.toMatchObject({ code: 'ENOENT', notARepository: false });
    const lines = streamGitLines(['ls-files'], '/nonexistent/launch-ready');
    await expect(lines.next()).rejects.toThrow('git ls-files failed: no such folder: /nonexistent/launch-ready');
  });

  test('a folder outside any repository: "not a git repository: <folder>", flagged for callers', async () => {
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-plain-')));
    try {
      const failure = runGit(['ls-files'], { cwd: dir });
      await expect(failure).rejects.toThrow(`git ls-files failed (exit 128): not a git repository: ${dir}`);
      await expect(failure).rejects.toMatchObject({ code: 128, notARepository: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('commitExists', async () => {
    const tree = (await repo.git(['rev-parse', 'HEAD^{tree}'])).trim();
    await expect(commitExists(repo.dir, sha)).resolves.toBe(true);
    await expect(commitExists(repo.dir, sha.slice(0, 12))).resolves.toBe(true);
    await expect(commitExists(repo.dir, 'f'.repeat(40))).resolves.toBe(false);
    await expect(commitExists(repo.dir, tree)).resolves.toBe(false);
    await expect(commitExists(repo.dir, '--output=/tmp/x')).resolves.toBe(false);
    await expect(commitExists(repo.dir, 'HEAD')).resolves.toBe(false);
  });
});

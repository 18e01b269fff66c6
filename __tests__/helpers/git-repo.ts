/**
 * A throwaway git repository under the OS temp dir, for tests that need real `git`
 * (ARCHITECTURE.md, "Testing against real peers"). The helper's own git commands ignore the
 * machine's global and system config and use fixed dates, so commit SHAs are the same on every
 * machine and run; the code under test still runs git with the real environment.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A repository on branch `main` with a test identity and no commits yet. */
export interface TestRepo {
  /** Absolute, symlink-free path of the work tree. */
  dir: string;
  /** Runs `git ...args` in the repository; resolves with stdout, rejects with stderr. */
  git(args: string[]): Promise<string>;
  /** Writes a file (creating folders) relative to `dir`; strings are written as UTF-8. */
  write(path: string, content: string | Uint8Array): Promise<void>;
  /** Stages everything (`git add -A`), commits, and resolves with the new commit's SHA. */
  commit(message: string, options?: CommitOptions): Promise<string>;
  /** Deletes the repository. */
  cleanup(): Promise<void>;
}

/** Options of `TestRepo.commit`. */
export interface CommitOptions {
  /** Author name (the email stays the test one); default the repository's test identity. */
  author?: string;
}

const ISOLATED_ENV = {
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
  GIT_TERMINAL_PROMPT: '0'
};

/** Creates the repository; call `cleanup()` in `afterAll`/`afterEach`. */
export async function createRepo(): Promise<TestRepo> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-repo-')));
  await runIsolatedGit(dir, ['init', '--quiet', '--initial-branch=main']);
  return configureRepo(dir);
}

/**
 * A bare copy of `source` (all its branches) under the temp dir: a remote on the local disk for
 * fetch and deepen tests, so nothing leaves the machine. `url` is its `file://` URL; shallow
 * clones need that form (git ignores `--depth` for plain local paths).
 */
export async function createBareRemote(source: TestRepo): Promise<{ dir: string; url: string; cleanup(): Promise<void> }> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-remote-')));
  await runIsolatedGit(dir, ['clone', '--quiet', '--bare', '--no-local', source.dir, dir]);
  return { dir, url: pathToFileURL(dir).href, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Clones `url` with extra `git clone` arguments (e.g. `--depth=1`, `--branch=feature`). */
export async function cloneRepo(url: string, args: string[] = []): Promise<TestRepo> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-clone-')));
  await runIsolatedGit(dir, ['clone', '--quiet', ...args, url, dir]);
  return configureRepo(dir);
}

async function configureRepo(dir: string): Promise<TestRepo> {
  const git = (args: string[]) => runIsolatedGit(dir, args);
  await git(['config', 'user.name', 'Launch Ready Test']);
  await git(['config', 'user.email', 'test@launch-ready.invalid']);
  await git(['config', 'commit.gpgsign', 'false']);
  await git(['config', 'core.autocrlf', 'false']);
  return {
    dir,
    git,
    async write(path, content) {
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    },
    async commit(message, options = {}) {
      await git(['add', '--all']);
      const author = options.author ? [`--author=${options.author} <test@launch-ready.invalid>`] : [];
      await git(['commit', '--quiet', '--no-verify', '--allow-empty', ...author, '-m', message]);
      return (await git(['rev-parse', 'HEAD'])).trim();
    },
    cleanup: () => rm(dir, { recursive: true, force: true })
  };
}

function runIsolatedGit(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', env: { ...process.env, ...ISOLATED_ENV }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      }
    );
  });
}

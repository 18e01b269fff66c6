/**
 * The one way this project runs git: `execFile` (no shell, so paths and SHAs are never parsed by a
 * shell), `core.quotePath=false` so non-ASCII paths arrive as UTF-8 instead of octal escapes, and an
 * Error that carries git's stderr (the reason) rather than its stdout (possibly file contents).
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';

/** Default stdout limit: a large PR diff or `ls-files` of a monorepo fits, a runaway does not. */
export const DEFAULT_GIT_MAX_BUFFER = 256 * 1024 * 1024;

/** Options of {@link runGit}. */
export interface RunGitOptions {
  /** Directory git runs in (the repository checkout). */
  cwd: string;
  /** Largest stdout accepted, in bytes; default {@link DEFAULT_GIT_MAX_BUFFER}. */
  maxBuffer?: number;
  /** Written to git's stdin (for `--stdin` and `--batch` commands); default: stdin is closed. */
  input?: string;
  /** Variables set over the inherited environment, e.g. `GIT_TERMINAL_PROMPT=0` for a fetch. */
  env?: Record<string, string>;
}

/**
 * A failed git command. `code` is git's exit status, or Node's error code such as `ENOENT` when git
 * could not be started. The original child-process error is not kept as `cause`: its message
 * repeats the unmasked command line.
 */
export class GitError extends Error {
  readonly code: number | string | undefined;
  /** git said the folder is in no repository: callers can say what to do instead (scan a plain folder). */
  readonly notARepository: boolean;

  constructor(message: string, code: number | string | undefined, notARepository = false) {
    super(message);
    this.name = 'GitError';
    this.code = code;
    this.notARepository = notARepository;
  }
}

/**
 * Runs `git -c core.quotePath=false ...args` in `options.cwd` and resolves with its stdout.
 * Rejects with an Error naming the command and git's stderr; credentials in URL arguments are
 * masked so a failing `git fetch https://user:token@…` cannot put a token into a log.
 */
export function runGit(args: string[], options: RunGitOptions): Promise<string> {
  const fullArgs = ['-c', 'core.quotePath=false', ...args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      fullArgs,
      {
        cwd: options.cwd,
        encoding: 'utf8',
        maxBuffer: options.maxBuffer ?? DEFAULT_GIT_MAX_BUFFER,
        env: options.env ? { ...process.env, ...options.env } : undefined,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (error) reject(gitError({ args, code: (error as { code?: number | string }).code, stderr, cwd: options.cwd }));
        else resolve(stdout);
      }
    );
    // git may exit before reading all of its input (e.g. on a bad argument): its exit status and
    // stderr say why, so the EPIPE on our side is not the error to report.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/**
 * Whether `sha` names a commit present in the repository at `cwd`
 * (`git cat-file -e <sha>^{commit}`). Anything that is not a hex object id is `false` without
 * running git, so an event payload cannot smuggle an option such as `--output=…` into argv.
 */
export async function commitExists(cwd: string, sha: string): Promise<boolean> {
  if (!isObjectId(sha)) return false;
  try {
    await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch (error) {
    if (error instanceof GitError && error.code === 'ENOENT') throw error;
    return false;
  }
}

/** A full or abbreviated hexadecimal object id (SHA-1 or SHA-256). */
export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{4,64}$/i.test(value);
}

/** A failed git run, as {@link gitError} reads it. */
export interface GitFailure {
  args: string[];
  /** git's exit status, or Node's error code when git could not be started. */
  code: number | string | undefined;
  stderr: string;
  /** The folder git ran in. */
  cwd: string;
}

/** git's words for a folder outside any repository (`setup.c`); with a translated git, its own message is kept. */
const NOT_A_REPOSITORY = /not a git repository/i;

export function gitError({ args, code, stderr, cwd }: GitFailure): GitError {
  const command = `git ${args.map(maskCredentials).join(' ')}`;
  // spawn reports a missing cwd as ENOENT, like a missing git (issue 13: `run --cwd /nonexistent`
  // said "git is not installed").
  if ((code === 'ENOENT' || code === 'ENOTDIR') && !isFolder(cwd)) {
    return new GitError(`${command} failed: no such folder: ${cwd}`, code);
  }
  if (code === 'ENOENT') {
    return new GitError(`${command} failed: git is not installed or not on PATH`, code);
  }
  if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new GitError(`${command} failed: its output exceeded the maxBuffer limit`, code);
  }
  const exit = typeof code === 'number' ? ` (exit ${code})` : '';
  if (code === 128 && NOT_A_REPOSITORY.test(stderr)) {
    return new GitError(`${command} failed${exit}: not a git repository: ${cwd}`, code, true);
  }
  const reason = maskCredentials(stderr.trim()) || 'no message on stderr';
  return new GitError(`${command} failed${exit}: ${reason}`, code);
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** `https://user:secret@host` → `https://***@host`. */
function maskCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

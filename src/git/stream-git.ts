/**
 * Long git outputs read as they come instead of buffered whole: `git log -p` of a large history
 * is gigabytes, and `git cat-file --batch` returns file contents that are scanned one by one.
 * Same conventions as `runGit`: no shell, `core.quotePath=false`, errors carry stderr.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { gitError } from './run-git.js';

/** Enough of stderr to say why git failed; the rest is dropped. */
const MAX_STDERR_BYTES = 64 * 1024;

type GitChild = ChildProcessByStdio<Writable, Readable, Readable>;

/** A running git whose stdout the caller reads; `finish()` waits for it and throws on failure. */
export interface GitProcess {
  stdout: Readable;
  stdin: Writable;
  /** Resolves when git exited with 0; rejects with a GitError otherwise. Kills git if it still runs. */
  finish(): Promise<void>;
}

/** Starts `git -c core.quotePath=false ...args` in `cwd` with piped stdin, stdout and stderr. */
export function spawnGit(args: string[], cwd: string): GitProcess {
  const child: GitChild = spawn('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    windowsHide: true,
    stdio: ['pipe', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < MAX_STDERR_BYTES) stderr += text;
  });
  child.stdin.on('error', () => {});
  const exited = new Promise<number | string | undefined>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => resolve(error.code));
    child.on('close', (code, signal) => resolve(code ?? signal ?? undefined));
  });
  return {
    stdout: child.stdout,
    stdin: child.stdin,
    async finish() {
      if (child.exitCode === null && child.signalCode === null) {
        // The reader stopped early (an error downstream, or it had what it needed).
        if (!child.stdout.readableEnded) child.kill();
      }
      const code = await exited;
      if (code !== 0 && code !== 'SIGTERM') throw gitError(args, code, stderr);
    }
  };
}

/** Yields git's stdout line by line (without the line ending); throws git's reason when it fails. */
export async function* streamGitLines(args: string[], cwd: string): AsyncGenerator<string> {
  const git = spawnGit(args, cwd);
  git.stdin.end();
  try {
    yield* createInterface({ input: git.stdout, crlfDelay: Infinity });
  } finally {
    await git.finish();
  }
}

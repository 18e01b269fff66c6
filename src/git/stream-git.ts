/**
 * Long git outputs read as they come instead of buffered whole: `git log -p` of a large history
 * is gigabytes, and `git cat-file --batch` returns file contents that are scanned one by one.
 * Same conventions as `runGit`: no shell, `core.quotePath=false`, errors carry stderr.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
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
      if (code !== 0 && code !== 'SIGTERM') throw gitError({ args, code, stderr, cwd });
    }
  };
}

/**
 * Yields git's stdout as lines, without the `\n` or `\r\n` that ends each, a batch per chunk read
 * (an await per line cost a history scan ~1 s of 5); throws git's reason when it fails. The next
 * chunk is read only when the caller asks for it, so a slow caller holds git back instead of lines
 * piling up in memory.
 */
export async function* streamGitLines(args: string[], cwd: string): AsyncGenerator<string[]> {
  const git = spawnGit(args, cwd);
  git.stdin.end();
  git.stdout.setEncoding('utf8');
  try {
    // The start of a line that goes on in the next chunks, in pieces (joined once it ends: a long
    // minified line is not copied again with each chunk).
    let partial: string[] = [];
    for await (const chunk of git.stdout as AsyncIterable<string>) {
      const lines: string[] = [];
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        const tail = chunk.slice(start, end);
        const line = partial.length > 0 ? partial.join('') + tail : tail;
        partial = [];
        lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
        start = end + 1;
      }
      if (start < chunk.length) partial.push(chunk.slice(start));
      if (lines.length > 0) yield lines;
    }
    if (partial.length > 0) yield [partial.join('')];
  } finally {
    await git.finish();
  }
}

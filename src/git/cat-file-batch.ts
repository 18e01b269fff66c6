/**
 * Many blobs through one `git cat-file --batch` (https://git-scm.com/docs/git-cat-file#_batch_output):
 * one process for a 1,000-file pull request instead of 1,000 `git show`s. Blobs are yielded as they
 * arrive, and git is only read as fast as the caller consumes, so memory holds one blob at a time.
 */
import { spawnGit } from './stream-git.js';

/** What the batch says about one object. */
export type BlobResult =
  | { kind: 'blob'; content: Buffer }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' };

interface Pending {
  oid: string;
  size: number;
  /** Bytes still to read, the LF after the content included. */
  remaining: number;
  /** Undefined when the object is not kept (over the limit, or not a blob): its bytes are read and dropped. */
  parts?: Buffer[];
  blob: boolean;
}

const LF = 0x0a;

/**
 * Reads `oids` (full object ids) in order. Blobs over `maxBytes` are reported by size without being
 * kept; objects the repository lacks are `missing`.
 */
export async function* readBlobs(cwd: string, oids: readonly string[], maxBytes: number): AsyncGenerator<[string, BlobResult]> {
  if (oids.length === 0) return;
  const git = spawnGit(['cat-file', '--batch'], cwd);
  git.stdin.end(`${oids.join('\n')}\n`);
  let header = Buffer.alloc(0);
  let pending: Pending | undefined;
  try {
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      let pos = 0;
      while (pos < chunk.length) {
        if (pending) {
          const take = Math.min(pending.remaining, chunk.length - pos);
          pending.parts?.push(chunk.subarray(pos, pos + take));
          pending.remaining -= take;
          pos += take;
          if (pending.remaining === 0) {
            yield [pending.oid, finishBlob(pending)];
            pending = undefined;
          }
          continue;
        }
        const end = chunk.indexOf(LF, pos);
        if (end === -1) {
          header = Buffer.concat([header, chunk.subarray(pos)]);
          break;
        }
        const line = Buffer.concat([header, chunk.subarray(pos, end)]).toString('utf8');
        header = Buffer.alloc(0);
        pos = end + 1;
        const parsed = parseHeader(line, maxBytes);
        if ('missing' in parsed) yield [parsed.oid, { kind: 'missing' }];
        else pending = parsed;
      }
    }
  } finally {
    await git.finish();
  }
}

/** `<oid> <type> <size>` or `<name> missing` (also `ambiguous`). */
function parseHeader(line: string, maxBytes: number): Pending | { oid: string; missing: true } {
  const [oid = '', type, size] = line.split(' ');
  if (size === undefined || !/^\d+$/.test(size)) return { oid, missing: true };
  const bytes = Number(size);
  const blob = type === 'blob';
  return { oid, size: bytes, remaining: bytes + 1, blob, parts: blob && bytes <= maxBytes ? [] : undefined };
}

function finishBlob(pending: Pending): BlobResult {
  // Only blobs are asked for; anything else (a tree or commit id) is as good as absent.
  if (!pending.blob) return { kind: 'missing' };
  if (!pending.parts) return { kind: 'too-large', size: pending.size };
  return { kind: 'blob', content: Buffer.concat(pending.parts).subarray(0, pending.size) };
}

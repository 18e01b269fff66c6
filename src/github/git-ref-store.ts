/**
 * The built-in {@link CheckStore} on GitHub (issue #15, acceptance 4): every key is a file in the
 * tree of the commit one git ref points at (`refs/launch-ready/state`), read and written through
 * the Git Database REST API (https://docs.github.com/rest/git). A ref outside `heads/` and `tags/`
 * is no branch: it needs no setup, a pull request's read-only token (`contents: read`) can read it,
 * only runs granted `contents: write` move it, and it does not expire the way artifacts and caches
 * do (after 7–90 days). Nothing here throws: a store that cannot be read or written is a warning,
 * and the run still reports (without a baseline, or without recording one).
 */
import type { CheckStore } from '../checks/check.js';
import type { StateSlot } from '../files/state-slot.js';
import type { Logger } from '../logger.js';
import type { GitHubClient } from './create-octokit.js';
import { httpStatus, summarizeGitHubError } from './github-error.js';

/** The ref that holds every key unless the caller names another. */
export const DEFAULT_STATE_REF = 'refs/launch-ready/state';

export interface GitRefStoreOptions {
  /** The fully qualified ref that holds every key. Default: {@link DEFAULT_STATE_REF}. */
  ref?: string;
  /** Whether this run may record: `write` exists only then (default-branch runs, `contents: write`). */
  writable: boolean;
  logger: Logger;
}

/** The commit the ref points at, and that commit's tree. */
interface Head {
  commit: string;
  tree: string;
}

/** The ref moved between our read and our update (a 422 from PATCH, or from POST when it appeared). */
class RefMoved extends Error {}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and commits of one ref's tree: shared by the store and the compare-and-swap state slot. */
function gitRefAccess(octokit: GitHubClient, repository: { owner: string; repo: string }, ref: string) {
  // The reference routes name a ref without its `refs/` prefix (`git/ref/launch-ready/state`).
  const shortRef = ref.replace(/^refs\//, '');
  const git = octokit.rest.git;

  async function readHead(): Promise<Head | undefined> {
    // The matching-refs list rather than `GET git/ref/…`: "not recorded yet" is an empty list, not
    // a 404 that Octokit's request log would pass on as a warning on every run before the first.
    const matching = await octokit.paginate(git.listMatchingRefs, { ...repository, ref: shortRef });
    const found = matching.find((candidate) => candidate.ref === ref);
    if (!found) return undefined;
    if (found.object.type !== 'commit') throw new Error(`${ref} points at a ${found.object.type}, not a commit`);
    const { data: commit } = await git.getCommit({ ...repository, commit_sha: found.object.sha });
    return { commit: commit.sha, tree: commit.tree.sha };
  }

  async function readKey(head: Head, key: string): Promise<string | undefined> {
    // `recursive` lists nested paths (`perf/baseline.json`) with their full path.
    const { data: tree } = await git.getTree({ ...repository, tree_sha: head.tree, recursive: 'true' });
    const entry = tree.tree.find((candidate) => candidate.path === key && candidate.type === 'blob');
    if (!entry?.sha) return undefined;
    const { data: blob } = await git.getBlob({ ...repository, file_sha: entry.sha });
    if (blob.encoding !== 'base64') throw new Error(`the blob came as ${blob.encoding}, not base64`);
    return strictUtf8.decode(Buffer.from(blob.content, 'base64'));
  }

  /** A blob, a tree on top of `head`'s (other keys stay), a commit, the ref: throws RefMoved when `head` is no longer current. */
  async function commitKey(head: Head | undefined, key: string, text: string): Promise<void> {
    const { data: blob } = await git.createBlob({ ...repository, content: text, encoding: 'utf-8' });
    const { data: tree } = await git.createTree({ ...repository, base_tree: head?.tree, tree: [{ path: key, mode: '100644', type: 'blob', sha: blob.sha }] });
    const message = `launch-ready: record ${key}`;
    const { data: commit } = await git.createCommit({ ...repository, message, tree: tree.sha, parents: head ? [head.commit] : [] });
    try {
      // `force: false`: GitHub refuses (422) a commit that does not descend from the ref's current one.
      if (head) await git.updateRef({ ...repository, ref: shortRef, sha: commit.sha, force: false });
      else await git.createRef({ ...repository, ref, sha: commit.sha });
    } catch (error) {
      if (httpStatus(error) === 422) throw new RefMoved(summarizeGitHubError(error));
      throw error;
    }
  }

  return { readHead, readKey, commitKey };
}

/** A store of small texts, one file per key, in the tree of the commit at `options.ref`. */
export function createGitRefStore(octokit: GitHubClient, repository: { owner: string; repo: string }, options: GitRefStoreOptions): CheckStore {
  const { logger } = options;
  const ref = options.ref ?? DEFAULT_STATE_REF;
  const access = gitRefAccess(octokit, repository, ref);
  const describe = (key: string) => `${ref}:${key}`;

  async function read(key: string): Promise<string | undefined> {
    try {
      const head = await access.readHead();
      return head ? await access.readKey(head, key) : undefined;
    } catch (error) {
      const hint = httpStatus(error) === 403 ? ' — the token needs `contents: read`' : '';
      logger.warning(`could not read ${describe(key)} (${summarizeGitHubError(error)}${hint}): treated as not recorded yet`);
      return undefined;
    }
  }

  async function write(key: string, text: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await access.commitKey(await access.readHead(), key, text);
        return;
      } catch (error) {
        if (error instanceof RefMoved && attempt === 1) {
          logger.info(`${ref} moved while recording ${key} (${error.message}): recording again on top of it`);
          continue;
        }
        const status = httpStatus(error);
        const hint = status === 403 || status === 404 ? ' — recording needs `permissions: contents: write` in the workflow' : '';
        logger.warning(`could not record ${describe(key)} (${error instanceof RefMoved ? error.message : summarizeGitHubError(error)}${hint}): kept the previous state`);
        return;
      }
    }
  }

  return options.writable ? { describe, read, write } : { describe, read };
}

/**
 * One key of the ref as a compare-and-swap slot (the monitor's state): `load` returns the text
 * and the commit it came from; `save` commits on top of exactly that commit, and the ref's
 * fast-forward-only update refuses it when another run moved the ref in between ('conflict': the
 * caller re-reads and decides again). Errors other than a conflict are thrown for the caller.
 */
export function createGitRefSlot(octokit: GitHubClient, repository: { owner: string; repo: string }, key: string, options: { ref?: string } = {}): StateSlot {
  const ref = options.ref ?? DEFAULT_STATE_REF;
  const access = gitRefAccess(octokit, repository, ref);
  return {
    describe: `${ref}:${key}`,
    load: async () => {
      const head = await access.readHead();
      if (!head) return { version: '' };
      const text = await access.readKey(head, key);
      return { version: `${head.commit} ${head.tree}`, ...(text === undefined ? {} : { text }) };
    },
    save: async (text, version) => {
      const [commit, tree] = version.split(' ');
      try {
        await access.commitKey(commit && tree ? { commit, tree } : undefined, key, text);
        return 'saved';
      } catch (error) {
        if (error instanceof RefMoved) return 'conflict';
        throw error;
      }
    }
  };
}

/**
 * The Git Database routes of the REST stand-in (https://docs.github.com/rest/git): blobs, trees,
 * commits and refs in memory, with SHAs computed the way git computes them, answered with the
 * fields GitHub's docs show. Refs move as GitHub moves them: `force: false` refuses (422) a commit
 * that does not descend from the ref's current one, which is how a lost race shows.
 */
import { createHash } from 'node:crypto';

export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; date: string };

/** One entry of one tree object: `name` has no slash. */
export interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

/** An entry of `POST git/trees`: a path that may be nested, and a `sha` (null deletes) or a `content`. */
interface TreeChange {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha?: string | null;
  content?: string;
}

export interface GitReply {
  status: number;
  payload: unknown;
}

export interface GitObjectStore {
  /** Fully qualified ref name (`refs/launch-ready/state`) → commit SHA. */
  refs: Map<string, string>;
  objects: Map<string, GitObject>;
  /** The text at `path` in the commit `ref` points at, for assertions; undefined when absent. */
  readFile(ref: string, path: string): string | undefined;
  /** Answers `/repos/:owner/:repo/git/<rest>`; `base` is the URL up to and including `/git`. */
  answer(request: { method: string; rest: string[]; body: string; canWrite: boolean; base: string; query: URLSearchParams }): GitReply;
}

const AUTHOR = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export function createGitObjectStore(): GitObjectStore {
  const refs = new Map<string, string>();
  const objects = new Map<string, GitObject>();
  type Json = ReturnType<typeof jsonFor>;

  function store(object: GitObject): string {
    const body = serialize(object);
    const sha = createHash('sha1').update(`${object.type} ${body.length}\0`).update(body).digest('hex');
    objects.set(sha, object);
    return sha;
  }

  function get<T extends GitObject['type']>(sha: string | undefined | null, type: T): Extract<GitObject, { type: T }> | undefined {
    const object = sha ? objects.get(sha) : undefined;
    return object?.type === type ? (object as Extract<GitObject, { type: T }>) : undefined;
  }

  /** Applies nested changes to a tree's entries, storing new subtrees; GitHub's "nested entries". */
  function applyChanges(entries: readonly TreeEntry[], changes: readonly TreeChange[]): TreeEntry[] {
    const result = new Map(entries.map((entry) => [entry.name, entry]));
    const nested = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const [name, ...rest] = change.path.split('/') as [string, ...string[]];
      if (rest.length > 0) {
        nested.set(name, [...(nested.get(name) ?? []), { ...change, path: rest.join('/') }]);
      } else if (change.sha === null) {
        if (!result.delete(name)) throw new GitError(422, `Could not find path ${change.path} to delete`);
      } else {
        const sha = change.content !== undefined ? store({ type: 'blob', content: Buffer.from(change.content, 'utf8') }) : change.sha;
        if (!sha || !objects.has(sha)) throw new GitError(422, `tree.sha ${String(sha)} is not a valid ${change.type}`);
        result.set(name, { name, mode: change.mode, type: change.type, sha });
      }
    }
    for (const [name, subChanges] of nested) {
      const sub = applyChanges(get(result.get(name)?.sha, 'tree')?.entries ?? [], subChanges);
      if (sub.length === 0) result.delete(name);
      else result.set(name, { name, mode: '040000', type: 'tree', sha: store({ type: 'tree', entries: sub }) });
    }
    return sortEntries([...result.values()]);
  }

  function descends(sha: string, ancestor: string): boolean {
    if (sha === ancestor) return true;
    return (get(sha, 'commit')?.parents ?? []).some((parent) => descends(parent, ancestor));
  }

  function readFile(ref: string, path: string): string | undefined {
    let sha = get(refs.get(ref), 'commit')?.tree;
    for (const name of path.split('/')) sha = get(sha, 'tree')?.entries.find((entry) => entry.name === name)?.sha;
    const blob = get(sha, 'blob');
    return blob?.content.toString('utf8');
  }

  function answer(request: Parameters<GitObjectStore['answer']>[0]): GitReply {
    const [kind = '', ...tail] = request.rest;
    const name = decodeURIComponent(tail.join('/'));
    const json = jsonFor(request.base);
    try {
      if (request.method === 'GET') return answerRead(json, kind, name, Boolean(request.query.get('recursive')));
      if (!request.canWrite) throw new GitError(403, 'Resource not accessible by integration');
      const body = JSON.parse(request.body || '{}') as Record<string, unknown>;
      return answerWrite(json, `${request.method} ${kind}`, name, body);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      return { status: error.status, payload: { message: error.message, documentation_url: 'https://docs.github.com/rest/git', status: String(error.status) } };
    }
  }

  function answerRead(json: Json, kind: string, name: string, recursive: boolean): GitReply {
    if (kind === 'ref' && refs.has(`refs/${name}`)) return { status: 200, payload: json.ref(`refs/${name}`) };
    // Every ref whose name starts with the given one, an empty list when none does; one page.
    if (kind === 'matching-refs') return { status: 200, payload: [...refs.keys()].filter((ref) => ref.startsWith(`refs/${name}`)).sort().map(json.ref) };
    if (kind === 'commits' && get(name, 'commit')) return { status: 200, payload: json.commit(name) };
    if (kind === 'trees' && get(name, 'tree')) return { status: 200, payload: json.tree(name, recursive) };
    const blob = kind === 'blobs' ? get(name, 'blob') : undefined;
    if (!blob) throw new GitError(404, 'Not Found');
    // GitHub wraps the base64 text at 60 characters, as git's MIME encoding does.
    const content = blob.content.toString('base64').replace(/.{60}/g, '$&\n');
    return { status: 200, payload: { sha: name, node_id: `B_${name.slice(0, 8)}`, size: blob.content.length, url: json.url(`blobs/${name}`), content, encoding: 'base64' } };
  }

  function answerWrite(json: Json, route: string, name: string, body: Record<string, unknown>): GitReply {
    if (route === 'POST blobs') {
      const sha = store({ type: 'blob', content: Buffer.from(String(body.content), body.encoding === 'base64' ? 'base64' : 'utf8') });
      return { status: 201, payload: { url: json.url(`blobs/${sha}`), sha } };
    }
    if (route === 'POST trees') {
      const base = body.base_tree === undefined ? [] : get(String(body.base_tree), 'tree')?.entries;
      if (!base) throw new GitError(422, 'base_tree is not a valid tree oid');
      return { status: 201, payload: json.tree(store({ type: 'tree', entries: applyChanges(base, body.tree as TreeChange[]) }), false) };
    }
    if (route === 'POST commits') {
      const parents = (body.parents ?? []) as string[];
      if (!get(String(body.tree), 'tree')) throw new GitError(422, 'Tree SHA does not exist');
      if (!parents.every((parent) => get(parent, 'commit'))) throw new GitError(422, 'Parent SHA does not exist or is not a commit object');
      const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      return { status: 201, payload: json.commit(store({ type: 'commit', tree: String(body.tree), parents, message: String(body.message), date })) };
    }
    if (route === 'POST refs') return { status: 201, payload: json.ref(createRef(String(body.ref), String(body.sha))) };
    if (route === 'PATCH refs') return { status: 200, payload: json.ref(updateRef(`refs/${name}`, String(body.sha), body.force === true)) };
    throw new GitError(404, 'Not Found');
  }

  /** The response bodies, with the fields GitHub's docs show; URLs under `base` (`…/repos/:o/:r/git`). */
  function jsonFor(base: string) {
    const url = (path: string) => `${base}/${path}`;
    const htmlUrl = (sha: string) => `https://github.test/acme/shop/commit/${sha}`;
    const listTree = (sha: string, prefix: string, recursive: boolean): unknown[] =>
      get(sha, 'tree')!.entries.flatMap((entry) => {
        const path = `${prefix}${entry.name}`;
        const blob = get(entry.sha, 'blob');
        const item = { path, mode: entry.mode, type: entry.type, sha: entry.sha, ...(blob ? { size: blob.content.length } : {}), url: url(`${entry.type}s/${entry.sha}`) };
        return recursive && entry.type === 'tree' ? [item, ...listTree(entry.sha, `${path}/`, true)] : [item];
      });
    return {
      url,
      ref: (ref: string) => {
        const sha = refs.get(ref)!;
        return { ref, node_id: `REF_${sha.slice(0, 8)}`, url: url(ref), object: { type: 'commit', sha, url: url(`commits/${sha}`) } };
      },
      tree: (sha: string, recursive: boolean) => ({ sha, url: url(`trees/${sha}`), tree: listTree(sha, '', recursive), truncated: false }),
      commit: (sha: string) => {
        const commit = get(sha, 'commit')!;
        const signature = { ...AUTHOR, date: commit.date };
        const parents = commit.parents.map((parent) => ({ sha: parent, url: url(`commits/${parent}`), html_url: htmlUrl(parent) }));
        const verification = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
        const tree = { sha: commit.tree, url: url(`trees/${commit.tree}`) };
        return { sha, node_id: `C_${sha.slice(0, 8)}`, url: url(`commits/${sha}`), html_url: htmlUrl(sha), author: signature, committer: signature, message: commit.message, tree, parents, verification };
      }
    };
  }

  function createRef(ref: string, sha: string): string {
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw new GitError(422, 'Reference name is invalid');
    if (refs.has(ref)) throw new GitError(422, 'Reference already exists');
    if (!objects.has(sha)) throw new GitError(422, 'Object does not exist');
    refs.set(ref, sha);
    return ref;
  }

  function updateRef(ref: string, sha: string, force: boolean): string {
    const current = refs.get(ref);
    if (!current) throw new GitError(422, 'Reference does not exist');
    if (!get(sha, 'commit')) throw new GitError(422, 'Object does not exist');
    if (!force && !descends(sha, current)) throw new GitError(422, 'Update is not a fast forward');
    refs.set(ref, sha);
    return ref;
  }

  return { refs, objects, readFile, answer };
}

class GitError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** Git's order of tree entries: by name, a subtree's name compared as if it ended in `/`. */
function sortEntries(entries: TreeEntry[]): TreeEntry[] {
  const key = (entry: TreeEntry) => Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name);
  return entries.sort((a, b) => Buffer.compare(key(a), key(b)));
}

/** The object's body as git hashes it (`git hash-object`, `git mktree`, `git commit-tree`). */
function serialize(object: GitObject): Buffer {
  if (object.type === 'blob') return object.content;
  if (object.type === 'tree') {
    return Buffer.concat(object.entries.flatMap((entry) => [Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.name}\0`), Buffer.from(entry.sha, 'hex')]));
  }
  const seconds = Math.floor(Date.parse(object.date) / 1000);
  const signature = `${AUTHOR.name} <${AUTHOR.email}> ${seconds} +0000`;
  const parents = object.parents.map((parent) => `parent ${parent}\n`).join('');
  return Buffer.from(`tree ${object.tree}\n${parents}author ${signature}\ncommitter ${signature}\n\n${object.message}`);
}

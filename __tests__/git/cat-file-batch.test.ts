/** Many blobs through one `git cat-file --batch`, and streamed git output, on a real repository. */
import { readBlobs, type BlobResult } from '../../src/git/cat-file-batch.js';
import { streamGitLines } from '../../src/git/stream-git.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

describe('readBlobs', () => {
  let repo: TestRepo;
  const oid = async (path: string) => (await repo.git(['rev-parse', `HEAD:${path}`])).trim();

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('small.txt', 'small\n');
    await repo.write('big.txt', 'b'.repeat(200_000));
    await repo.write('binary.bin', Buffer.from([0, 1, 2, 10, 10, 0]));
    await repo.write('empty.txt', '');
    await repo.commit('blobs');
  });

  afterAll(() => repo.cleanup());

  test('yields each object in order: content, too large, missing (a tree or unknown id is missing too)', async () => {
    const ids = [await oid('small.txt'), await oid('big.txt'), 'f'.repeat(40), await oid('binary.bin'), await oid('empty.txt'), (await repo.git(['rev-parse', 'HEAD^{tree}'])).trim()];
    const results: Array<[string, BlobResult]> = [];
    for await (const entry of readBlobs(repo.dir, ids, 100_000)) results.push(entry);
    expect(results.map(([id]) => id)).toEqual(ids);
    expect(results.map(([, result]) => (result.kind === 'blob' ? result.content.toString('latin1') : result))).toEqual([
      'small\n',
      { kind: 'too-large', size: 200_000 },
      { kind: 'missing' },
      '\0\x01\x02\n\n\0',
      '',
      { kind: 'missing' }
    ]);
  });

  test('no ids, no git process', async () => {
    const results = [];
    for await (const entry of readBlobs('/nonexistent', [], 10)) results.push(entry);
    expect(results).toEqual([]);
  });
});

describe('streamGitLines', () => {
  test('yields stdout as lines, in batches, and throws git\'s reason on failure', async () => {
    const repo = await createRepo();
    try {
      await repo.write('a.txt', 'a\n');
      await repo.commit('one');
      const lines: string[] = [];
      for await (const batch of streamGitLines(['log', '--format=%s'], repo.dir)) lines.push(...batch);
      expect(lines).toEqual(['one']);
      const failing = async () => {
        for await (const batch of streamGitLines(['log', 'no-such-ref'], repo.dir)) lines.push(...batch);
      };
      await expect(failing()).rejects.toThrow(/git log no-such-ref failed \(exit 128\): fatal: ambiguous argument 'no-such-ref'/);
    } finally {
      await repo.cleanup();
    }
  });

  test('lines longer than a chunk, CRLF endings, characters split across chunks and a last line without an ending', async () => {
    const repo = await createRepo();
    try {
      // 65,536-byte chunks: the long line spans several, and "é" (2 bytes) falls across their boundaries.
      const long = 'é'.repeat(100_001);
      const content = `first\r\n${long}\nmiddle\r\n\r\n${'x'.repeat(65_535)}\r\nlast`;
      await repo.write('text.txt', content);
      await repo.commit('text');
      const lines: string[] = [];
      for await (const batch of streamGitLines(['show', 'HEAD:text.txt'], repo.dir)) lines.push(...batch);
      expect(lines).toEqual(['first', long, 'middle', '', 'x'.repeat(65_535), 'last']);
    } finally {
      await repo.cleanup();
    }
  });
});

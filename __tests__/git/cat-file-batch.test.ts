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
  test('yields stdout line by line and throws git\'s reason on failure', async () => {
    const repo = await createRepo();
    try {
      await repo.write('a.txt', 'a\n');
      await repo.commit('one');
      const lines: string[] = [];
      for await (const line of streamGitLines(['log', '--format=%s'], repo.dir)) lines.push(line);
      expect(lines).toEqual(['one']);
      const failing = async () => {
        for await (const line of streamGitLines(['log', 'no-such-ref'], repo.dir)) lines.push(line);
      };
      await expect(failing()).rejects.toThrow(/git log no-such-ref failed \(exit 128\): fatal: ambiguous argument 'no-such-ref'/);
    } finally {
      await repo.cleanup();
    }
  });
});

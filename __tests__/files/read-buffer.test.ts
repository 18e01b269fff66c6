/**
 * The reusable read buffer: a file read whole whatever its size against the buffer's (smaller,
 * equal, larger: the buffer grows), never past the limit; and the disk reader built on it, which
 * asks a file's size only when the read leaves a doubt (empty, or past the limit).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadBuffer } from '../../src/files/read-buffer.js';
import { readDiskFile } from '../../src/checks/secrets/sources/read-disk-file.js';
import type { DiskFile } from '../../src/checks/secrets/sources/source-item.js';

describe('ReadBuffer', () => {
  let dir: string;
  const bytesOf = (size: number) => Buffer.from(Array.from({ length: size }, (_, index) => (index * 7 + 3) % 251));
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'launch-ready-read-buffer-'));
    writeFileSync(join(dir, 'larger'), bytesOf(400_000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const readVia = (buffer: ReadBuffer, path: string, limit: number) => {
    const fd = openSync(path, 'r');
    try {
      return Buffer.from(buffer.readFrom(fd, limit));
    } finally {
      closeSync(fd);
    }
  };

  test.each([0, 1, 65_535, 65_536, 65_537, 300_000])('a file of %i bytes is read whole, by a fresh buffer and by one that read a larger file before', (size) => {
    const path = join(dir, `f${size}`);
    writeFileSync(path, bytesOf(size));
    const reused = new ReadBuffer();
    readVia(reused, join(dir, 'larger'), 1_000_000);
    expect(readVia(new ReadBuffer(), path, 1_000_000).equals(bytesOf(size))).toBe(true);
    expect(readVia(reused, path, 1_000_000).equals(bytesOf(size))).toBe(true);
  });

  test('never reads past the limit', () => {
    const path = join(dir, 'limited');
    writeFileSync(path, bytesOf(200_000));
    expect(readVia(new ReadBuffer(), path, 100_001)).toHaveLength(100_001);
    expect(readVia(new ReadBuffer(), path, 10)).toHaveLength(10);
  });

  describe('readDiskFile', () => {
    const file = (name: string, maxBytes = 1000): DiskFile => ({ absolute: join(dir, name), path: name, origin: 'present', maxBytes });

    test('an empty file is scanned (empty); a pipe where a file was listed, a folder and a file over the limit are skipped', () => {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'big.txt'), 'x'.repeat(1001));
      writeFileSync(join(dir, 'just.txt'), 'x'.repeat(1000));
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      const into = new ReadBuffer();
      expect(readDiskFile(file('empty.txt'), into)).toMatchObject({ kind: 'source', source: { text: '' }, bytes: 0 });
      expect(readDiskFile(file('pipe'), into)).toEqual({ kind: 'skipped', path: 'pipe', reason: 'not-a-file' });
      expect(readDiskFile({ ...file(''), path: 'folder' }, into)).toEqual({ kind: 'skipped', path: 'folder', reason: 'not-a-file' });
      expect(readDiskFile(file('big.txt'), into)).toEqual({ kind: 'skipped', path: 'big.txt', reason: 'too-large' });
      expect(readDiskFile(file('just.txt'), into)).toMatchObject({ kind: 'source', bytes: 1000 });
    });

    test('with a buffer given, the bytes are a view of it until its next read; without, the item owns them', () => {
      writeFileSync(join(dir, 'a.txt'), 'first file\n');
      writeFileSync(join(dir, 'b.txt'), 'other text\n');
      const into = new ReadBuffer();
      const shared = readDiskFile(file('a.txt'), into);
      const owned = readDiskFile(file('a.txt'));
      readDiskFile(file('b.txt'), into);
      if (shared.kind !== 'source' || owned.kind !== 'source') throw new Error('expected sources');
      expect(shared.source.text).toBe('first file\n');
      expect(Buffer.from(shared.source.bytes as Uint8Array).toString()).toBe('other text\n');
      expect(Buffer.from(owned.source.bytes as Uint8Array).toString()).toBe('first file\n');
    });
  });
});

/**
 * A buffer a thread reads file after file into, without asking each file's size first: `open`,
 * `read`, `close` — three system calls a file, not four with `fstat`, and no new buffer for each
 * file for the garbage collector to free (the secrets scan reads 14,000 files of node_modules on two
 * threads). What it holds is valid until the next read into it.
 */
import { readSync } from 'node:fs';

const FIRST_SIZE = 64 * 1024;

export class ReadBuffer {
  private buffer = Buffer.allocUnsafe(FIRST_SIZE);

  /**
   * Reads `fd` from where it stands until the file ends or `limit` bytes are read; the bytes read,
   * a view of this buffer. A read of fewer bytes than asked is the end of the file: for a regular
   * file, the only kind read here, the system returns fewer only there. (`readInto` reads on to a
   * read of zero bytes: one more system call a file, which this spares.)
   */
  readFrom(fd: number, limit: number): Buffer {
    let length = 0;
    for (;;) {
      if (length === this.buffer.length) {
        if (length >= limit) break;
        this.grow(Math.min(limit, 2 * length));
      }
      const wanted = Math.min(this.buffer.length, limit) - length;
      const read = readSync(fd, this.buffer, length, wanted, null);
      length += read;
      if (read < wanted || length >= limit) break;
    }
    return this.buffer.subarray(0, length);
  }

  private grow(size: number): void {
    const larger = Buffer.allocUnsafe(size);
    this.buffer.copy(larger);
    this.buffer = larger;
  }
}

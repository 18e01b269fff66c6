/**
 * Opening and reading a file some listing named (git ls-files, a glob), synchronously, the way
 * drift and the secrets scanner's disk sources both do: a symlink is never followed, a named pipe
 * put where the file was never blocks, and the read goes on until the buffer is full or the file ends.
 */
import { constants, lstatSync, openSync, readSync } from 'node:fs';

/** Where the platform can refuse a symlink at `open` (ELOOP), the `lstat` before it is saved. */
const NO_FOLLOW = constants.O_NOFOLLOW as number | undefined;
/** A named pipe would block a plain `open`; non-blocking, it opens, then fails `isFile` or reads empty. */
const NON_BLOCKING = (constants.O_NONBLOCK as number | undefined) ?? 0;

/**
 * A descriptor for reading `absolute`. Throws like `openSync`; a symlink throws with code `ELOOP`
 * (on every platform, with or without `O_NOFOLLOW`).
 */
export function openListedFile(absolute: string): number {
  if (NO_FOLLOW === undefined && lstatSync(absolute).isSymbolicLink()) {
    throw Object.assign(new Error(`${absolute} is a symbolic link`), { code: 'ELOOP' });
  }
  return openSync(absolute, constants.O_RDONLY | (NO_FOLLOW ?? 0) | NON_BLOCKING);
}

/** Reads into `buffer` from its start until it is full or the file ends; the number of bytes read. */
export function readInto(fd: number, buffer: Uint8Array): number {
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length;
}

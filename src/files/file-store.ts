/**
 * A check's store (CheckStore) as files under a root folder, the workspace: the CLI's, and the
 * action's when the config names a file (`perf.baseline`). Writes are atomic: a temp file in the
 * same folder, flushed, then renamed over the old one, so a reader sees the old file or the new one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CheckStore } from '../checks/check.js';

/** Larger than any state a check keeps (the perf baseline is at most ~40 MB): not ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** @throws Error naming the file and the system's code when a file exists but cannot be read */
export function createFileStore(root: string, options: { writable: boolean }): CheckStore {
  const pathOf = (key: string): string => resolve(root, key);
  const store: CheckStore = {
    describe: (key) => key,
    read: async (key) => {
      try {
        const { size } = await stat(pathOf(key));
        if (size > MAX_FILE_BYTES) throw Object.assign(new Error(`${size} bytes, over ${MAX_FILE_BYTES}`), { code: 'EFBIG' });
        return await readFile(pathOf(key), 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return undefined;
        throw new Error(`${key} cannot be read (${code ?? (error as Error).message})`, { cause: error });
      }
    }
  };
  if (options.writable) store.write = (key, text) => writeAtomically(pathOf(key), text);
  return store;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

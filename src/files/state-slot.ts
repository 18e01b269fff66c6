/**
 * One document kept between runs with compare-and-swap: read it with its version, write it back
 * only if nobody wrote in between. The monitor's state uses it so two overlapping scheduled runs
 * cannot both count the same failure as theirs and both open an incident: the loser re-reads.
 * On GitHub: createGitRefSlot (git-ref-store.ts); for the CLI: {@link createFileSlot}.
 */
import { createHash } from 'node:crypto';
import { createFileStore } from './file-store.js';

export interface StateSlot {
  /** Where it lives, for messages: `refs/launch-ready/state:monitor-state.json`, `.launch-ready/monitor-state.json`. */
  describe: string;
  /** `text` is absent when nothing was written yet; `version` is opaque, handed back to `save`. */
  load: () => Promise<{ text?: string; version: string }>;
  /** `conflict` when the document changed since the `load` that gave `version`. */
  save: (text: string, version: string) => Promise<'saved' | 'conflict'>;
}

/**
 * A file under `root` as a slot: the version is a hash of its text, checked again just before the
 * atomic rename. Local runs rarely overlap; this narrows the window to the rename, which is enough
 * for a developer's machine (the scheduled runs that do overlap use the git ref).
 */
export function createFileSlot(root: string, key: string): StateSlot {
  const store = createFileStore(root, { writable: true });
  const versionOf = (text: string | undefined) => (text === undefined ? '' : createHash('sha256').update(text).digest('hex'));
  return {
    describe: key,
    load: async () => {
      const text = await store.read(key);
      return { version: versionOf(text), ...(text === undefined ? {} : { text }) };
    },
    save: async (text, version) => {
      if (versionOf(await store.read(key)) !== version) return 'conflict';
      await store.write!(key, text);
      return 'saved';
    }
  };
}

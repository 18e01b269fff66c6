/** Never read by any walk of the disk, whatever the globs say: git's own database. */
export const ALWAYS_IGNORED = ['**/.git', '**/.git/**'];

/** The name {@link ALWAYS_IGNORED} leaves out, a folder or a file (a worktree's `.git` file), at any depth. */
export const ALWAYS_IGNORED_NAME = '.git';

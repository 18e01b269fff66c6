/** Never read by any walk of the disk, whatever the globs say: git's own database. */
export const ALWAYS_IGNORED = ['**/.git', '**/.git/**'];

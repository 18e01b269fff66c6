/**
 * Which files are not worth scanning, decided the same way for every source (tree, diff, history,
 * artifacts, folders) and always counted in the metrics by reason.
 */
import { Buffer, isAscii } from 'node:buffer';

/** Why a file was not scanned; each reason is counted in the metrics (`skippedBinary`, …). */
export type SkipReason = 'binary' | 'too-large' | 'vendored' | 'minified' | 'symlink' | 'not-a-file' | 'no-patch';

/** Source files over this are data dumps, not where people paste keys. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Build output is bigger: a frontend bundle is often several MB, and it is where a leaked key ships. */
export const MAX_ARTIFACT_FILE_BYTES = 20 * 1024 * 1024;

/** Git's own test: a NUL byte in the first 8000 bytes means binary (`buffer_is_binary`, xdiff-interface.c). */
export const BINARY_SNIFF_BYTES = 8000;

/** A committed `*.min.js` over this is a third-party library, not the project's code. */
export const MAX_MINIFIED_BYTES = 64 * 1024;

/**
 * Third-party code checked in whole: a secret there is someone else's (and gitleaks' default
 * allow-list skips the same folders). Matched on any path segment.
 */
const VENDORED_FOLDERS = 'node_modules|vendor|third_party|bower_components';
const VENDORED = new RegExp(`(?:^|/)(?:${VENDORED_FOLDERS})/`);
const MINIFIED = /\.min\.(?:js|mjs|cjs|css)$/i;
/** A glob that spells out a vendored folder (`node_modules/**`, `{src,vendor}/**`) or minified files (`*.min.js`). */
const NAMES_SKIPPED_CODE = new RegExp(`(?:^|[/{,])(?:${VENDORED_FOLDERS})(?:[/},]|$)|\\.min\\.`, 'i');

/** Skip reason known from the path (and size, when known), or undefined to scan the file. */
export function skipByPath(path: string, size?: number): SkipReason | undefined {
  if (VENDORED.test(path)) return 'vendored';
  if (size !== undefined && size > MAX_MINIFIED_BYTES && MINIFIED.test(path)) return 'minified';
  return undefined;
}

/**
 * Whether a `secrets.paths.include` glob names code the default skips leave out: the user asked for
 * it, so the files it matches are scanned whole (issue 13: `include: [node_modules/**]` scanned
 * nothing). `src/**` names no such code and leaves the skips alone.
 */
export function namesSkippedCode(glob: string): boolean {
  return NAMES_SKIPPED_CODE.test(glob);
}

/** Whether a folder named on the command line is vendored code itself (`node_modules`, `vendor/x`): then nothing under it is skipped as vendored. */
export function isVendoredFolder(path: string): boolean {
  return VENDORED.test(`${path}/`);
}

/** Whether the bytes look binary (a NUL byte near the start). */
export function isBinary(content: Uint8Array): boolean {
  return content.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

const UTF8 = new TextDecoder('utf-8');

/**
 * UTF-8 text; the decoder drops a byte order mark, which would otherwise shift every column of
 * line 1. Most files are ASCII alone (two thirds of the bytes of node_modules): those are read as
 * Latin-1, the same text, which V8 makes in about half the time.
 */
export function decodeText(content: Uint8Array): string {
  if (isAscii(content)) return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
  return UTF8.decode(content);
}

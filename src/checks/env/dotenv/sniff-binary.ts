/**
 * Whether an env file is text at all (issue 13: a PNG or random bytes named `.env` gave one
 * "not a `NAME=value` line" finding per line dotenv skipped, 33–196 of them). dotenv reads the file
 * as UTF-8 and skips what does not parse, so such a file sets nothing: one finding says so.
 */
import { BINARY_SNIFF_BYTES, isBinary } from '../../../files/skip-policy.js';

/** Above this share of undecodable bytes and control characters, the bytes are not text. */
const MAX_ODD_SHARE = 0.1;

/** Why `bytes` cannot be read as an env file (a problem's message), or undefined for text. */
export function notTextProblem(bytes: Uint8Array): string | undefined {
  // Windows PowerShell 5's `>` and `Out-File` write UTF-16 with a byte order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'the file is UTF-16 text and was not read as an env file: dotenv reads UTF-8 only; save it as UTF-8';
  }
  if (isBinary(bytes) || oddShare(bytes.subarray(0, BINARY_SNIFF_BYTES)) > MAX_ODD_SHARE) {
    return 'the file is binary (not UTF-8 text) and was not read as an env file: dotenv would set nothing from it; point env.files at the real env file, or remove this one';
  }
  return undefined;
}

/**
 * The share of characters that text never has: bytes that are not UTF-8 (decoded as U+FFFD) and C0
 * controls other than tab, line feed, form feed and carriage return. A few Latin-1 letters in a
 * text file stay far below the limit; random bytes are half undecodable.
 */
function oddShare(sample: Uint8Array): number {
  let odd = 0;
  let total = 0;
  for (const character of new TextDecoder('utf-8').decode(sample)) {
    const code = character.codePointAt(0) ?? 0;
    total += 1;
    if (code === 0xfffd || code === 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)) odd += 1;
  }
  return total === 0 ? 0 : odd / total;
}

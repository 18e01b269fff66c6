/**
 * The byte-level view of a text that the keyword prefilter reads: V8 reads a typed array faster
 * than a string's characters, and only over bytes does the prefilter's two-walk loop pay (see
 * `prefilter.ts`).
 */

/** Stands for every character outside ASCII in {@link asciiBytes}: no keyword holds it. */
export const NON_ASCII = 0x80;
const NON_ASCII_CHARACTERS = /[^\0-\x7f]/g;

/**
 * One byte per UTF-16 code unit of `text`, at the same offsets: ASCII characters as themselves,
 * any other as {@link NON_ASCII}.
 *
 * `known`: the bytes the text was decoded from (a file as read), used as they are when they have
 * one byte per character: then every byte is one character at its offset, and a byte past ASCII
 * is an invalid UTF-8 byte, read as U+FFFD, in no keyword either.
 */
export function asciiBytes(text: string, known?: Uint8Array): Uint8Array {
  if (known && known.length === text.length) return known;
  // UTF-8 has one byte per character exactly when every character is ASCII: the common case, encoded natively.
  const utf8 = Buffer.from(text, 'utf8');
  if (utf8.length === text.length) return utf8;
  const bytes = Buffer.from(text, 'latin1');
  NON_ASCII_CHARACTERS.lastIndex = 0;
  for (let match = NON_ASCII_CHARACTERS.exec(text); match; match = NON_ASCII_CHARACTERS.exec(text)) bytes[match.index] = NON_ASCII;
  return bytes;
}

/**
 * The byte-level view of a text that the keyword prefilter reads: V8 reads a typed array faster
 * than a string's characters, and only over bytes does the prefilter's two-walk loop pay (see
 * `prefilter.ts`).
 */
import { isUtf8 } from 'node:buffer';
import { asciiViewInWasm } from './kernels/byte-kernels.js';

/** Stands for every character outside ASCII in {@link asciiBytes}: no keyword holds it. */
export const NON_ASCII = 0x80;
const NON_ASCII_CHARACTERS = /[^\0-\x7f]/g;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

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
  const fromKnown = known && isUtf8(known) ? fromValidUtf8(known, text.length) : undefined;
  if (fromKnown) return fromKnown;
  // UTF-8 has one byte per character exactly when every character is ASCII: the common case, encoded natively.
  const utf8 = Buffer.from(text, 'utf8');
  if (utf8.length === text.length) return utf8;
  const bytes = Buffer.from(text, 'latin1');
  NON_ASCII_CHARACTERS.lastIndex = 0;
  for (let match = NON_ASCII_CHARACTERS.exec(text); match; match = NON_ASCII_CHARACTERS.exec(text)) bytes[match.index] = NON_ASCII;
  return bytes;
}

/**
 * The bytes of a text decoded from valid UTF-8 `utf8` (a BOM dropped, as `TextDecoder` does): one
 * walk over the bytes the file was read as. A third of the bytes of real code (node_modules) are
 * in files with a few non-ASCII characters (a `©`, a `→` in a comment); encoding their text to
 * UTF-8 and Latin-1 again and searching it for non-ASCII characters took a tenth of the scan.
 * Undefined when the count comes out other than `length` (the text was not decoded from these bytes).
 */
function fromValidUtf8(utf8: Uint8Array, length: number): Uint8Array | undefined {
  const bom = utf8.length >= 3 && BYTE_ORDER_MARK.every((byte, index) => utf8[index] === byte);
  return asciiViewInWasm(bom ? utf8.subarray(3) : utf8, length) ?? fromValidUtf8InTs(utf8, length, bom);
}

/** `fromValidUtf8` in TypeScript: the twin of `asciiViewInWasm`, where WebAssembly cannot run. */
export function fromValidUtf8InTs(utf8: Uint8Array, length: number, bom: boolean): Uint8Array | undefined {
  const bytes = Buffer.allocUnsafe(length);
  let to = 0;
  let from = bom ? 3 : 0;
  while (from < utf8.length && to < length) {
    const byte = utf8[from] as number;
    if (byte < 0x80) {
      bytes[to++] = byte;
      from += 1;
    } else if (byte >= 0xf0) {
      // Four bytes: a character outside the BMP, two UTF-16 code units.
      bytes[to++] = NON_ASCII;
      bytes[to++] = NON_ASCII;
      from += 4;
    } else {
      bytes[to++] = NON_ASCII;
      from += byte >= 0xe0 ? 3 : 2;
    }
  }
  return to === length && from === utf8.length ? bytes : undefined;
}

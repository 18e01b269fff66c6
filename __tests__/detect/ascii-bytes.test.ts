import { describe, expect, it } from '@jest/globals';
import { asciiBytes, NON_ASCII } from '../../src/detect/ascii-bytes.js';

/** The view built from the text alone: the reference the bytes a file was read as must agree with. */
const fromText = (text: string): number[] => Array.from(asciiBytes(text));
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

describe('asciiBytes from the bytes a text was decoded from', () => {
  it.each([
    ['two-byte characters', 'const name = "Zoë"; // © 2024\nkey = ghp_abc'],
    ['three-byte characters', '// see → the docs … token: "x"'],
    ['characters outside the BMP (two code units)', 'emoji 🚀🔑 then AKIA at offset'],
    ['a byte order mark', '\uFEFFsecret = "value"'],
    ['non-ASCII at both ends', 'é middle ✓']
  ])('maps %s to the same offsets as the text', (_name, text) => {
    const utf8 = Buffer.from(text, 'utf8');
    const decoded = decode(utf8);
    expect(Array.from(asciiBytes(decoded, utf8))).toEqual(fromText(decoded));
    expect(asciiBytes(decoded, utf8)).toHaveLength(decoded.length);
  });

  it('falls back to the text when the bytes are not valid UTF-8 (decoded with replacement characters)', () => {
    // A three-byte sequence cut short: one replacement character for two bytes.
    const bytes = Uint8Array.from([0x61, 0xe2, 0x82, 0x62, 0x63, 0xe2, 0x82, 0xac]);
    const decoded = decode(bytes);
    expect(decoded).toHaveLength(5);
    expect(Array.from(asciiBytes(decoded, bytes))).toEqual(fromText(decoded));
  });

  it('falls back to the text when the bytes are not the ones it was decoded from', () => {
    const text = 'naïve token';
    const other = Buffer.from('naïve token and more', 'utf8');
    expect(Array.from(asciiBytes(text, other))).toEqual(fromText(text));
  });

  it('marks every non-ASCII code unit and keeps every ASCII one', () => {
    const text = 'a©b🚀c';
    expect(Array.from(asciiBytes(text, Buffer.from(text, 'utf8')))).toEqual([0x61, NON_ASCII, 0x62, NON_ASCII, NON_ASCII, 0x63]);
  });
});

/**
 * Secret-shaped random values for rule tests, generated at run time from a seed: a literal
 * realistic token in this repository would trip GitHub push protection and our own self-scan.
 *
 * The values also avoid what the scanner's placeholder filter drops (runs of equal characters,
 * ascending runs such as `abcdef`, words such as `test` or `example`), so a sample is found for
 * its shape and not dropped for an accident of the generator.
 */
import { seededRandom } from '../../helpers/seeded-random.js';

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const LETTERS = UPPER + LOWER;
export const BASE62 = DIGITS + LETTERS;
export const BASE64 = `${BASE62}+/`;
export const BASE64URL = `${BASE62}-_`;
/** The bech32 alphabet (BIP 173), upper case as age writes it. */
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

/** Substrings that mark a value as a placeholder or a fixture somewhere in the scanner. */
const MARKED = /test|fake|mock|dummy|example|sample|your|here|xxx|lorem|redact|replace|change/i;

export interface Faker {
  /** `length` characters of `alphabet`, never two equal or ascending neighbours. */
  chars(alphabet: string, length: number): string;
  hex(length: number): string;
  base62(length: number): string;
  base64(length: number): string;
  base64url(length: number): string;
  digits(length: number): string;
  /** A random version-4-shaped UUID, lowercase. */
  uuid(): string;
}

export function createFaker(seed: number): Faker {
  const random = seededRandom(seed);
  const chars = (alphabet: string, length: number): string => {
    for (;;) {
      let value = '';
      while (value.length < length) {
        const next = alphabet.charAt(Math.floor(random() * alphabet.length));
        const previous = value.charCodeAt(value.length - 1);
        if (next.charCodeAt(0) === previous || next.charCodeAt(0) === previous + 1) continue;
        value += next;
      }
      if (!MARKED.test(value)) return value;
    }
  };
  const hex = (length: number) => chars(HEX, length);
  return {
    chars,
    hex,
    base62: (length) => chars(BASE62, length),
    base64: (length) => chars(BASE64, length),
    base64url: (length) => chars(BASE64URL, length),
    digits: (length) => chars(DIGITS, length),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
  };
}

/** Base64url of a JSON value, as JWT segments are (RFC 7515 §2). */
export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A PEM block with a random body in 64-character lines, joined by `newline` (`\n` or the two characters `\\n`). */
export function pemBlock(faker: Faker, label: string, options: { bodyStart?: string; lines?: number; newline?: string } = {}): string {
  const { bodyStart = 'MIIEowIBAAKCAQEA', lines = 8, newline = '\n' } = options;
  const body = bodyStart + faker.base64(64 * lines - bodyStart.length);
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(newline);
}

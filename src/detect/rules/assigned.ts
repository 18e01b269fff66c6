/**
 * Context rules: a value with no prefix of its own (hex, base64, a UUID) counts only when a
 * provider's name is on the left of its assignment (`TRAVIS_TOKEN=…`, `"fastly_api_key": "…"`),
 * so the same characters elsewhere on the line (a digest, a request id, a cache key) are not
 * reported. The name may be part of a longer one (`MY_SNYK_TOKEN`), as `ASSIGN` allows.
 */
import { ASSIGN } from './pattern.js';

/**
 * A case-insensitive pattern: one of `names` (a regex alternation), the rest of the name and the
 * assignment, then `value` as the named group `secret` and the boundary `end` after it.
 */
export function assignedTo(names: string, value: string, end: string): RegExp {
  return new RegExp(String.raw`(?:${names})${ASSIGN}(?<secret>${value})${end}`, 'dgi');
}

/** Not preceded by a letter: a short name (`oci`, `ovh`) that must not be the middle of a word. */
export const WORD_START = String.raw`(?<![a-z])`;

/** Where a standard base64 value (`+`, `/`, `=` padding) ends. */
export const END_BASE64 = String.raw`(?![A-Za-z0-9+/=])`;

/** A lowercase UUID, the documented format of several API keys. */
export const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

/**
 * Where an assigned value ends: not before another token character (`-`, `_`, `+`, `/`, `=`), so a
 * context rule never reports the first characters of a longer token of another format.
 */
export const END_VALUE = String.raw`(?![A-Za-z0-9_+/=-])`;

/**
 * A person-chosen password assigned to a name: 8–128 characters up to a quote, space, `;` or `,`,
 * not a reference (`${PW}`, `%s`, `<pw>`), not a URL (`mavenCentralPassword: https://…` in docs)
 * and not a word people write instead of one (`password`, `secret`, `none`).
 */
export const PASSWORD_VALUE = String.raw`(?![$%{<]|[a-z][a-z0-9+.-]{1,20}://|(?:password|passwd|pass|pwd|secret|changeme|token|none|null|true|false)(?![^\s"'\x60;,]))[^\s"'\x60;,]{8,128}`;

/** Where a {@link PASSWORD_VALUE} ends. */
export const END_PASSWORD = String.raw`(?![^\s"'\x60;,])`;

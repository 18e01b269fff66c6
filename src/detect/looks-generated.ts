/**
 * Whether a value looks machine-generated (a token, a key, a random password) or typed by a person
 * as a name: the positive test the guessing rules (generic assignments, headers, `curl -u`) pass a
 * value through, as issue #16 asks ("accept only values that look generated"). Every one of the 15
 * false positives on 195 MB of real npm code was an identifier: `s3_disable_express_session_auth`,
 * `__WEBPACK_MODULE_REFERENCE__`, `rfc8693#section-2.1`.
 */
import { shannonEntropy } from './entropy.js';

/**
 * Where a name splits into words: separators, a lower-to-upper step (`camelCase`), and a step
 * between letters and digits (`s3`, `utf8`, `v2`).
 */
const WORD_BREAKS = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/;
/** A word as people write it: all lower, all upper or capitalized. */
const WORD_CASE = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/;
const VOWELS = /[aeiou]/gi;
/** English words keep consonant runs short (`strength` has four); random letters do not. */
const LONG_CONSONANT_RUN = /[^aeiouy\d]{5}/i;
/** Names, paths and anchors join words with `_ - . / : #`; `& % ^ * + = ~` are a password's. */
const NOT_IN_NAMES = /[^A-Za-z0-9_.\-/:#$!@ ]/;
const DIGITS_INSIDE_WORDS = /[A-Za-z]\d+(?=[A-Za-z])/g;
/** Share of the value's letters and digits that must sit in words for it to read as words. */
const WORDY_SHARE = 0.75;

/**
 * True when the value reads as words: snake, kebab, camel or dotted names (`disable_express_session`,
 * `objectMode`, `WEBPACK_MODULE_REFERENCE`), with at most short numbers between (`s3`, `v2`). A
 * random base62 string splits into one- and two-letter pieces at every case change and digit, and
 * its longer pieces lack vowels.
 */
export function readsAsWords(value: string): boolean {
  // Names put a number between words once or twice (`s3_bucket`, `oauth2Client`); random base36
  // (`k3jdue8wnaie0qpal2`) does it at every few letters, in pieces that can pass for words.
  if ((value.match(DIGITS_INSIDE_WORDS) ?? []).length > 1 || NOT_IN_NAMES.test(value)) return false;
  const pieces = value.split(WORD_BREAKS).filter(Boolean);
  let total = 0;
  let inWords = 0;
  let words = 0;
  for (const piece of pieces) {
    total += piece.length;
    if (/^\d{1,4}$/.test(piece)) inWords += piece.length;
    else if (isWordLike(piece)) {
      inWords += piece.length;
      words += 1;
    }
  }
  return words > 0 && inWords / total >= WORDY_SHARE && vowelShare(value) >= MIN_WORDS_VOWEL_SHARE;
}

/**
 * Three letters or more (two-letter pieces are what random mixed case splits into), in one case,
 * a fifth of them vowels or more, no long consonant run.
 */
function isWordLike(piece: string): boolean {
  if (piece.length < 3 || !WORD_CASE.test(piece) || LONG_CONSONANT_RUN.test(piece)) return false;
  return (piece.match(VOWELS)?.length ?? 0) / piece.length >= MIN_VOWEL_SHARE;
}
const MIN_VOWEL_SHARE = 0.2;
/**
 * Names are English: about 38% of their letters are vowels (`disable_express_session` 39%,
 * `WEBPACK_MODULE_REFERENCE` 41%); random letters about 19% (10 of 52).
 */
const MIN_WORDS_VOWEL_SHARE = 0.28;

function vowelShare(value: string): number {
  const letters = value.replace(/[^A-Za-z]/g, '');
  return letters.length === 0 ? 0 : (letters.match(VOWELS)?.length ?? 0) / letters.length;
}

/**
 * True when the value is made of its variable's name: equal to it once case and separators are
 * set aside (`sessionToken = "SESSION_TOKEN"`), or every word of it is a word of the name
 * (`X_SESSION_AUTH_INI_NAME = "session_auth_ini"`).
 */
export function isMadeOfName(value: string, name: string): boolean {
  const nameWords = new Set(wordsOf(name));
  const valueWords = wordsOf(value);
  if (valueWords.length === 0 || nameWords.size === 0) return false;
  return valueWords.join('') === [...wordsOf(name)].join('') || valueWords.every((word) => nameWords.has(word));
}

function wordsOf(text: string): string[] {
  return text
    .split(WORD_BREAKS)
    .filter((piece) => /[A-Za-z]/.test(piece))
    .map((piece) => piece.toLowerCase());
}

/** Bits per character and length a random token of 20 or more base62/base64 characters reaches. */
const GENERATED_MIN_LENGTH = 20;
const GENERATED_MIN_ENTROPY = 4;
/** Hex keys (32 or 40 characters) top out at 4 bits per character; 3.5 is gitleaks' threshold. */
const HEX_MIN_LENGTH = 32;
const HEX_MIN_ENTROPY = 3.5;

/**
 * True when the value is clearly generated: long, varied, letters and digits mixed, and not words.
 * A guessing rule reports such a value at medium confidence rather than low (a Coveralls
 * `repo_token` in `.travis.yml` was rated low, #16).
 */
export function looksClearlyGenerated(value: string): boolean {
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value) || readsAsWords(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= HEX_MIN_LENGTH && shannonEntropy(value) >= HEX_MIN_ENTROPY;
  return value.length >= GENERATED_MIN_LENGTH && shannonEntropy(value) >= GENERATED_MIN_ENTROPY;
}

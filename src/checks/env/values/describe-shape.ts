/**
 * What a value looks like, for findings about variables whose value must not be printed: its length,
 * its kinds of characters and, when it starts with a provider's documented prefix, that prefix
 * (`ghp_…`, at most 8 characters) or a URL's scheme. Never any other part of the value.
 */
import { findKnownPrefix } from '../../../detect/known-prefixes.js';

export { shannonEntropy } from '../../../detect/entropy.js';
export { looksSecret, valueLooksSecret } from '../../../detect/looks-secret.js';

/**
 * A prefix is shown only when at least this many characters follow it, so that it is never most of
 * the value (`sk-` alone, or `sk-abc`, shows nothing).
 */
const MIN_HIDDEN_AFTER_PREFIX = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * E.g. `32 chars: letters and digits`, `40 chars: letters, digits and symbols; looks like ghp_…
 * (GitHub personal access token)`, `48 chars: postgres://… URL with a password, host a domain
 * name`, `36 chars: a UUID`, `empty`. Lengths count Unicode code points.
 */
export function describeShape(value: string): string {
  if (value === '') return 'empty';
  const length = Array.from(value).length;
  const notes: string[] = [];
  const lines = value.split('\n').length;
  if (lines > 1) notes.push(`${lines} lines`);
  if (value.trim() !== value && value.trim() !== '') notes.push('with surrounding whitespace');
  const head = `${length} ${length === 1 ? 'char' : 'chars'}: ${kindOf(value)}`;
  return [head, ...notes].join('; ');
}

/** The most telling description: a URL, a provider's prefix, a well-known encoding, or character classes. */
function kindOf(value: string): string {
  const url = describeUrl(value);
  if (url !== undefined) return url;
  // Surrounding whitespace gets its own note; the classes describe what it surrounds.
  const classes = characterClasses(value.trim() === '' ? value : value.trim());
  const known = findKnownPrefix(value);
  if (known !== undefined && Array.from(value).length >= known.prefix.length + MIN_HIDDEN_AFTER_PREFIX) {
    return `${classes}; looks like ${known.shown}… (${known.label})`;
  }
  if (UUID.test(value)) return 'a UUID';
  if (/^[0-9a-f]+$/i.test(value) && value.length >= 16 && /[a-f]/i.test(value)) return 'hexadecimal';
  return classes;
}

/** `postgres://… URL with a password, host localhost`; undefined when `value` is no `scheme://` URL. */
function describeUrl(value: string): string | undefined {
  const scheme = URL_SCHEME.exec(value)?.[1];
  if (scheme === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const shownScheme = value.length >= scheme.length + 3 + MIN_HIDDEN_AFTER_PREFIX ? `${scheme.toLowerCase()}://… ` : '';
  let text = `${shownScheme}URL`;
  if (url.password !== '') text += ' with a password';
  else if (url.username !== '') text += ' with a user name';
  return url.hostname === '' ? text : `${text}, host ${hostKind(url.hostname)}`;
}

function hostKind(hostname: string): string {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return 'localhost';
  if (/^[\d.]+$/.test(hostname) || hostname.startsWith('[')) return 'an IP address';
  return hostname.includes('.') ? 'a domain name' : 'a single-label name';
}

/** `letters and digits`, `lowercase letters, digits and symbols`, `digits`, `whitespace only`. */
function characterClasses(value: string): string {
  if (value.trim() === '') return 'whitespace only';
  const seen = new Set<string>();
  for (const char of value) seen.add(classOf(char.codePointAt(0) ?? 0));
  const letters = seen.has('lowercase letters') && seen.has('uppercase letters') ? ['letters'] : [];
  const classes = CLASS_ORDER.filter((name) => seen.has(name) && !(letters.length > 0 && name.endsWith('case letters')));
  const names = [...letters, ...classes].sort((a, b) => rank(a) - rank(b));
  if (names.length <= 1) return names[0] ?? 'characters';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const CLASS_ORDER = ['lowercase letters', 'uppercase letters', 'digits', 'symbols', 'whitespace', 'non-ASCII characters', 'control characters'];

function rank(name: string): number {
  return name === 'letters' ? 0 : CLASS_ORDER.indexOf(name);
}

function classOf(code: number): string {
  if (code >= 0x61 && code <= 0x7a) return 'lowercase letters';
  if (code >= 0x41 && code <= 0x5a) return 'uppercase letters';
  if (code >= 0x30 && code <= 0x39) return 'digits';
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return 'whitespace';
  if (code < 0x20 || code === 0x7f) return 'control characters';
  return code < 0x7f ? 'symbols' : 'non-ASCII characters';
}

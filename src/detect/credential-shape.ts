/**
 * Whether a value in a credential's place (a header, `curl -u user:PASS`, `Basic base64(user:pass)`)
 * is a real credential or what documentation writes there: `user:password`, `$USER:$PASS`,
 * `<token>`, `YOUR_API_TOKEN`. Shared by the context rules (rules/context.ts).
 */
import { readsAsWords } from './looks-generated.js';
import { isPlaceholder } from './filters/placeholder.js';

/** Words documentation writes for a password; a real one is never exactly these (any case). */
const PLACEHOLDER_PASSWORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'admin', 'root', 'test', 'testing', 'guest',
  'user', 'username', 'demo', 'example', 'sample', 'foo', 'bar', 'foobar', 'baz', 'qux', 'token', 'apikey',
  'api_key', 'api-key', 'key', 'letmein', 'hunter2', 'mypassword', 'yourpassword', 'mysecret', 'pa55word',
  'p@ssw0rd', 'passw0rd', 'x', 'xxx', 'open sesame'
]);

/** `$PASS`, `${PASS}`, `$(cat pw)`, `%PASS%`, `{{pass}}`, `<pass>`, `[password]`, `***`: not a literal. */
const NOT_LITERAL = /^(?:\$|%[A-Za-z_]+%|\{\{|\{%|<|\[|\*{3})|\$\{|\$\(/;

/** Shortest password worth a finding: shorter ones in docs and tests are `pw`, `abc`, `1234`. */
const MIN_PASSWORD_LENGTH = 6;

/** True when `password` (the part after `user:`) is a placeholder, a reference or too short to matter. */
export function isPlaceholderPassword(password: string, user = ''): boolean {
  const bare = password.replace(/^["']|["']$/g, '');
  if (bare.length < MIN_PASSWORD_LENGTH || NOT_LITERAL.test(bare) || isPlaceholder(bare)) return true;
  const lower = bare.toLowerCase();
  if (PLACEHOLDER_PASSWORDS.has(lower) || lower === user.toLowerCase()) return true;
  // `password123`, `secret-2024`: a placeholder word with a number.
  if (PLACEHOLDER_PASSWORDS.has(lower.replace(/[-_]?\d{1,4}$/, ''))) return true;
  // Numbers only: `docker run -u 1000:1000`, `chown 501:20`.
  return /^\d+$/.test(bare);
}

/**
 * True when a token in a header (`Bearer …`, `X-Api-Key: …`) is a name or a template, not a
 * token: `ACCESS_TOKEN`, `yourAccessTokenHere`, `sessionToken`.
 */
export function isPlaceholderToken(token: string): boolean {
  return isPlaceholder(token) || NOT_LITERAL.test(token) || readsAsWords(token) || /^[A-Za-z]+$/.test(token) && token.length < 24;
}

/**
 * The `user:password` a `Basic` credential decodes to (RFC 7617 §2), or undefined when it is not
 * base64 of printable text with a colon.
 */
export function decodeBasicCredential(encoded: string): { user: string; password: string } | undefined {
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  // Base64 of text re-encodes to itself; anything else (a random token after `basic`) does not.
  if (Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) return undefined;
  if (!/^[\x20-\x7e]+$/.test(text)) return undefined;
  const colon = text.indexOf(':');
  return colon < 1 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** True unless the `Basic` credential decodes to `user:password` with a real-looking password. */
export function isPlaceholderBasicCredential(encoded: string): boolean {
  const credential = decodeBasicCredential(encoded);
  return credential === undefined || isPlaceholderPassword(credential.password, credential.user);
}

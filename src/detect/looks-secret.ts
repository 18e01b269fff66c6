/**
 * Whether a variable holds a credential, judged by its name and, when known, its value: the client
 * exposure rule (issue #5, "a variable marked secret, or whose name or value looks secret, with a
 * client-bundle prefix") needs it for variables the schema does not mark.
 */
import { shannonEntropy } from './entropy.js';
import { findKnownPrefix } from './known-prefixes.js';

/**
 * Words that name credentials. `AUTH` not before `OR` (`AUTHOR_EMAIL`); `PASS` only as a whole word
 * (`PASSENGER_COUNT`); `KEY` only as the last word (`KEYBOARD_LAYOUT`, `MONKEY`). A DSN is a
 * connection string, which for a database holds the password.
 */
const SECRET_NAME =
  /SECRET|PASSW|PWD|(?:^|_)PASS(?:_|$)|TOKEN|PRIVATE|API_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH(?!OR)|SIGNING|SALT|DSN|(?:^|_)KEY$/;
/**
 * Names that describe a credential without holding one: where it is (`TOKEN_URL`, `AUTH_HOST`),
 * who it is (`AWS_ACCESS_KEY_ID`, `AUTH0_DOMAIN`), where its file lives (`PRIVATE_KEY_PATH`), and
 * values published on purpose: public keys (`JWT_PUBLIC_KEY`, `RECAPTCHA_SITE_KEY`,
 * `SUPABASE_ANON_KEY`, `STRIPE_PUBLISHABLE_KEY`) and Sentry's DSN, which "is safe to keep public"
 * (https://docs.sentry.io/concepts/key-terms/dsn-explainer/).
 */
const DESCRIBES_SECRET =
  /PUBLISHABLE|PUBLIC_?KEY(?:_|$)|(?:SITE|ANON)_?KEY$|SENTRY\w*DSN|_(?:URL|URI|HOST|HOSTNAME|PORT|NAME|USER|USERNAME|ID|ENDPOINT|DOMAIN|PATH|FILE|DIR|EMAIL|ENABLED|TTL|EXPIRY|ISSUER|AUDIENCE|HEADER|REGION)$/;

/** Bits per character that generated credentials reach and words and ids rarely do (issue #5's threshold). */
export const SECRET_ENTROPY_BITS = 4;
/** Below this length even random text cannot reach `SECRET_ENTROPY_BITS` reliably (log2(16) = 4). */
export const SECRET_ENTROPY_MIN_LENGTH = 20;

/**
 * True when `name` names a credential (`STRIPE_SECRET_KEY`, `DB_PASSWORD`, `GITHUB_TOKEN`), or
 * `value` looks like one (see `valueLooksSecret`).
 */
export function looksSecret(name: string, value?: string): boolean {
  return nameLooksSecret(name) || (value !== undefined && valueLooksSecret(value));
}

/**
 * True when `name` names a credential and not just where, whose or which one it is. The one name
 * test of the env check, `env init`'s `secret` guess and the committed-env-file severity. Names are
 * compared in uppercase, with `-` and `.` (which some env files allow) read as `_`.
 */
export function nameLooksSecret(name: string): boolean {
  const normalized = name.toUpperCase().replace(/[-.]/g, '_');
  return SECRET_NAME.test(normalized) && !DESCRIBES_SECRET.test(normalized);
}

/**
 * True for a provider's secret prefix (`sk_live_…`, `ghp_…`), a URL with a password, or a token of
 * at least 20 characters with Shannon entropy ≥ 4 bits/char. A prefix that marks a public value
 * (`pk_live_`, `AIza`) settles it the other way, whatever the entropy. Text with spaces is prose.
 * JWTs are judged by their `role` claim, PEM blocks by their type line.
 */
export function valueLooksSecret(value: string): boolean {
  const known = findKnownPrefix(value);
  if (known?.secret !== undefined) return known.secret;
  if (known?.prefix === 'eyJ') return jwtLooksSecret(value);
  if (known !== undefined) return false;
  if (/\s/.test(value)) return false;
  const url = parseUrl(value);
  if (url === undefined) return isHighEntropy(value);
  if (url.password !== '') return true;
  // A whole URL is varied text; judge the parts that can carry a token (Slack webhook paths, `?key=`).
  const parts = [...url.pathname.split('/'), ...[...url.searchParams.values()], url.username];
  return parts.some((part) => isHighEntropy(safeDecode(part)));
}

/**
 * A JWT is signed claims, often public on purpose: Supabase's `anon` key ships to browsers, its
 * `service_role` key bypasses row-level security (https://supabase.com/docs/guides/api/api-keys).
 * Only the latter counts; any other JWT's secrecy is for its name to say.
 */
function jwtLooksSecret(value: string): boolean {
  const payload = value.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && (claims as { role?: unknown }).role === 'service_role';
  } catch {
    return false;
  }
}

function isHighEntropy(text: string): boolean {
  return text.length >= SECRET_ENTROPY_MIN_LENGTH && shannonEntropy(text) >= SECRET_ENTROPY_BITS;
}

function parseUrl(value: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

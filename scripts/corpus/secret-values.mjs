// Secret-shaped values for the benchmark corpora, built at run time from a seeded generator: no
// realistic token is ever written in this repository (GitHub push protection, and our own scan).
// Prefixes are split (`cat('gh', 'p_')`) for the same reason. None of these is a real credential.
import { Buffer } from 'node:buffer';
import { crc32 } from 'node:zlib';
import { BASE32, BASE62, HEX } from './prng.mjs';

export const cat = (...parts) => parts.join('');

const DIGITS = '0123456789';
const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PASSWORD_CHARS = `${BASE62}!#%*+-_.~`;
/** What a password may hold inside a URL's userinfo unencoded (RFC 3986 unreserved and some sub-delims). */
const URL_PASSWORD_CHARS = `${BASE62}!*+-_.~`;

/** base62 of a 32-bit number, left-padded to 6 characters (GitHub and npm token checksums). */
export function base62Checksum(text) {
  let value = crc32(Buffer.from(text, 'ascii'));
  let out = '';
  while (value > 0) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out.padStart(6, '0');
}

/** 30 random base62 characters + their CRC32 checksum, as GitHub's `gh?_` and npm's `npm_` tokens. */
function checksummed(rng, prefix) {
  const body = rng.base62(30);
  return prefix + body + base62Checksum(body);
}

/** Random characters of `alphabet` whose first and last characters are alphanumeric (so `\b` holds). */
function token(rng, alphabet, count) {
  if (count < 2) return rng.chars(BASE62, count);
  return rng.base62(1) + rng.chars(alphabet, count - 2) + rng.base62(1);
}

const B64URL = `${BASE62}-_`;
const B64 = `${BASE62}+/`;

function base64Of(text) {
  return Buffer.from(text).toString('base64');
}

function base64UrlOf(text) {
  return Buffer.from(text).toString('base64url');
}

/** A JWT whose payload grants access (a Supabase-style service role key). */
function credentialJwt(rng) {
  const header = base64UrlOf(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const ref = rng.chars('abcdefghijklmnopqrstuvwxyz', 20);
  const iat = 1_690_000_000 + rng.int(40_000_000);
  const payload = base64UrlOf(JSON.stringify({ iss: 'supabase', ref, role: 'service_role', iat, exp: iat + 315_360_000 }));
  return `${header}.${payload}.${rng.base64url(43)}`;
}

function password(rng) {
  return token(rng, PASSWORD_CHARS, rng.range(16, 28));
}

function urlPassword(rng) {
  return token(rng, URL_PASSWORD_CHARS, rng.range(16, 28));
}

/**
 * One line-scoped secret per entry: `name` is the variable it is assigned to (the context several
 * rules need), `value(rng)` the secret. `provider` is what the labels and the per-provider table
 * call it. Formats follow each provider's documented token shape.
 */
export const LINE_SECRETS = [
  { provider: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', value: (rng) => cat('AK', 'IA') + rng.chars(BASE32, 16) },
  { provider: 'aws-secret-access-key', name: 'AWS_SECRET_ACCESS_KEY', value: (rng) => token(rng, B64, 40) },
  { provider: 'github-classic-pat', name: 'GITHUB_TOKEN', value: (rng) => checksummed(rng, cat('gh', 'p_')) },
  { provider: 'github-oauth', name: 'GH_OAUTH_TOKEN', value: (rng) => checksummed(rng, cat('gh', 'o_')) },
  { provider: 'github-app-installation', name: 'GH_INSTALLATION_TOKEN', value: (rng) => checksummed(rng, cat('gh', 's_')) },
  { provider: 'github-user-to-server', name: 'GH_USER_TOKEN', value: (rng) => checksummed(rng, cat('gh', 'u_')) },
  { provider: 'github-refresh', name: 'GH_REFRESH_TOKEN', value: (rng) => checksummed(rng, cat('gh', 'r_')) },
  {
    provider: 'github-fine-grained-pat',
    name: 'GITHUB_PAT',
    value: (rng) => cat('github', '_pat_', '11', rng.chars(BASE32, 20), '_', rng.base62(59))
  },
  { provider: 'gitlab-pat', name: 'GITLAB_TOKEN', value: (rng) => cat('gl', 'pat-') + token(rng, B64URL, 20) },
  { provider: 'google-api-key', name: 'GOOGLE_MAPS_API_KEY', value: (rng) => cat('AI', 'za', 'Sy') + token(rng, B64URL, 33) },
  {
    provider: 'azure-storage-connection-string',
    name: 'AZURE_STORAGE_CONNECTION_STRING',
    value: (rng) =>
      `DefaultEndpointsProtocol=https;AccountName=acme${rng.chars(LOWER_ALNUM, 8)};${cat('Account', 'Key=')}${rng.base64(86)}==;EndpointSuffix=core.windows.net`
  },
  { provider: 'digitalocean-token', name: 'DIGITALOCEAN_TOKEN', value: (rng) => cat('do', 'p_v1_') + rng.hex(64) },
  { provider: 'heroku-api-key', name: 'HEROKU_API_KEY', value: (rng) => cat('HR', 'KU-AA') + token(rng, B64URL, 58) },
  { provider: 'cloudflare-api-token', name: 'CLOUDFLARE_API_TOKEN', value: (rng) => token(rng, B64URL, 40) },
  { provider: 'stripe-live-secret', name: 'STRIPE_SECRET_KEY', value: (rng) => cat('sk', '_live_', '51') + rng.base62(97) },
  { provider: 'stripe-restricted', name: 'STRIPE_RESTRICTED_KEY', value: (rng) => cat('rk', '_live_', '51') + rng.base62(97) },
  {
    provider: 'braintree-access-token',
    name: 'BRAINTREE_ACCESS_TOKEN',
    value: (rng) => cat('access_token', '$production$', rng.chars(LOWER_ALNUM, 16), '$', rng.hex(32))
  },
  { provider: 'square-access-token', name: 'SQUARE_ACCESS_TOKEN', value: (rng) => cat('EA', 'AA') + token(rng, B64URL, 60) },
  { provider: 'slack-bot-token', name: 'SLACK_BOT_TOKEN', value: (rng) => cat('xo', 'xb-', rng.chars(DIGITS, 12), '-', rng.chars(DIGITS, 13), '-', rng.base62(24)) },
  {
    provider: 'slack-user-token',
    name: 'SLACK_USER_TOKEN',
    value: (rng) => cat('xo', 'xp-', rng.chars(DIGITS, 12), '-', rng.chars(DIGITS, 12), '-', rng.chars(DIGITS, 13), '-', rng.hex(32))
  },
  {
    provider: 'slack-webhook',
    name: 'SLACK_WEBHOOK_URL',
    value: (rng) => cat('https://hooks', '.slack.com/services/', 'T', rng.chars(BASE32, 8), '/B', rng.chars(BASE32, 10), '/', rng.base62(24))
  },
  { provider: 'twilio-api-key', name: 'TWILIO_API_KEY', value: (rng) => cat('S', 'K') + rng.hex(32) },
  { provider: 'sendgrid-api-key', name: 'SENDGRID_API_KEY', value: (rng) => cat('S', 'G.') + token(rng, B64URL, 22) + '.' + token(rng, B64URL, 43) },
  { provider: 'mailgun-api-key', name: 'MAILGUN_API_KEY', value: (rng) => cat('ke', 'y-') + rng.hex(32) },
  { provider: 'postmark-server-token', name: 'POSTMARK_SERVER_TOKEN', value: (rng) => rng.uuid() },
  {
    provider: 'discord-bot-token',
    name: 'DISCORD_BOT_TOKEN',
    value: (rng) => `${base64Of(String(1_000_000_000_000_000_000n + BigInt(rng.int(1e9)) * 1000n)).replace(/=+$/, '')}.${rng.base64url(6)}.${token(rng, B64URL, 38)}`
  },
  {
    provider: 'telegram-bot-token',
    name: 'TELEGRAM_BOT_TOKEN',
    value: (rng) => `${rng.range(1, 9)}${rng.chars(DIGITS, 9)}:${cat('A', 'A')}${token(rng, B64URL, 33)}`
  },
  {
    provider: 'openai-api-key',
    name: 'OPENAI_API_KEY',
    value: (rng) => cat('sk', '-proj-') + token(rng, B64URL, 74) + cat('T3Blbk', 'FJ') + token(rng, B64URL, 74)
  },
  { provider: 'anthropic-api-key', name: 'ANTHROPIC_API_KEY', value: (rng) => cat('sk', '-ant-api03-') + token(rng, B64URL, 93) + 'AA' },
  { provider: 'huggingface-token', name: 'HF_TOKEN', value: (rng) => cat('h', 'f_') + rng.chars(LETTERS, 34) },
  { provider: 'cohere-api-key', name: 'COHERE_API_KEY', value: (rng) => rng.base62(40) },
  { provider: 'replicate-api-token', name: 'REPLICATE_API_TOKEN', value: (rng) => cat('r8', '_') + rng.base62(37) },
  { provider: 'npm-token', name: 'NPM_TOKEN', value: (rng) => checksummed(rng, cat('np', 'm_')) },
  { provider: 'pypi-token', name: 'PYPI_API_TOKEN', value: (rng) => cat('pypi-', 'AgEIcHlwaS5vcmc') + token(rng, B64URL, 120) },
  { provider: 'dockerhub-pat', name: 'DOCKERHUB_TOKEN', value: (rng) => cat('dckr', '_pat_') + token(rng, B64URL, 27) },
  { provider: 'shopify-access-token', name: 'SHOPIFY_ACCESS_TOKEN', value: (rng) => cat('shp', 'at_') + rng.hex(32) },
  {
    provider: 'atlassian-api-token',
    name: 'ATLASSIAN_API_TOKEN',
    value: (rng) => cat('ATATT3', 'xFfGF0') + token(rng, B64URL, 171) + '=' + rng.chars(HEX.toUpperCase(), 8)
  },
  { provider: 'linear-api-key', name: 'LINEAR_API_KEY', value: (rng) => cat('lin', '_api_') + rng.base62(40) },
  { provider: 'notion-token', name: 'NOTION_TOKEN', value: (rng) => cat('nt', 'n_') + rng.chars(DIGITS, 11) + rng.base62(35) },
  { provider: 'datadog-app-key', name: 'DATADOG_APP_KEY', value: (rng) => rng.hex(40) },
  { provider: 'sentry-user-token', name: 'SENTRY_AUTH_TOKEN', value: (rng) => cat('sntr', 'yu_') + rng.hex(64) },
  { provider: 'jwt-service-role', name: 'SUPABASE_SERVICE_ROLE_KEY', value: credentialJwt },
  { provider: 'postgres-url', name: 'DATABASE_URL', value: (rng) => `postgres://app_${rng.chars(LOWER_ALNUM, 4)}:${urlPassword(rng)}@db-${rng.chars(LOWER_ALNUM, 6)}.internal.acme-corp.io:5432/orders` },
  { provider: 'mysql-url', name: 'MYSQL_URL', value: (rng) => `mysql://root:${urlPassword(rng)}@mysql.prod.acme-corp.io:3306/shop` },
  {
    provider: 'mongodb-url',
    name: 'MONGODB_URI',
    value: (rng) => `mongodb+srv://admin:${urlPassword(rng)}@cluster0.${rng.chars(LOWER_ALNUM, 5)}.mongodb.net/app?retryWrites=true&w=majority`
  },
  { provider: 'redis-url', name: 'REDIS_URL', value: (rng) => `redis://default:${urlPassword(rng)}@redis-${rng.range(10000, 19999)}.cache.acme-corp.io:6379` },
  { provider: 'amqp-url', name: 'AMQP_URL', value: (rng) => `amqps://orders:${urlPassword(rng)}@rabbit.acme-corp.io:5671/prod` },
  { provider: 'basic-auth-url', name: 'ARTIFACT_REGISTRY_URL', value: (rng) => `https://deploy-bot:${urlPassword(rng)}@artifacts.acme-corp.io/repository/npm-private/` },
  { provider: 'generic-password', name: 'DB_PASSWORD', value: password },
  { provider: 'generic-api-secret', name: 'PAYMENTS_API_SECRET', value: (rng) => token(rng, B64URL, 32) },
  { provider: 'generic-client-secret', name: 'OAUTH_CLIENT_SECRET', value: (rng) => rng.base62(40) }
];

/**
 * 64-column base64 lines of a DER structure of `bytes` bytes that starts with `prefix` (the ASN.1
 * or OpenSSH header a real key starts with, so scanners that check the magic bytes accept it),
 * followed by random bytes.
 */
function pemBody(rng, bytes, prefix = []) {
  const der = Buffer.alloc(bytes);
  Buffer.from(prefix).copy(der);
  for (let i = prefix.length; i < bytes; i += 1) der[i] = rng.int(256);
  const text = der.toString('base64');
  const lines = [];
  for (let i = 0; i < text.length; i += 64) lines.push(text.slice(i, i + 64));
  return lines;
}

const seq = (length) => (length < 128 ? [0x30, length] : [0x30, 0x82, length >> 8, length & 0xff]);
/** DER headers: PKCS#1 RSA, SEC1 EC (P-256), PKCS#8 (rsaEncryption), OpenSSH's own format, an OpenPGP secret-key packet. */
const DER_PREFIX = {
  rsa: (bytes) => [...seq(bytes - 4), 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
  ec: (bytes) => [...seq(bytes - 2), 0x02, 0x01, 0x01, 0x04, 0x20],
  pkcs8: (bytes) => [...seq(bytes - 4), 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82],
  openssh: () => [...Buffer.from('openssh-key-v1\0', 'latin1'), 0, 0, 0, 4, ...Buffer.from('none')],
  pgp: () => [0x95, 0x03, 0xc6, 0x04],
  spki: (bytes) => [...seq(bytes - 4), 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82],
  x509: (bytes) => [...seq(bytes - 4), 0x30, 0x82, (bytes - 300) >> 8, (bytes - 300) & 0xff, 0xa0, 0x03, 0x02, 0x01, 0x02]
};

/** Base64 lines of a key or certificate body of kind `der` (a key of {@link DER_PREFIX}). */
export function derBody(rng, der, bytes) {
  return pemBody(rng, bytes, DER_PREFIX[der](bytes));
}

/** Armor label → DER kind and size of the key (so the block looks the right length). */
const PRIVATE_KEY_KINDS = [
  { provider: 'private-key-rsa', label: 'RSA PRIVATE KEY', der: 'rsa', bytes: 1191 },
  { provider: 'private-key-ec', label: 'EC PRIVATE KEY', der: 'ec', bytes: 121 },
  { provider: 'private-key-openssh', label: 'OPENSSH PRIVATE KEY', der: 'openssh', bytes: 399 },
  { provider: 'private-key-pkcs8', label: 'PRIVATE KEY', der: 'pkcs8', bytes: 1218 },
  { provider: 'private-key-pgp', label: 'PGP PRIVATE KEY BLOCK', der: 'pgp', bytes: 900 }
];

/**
 * Multi-line secrets: `lines` to insert and `at`, the index of the line a scanner should report
 * (the BEGIN line of a PEM block, the `private_key` line of a service-account file).
 */
export const BLOCK_SECRETS = [
  ...PRIVATE_KEY_KINDS.map((kind) => ({
    provider: kind.provider,
    block(rng) {
      const begin = cat('-----BEGIN ', kind.label, '-----');
      const end = cat('-----END ', kind.label, '-----');
      // OpenPGP armor: a blank line after the header line, a CRC-24 line before the footer.
      const body = derBody(rng, kind.der, kind.bytes);
      const lines = kind.der === 'pgp' ? [begin, '', ...body, `=${rng.base64(4)}`, end] : [begin, ...body, end];
      return { lines, at: 0 };
    }
  })),
  {
    provider: 'private-key-in-json-string',
    block(rng) {
      const key = [cat('-----BEGIN ', 'PRIVATE KEY', '-----'), ...derBody(rng, 'pkcs8', 1218), cat('-----END ', 'PRIVATE KEY', '-----'), ''].join('\\n');
      return { lines: [`const signingKey = "${key}";`], at: 0 };
    }
  }
];

/**
 * A whole GCP service-account key file; the label is on its `private_key` line, and a report at
 * the start of the JSON object (line 1, where file-level detectors point) counts too.
 */
export function gcpServiceAccountFile(rng) {
  const project = `acme-${rng.pick(['prod', 'staging', 'data', 'ml'])}-${rng.range(100000, 999999)}`;
  const account = rng.pick(['deployer', 'ci-runner', 'bigquery-export', 'backup']);
  const key = [cat('-----BEGIN ', 'PRIVATE KEY', '-----'), ...derBody(rng, 'pkcs8', 1218), cat('-----END ', 'PRIVATE KEY', '-----'), ''].join('\\n');
  const lines = [
    '{',
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${rng.hex(40)}",`,
    `  "private_key": "${key}",`,
    `  "client_email": "${account}@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "${rng.chars(DIGITS, 21)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${account}%40${project}.iam.gserviceaccount.com",`,
    '  "universe_domain": "googleapis.com"',
    '}'
  ];
  return { lines, at: 4, alsoAt: [0], provider: 'gcp-service-account' };
}


/**
 * Context rules: credentials whose format says nothing, found by where they sit (issue #16: an
 * outside judge found 2 of 29 `curl` credentials and a third of basic-auth ones).
 *
 * - Command lines: `curl -u user:pass` / `--user`, HTTPie `-a user:pass` / `--auth`, `wget
 *   --password=` / `--http-password=` (curl(1) `--user`, wget(1) `--http-password`, HTTPie docs
 *   "Authentication"). Gated by the file naming one of the tools, so a `curl \` command continued
 *   over several lines is read whole.
 * - HTTP headers anywhere (shell, Markdown, CI logs, YAML, `.http` files, Postman/Insomnia JSON):
 *   `Authorization: Bearer|Token|Basic …` (RFC 9110 §11.6.2, RFC 6750 §2.1, RFC 7617 §2) and the
 *   API-key headers providers document (`X-Api-Key`, GitLab's `PRIVATE-TOKEN`, `X-Auth-Token`).
 *   A `Basic` value is decoded and its password judged; a token must not read as a name.
 * - An id and a secret on neighbouring lines (`client_id` then `client_secret`): rules/paired.ts.
 *
 * Category `context`: a provider's own rule on the same text wins (the scanner keeps the most
 * specific finding), and so does a key block; a generic guess yields to these.
 */
import type { Confidence } from '../../report/finding.js';
import type { SecretRule } from '../contracts.js';
import { isPlaceholderBasicCredential, isPlaceholderPassword, isPlaceholderToken } from '../credential-shape.js';
import { looksClearlyGenerated, readsAsWords } from '../looks-generated.js';
import { rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

/** A token as headers carry it: base64, base64url, hex, dotted (RFC 6750 §2.1 `b64token`). */
const TOKEN = String.raw`([A-Za-z0-9._~+/-]{16,1024}={0,2})(?![A-Za-z0-9._~+/=-])`;
/** Where an option's value ends on a command line. */
const ARG_END = String.raw`["']?(?=[\s\\;|&)]|$)`;
/**
 * An option's dash, after whitespace or the quote that opened a command in a string. The dash
 * comes first so the regex engine scans for it rather than trying a look-behind at every offset.
 */
const OPTION_START = String.raw`-(?<=[ \t"'=]-)`;
/**
 * Files that run these tools (`http -a`, `https --auth` for HTTPie); the option alone (`-u a:b`)
 * is too common elsewhere (`docker -u 0:0`).
 */
const COMMAND_KEYWORDS = ['curl', 'wget', 'httpie', 'http -', 'https -', 'xh '];

/** Header names that carry a credential, each from its provider's API docs. */
const CREDENTIAL_HEADER = [
  String.raw`api-?key|api-secret|auth-key|auth-token|access-token|api-token|private-token`,
  String.raw`(?:vault|consul|nomad|circle|figma|riot|tracker|postmark-server|postmark-account)-token`
].join('|');

/** Sure when the value is clearly generated; a person-chosen password is still a credential. */
const confidenceOf = (value: string): Confidence => (looksClearlyGenerated(value) ? 'high' : 'medium');

const ROTATE_PASSWORD = rotateThenRemove(
  'change the password (or revoke the token) at the service the command or request calls, and pass it from the environment (`curl -u "$USER:$PASS"`, `--netrc`) instead'
);
const ROTATE_TOKEN = rotateThenRemove(
  'revoke the token at the service the request calls (the host or the header name says which) and issue a new one; read it from the environment in scripts and docs'
);

/** The user in front of `:password` on the line, for the "password equals user" test. */
function userBefore(password: string, line: string): string {
  const at = line.indexOf(`:${password}`);
  return at < 0 ? '' : (/([^\s"'=]{1,64})$/.exec(line.slice(0, at))?.[1] ?? '');
}

export const CONTEXT_RULES: readonly SecretRule[] = [
  {
    id: 'command-line-password',
    title: 'Password on a command line',
    description: 'A password passed to `curl -u user:pass` / `--user`, HTTPie `-a user:pass` / `--auth`, or `wget --password=` / `--http-password=`.',
    severity: 'high',
    keywords: COMMAND_KEYWORDS,
    keywordScope: 'file',
    pattern: rx`${OPTION_START}(?:(?:u|-user|-proxy-user|a|-auth)(?:[ \t]{1,4}|=)?["']?[^\s:"'$<{}()\\]{1,64}:|-(?:http-|ftp-|proxy-)?password(?:[ \t]{1,4}|=)["']?)([^\s"']{1,128}?)${ARG_END}`,
    secretGroup: 1,
    confidenceOf,
    isFalsePositive: (password, line) => isPlaceholderPassword(password, userBefore(password, line)),
    remediation: ROTATE_PASSWORD,
    category: 'context'
  },
  // Stripe, Freshdesk, Mailchimp and others take the API key as the user with no password.
  {
    id: 'command-line-api-key',
    title: 'API key on a command line',
    description: 'An API key passed as the user of `curl -u KEY:` (empty or `X` password), as several APIs document.',
    severity: 'high',
    keywords: ['curl'],
    keywordScope: 'file',
    pattern: rx`${OPTION_START}(?:u|-user)(?:[ \t]{1,4}|=)?["']?([A-Za-z0-9_-]{20,128}):[Xx]?${ARG_END}`,
    secretGroup: 1,
    isFalsePositive: (key) => !looksClearlyGenerated(key),
    remediation: ROTATE_TOKEN,
    category: 'context'
  },
  {
    id: 'authorization-bearer-token',
    title: 'Bearer token in an Authorization header',
    description: '`Authorization: Bearer …` (RFC 6750) in a command, a request file, a log, docs or a collection export.',
    severity: 'high',
    keywords: ['bearer'],
    pattern: rxi`(?<![A-Za-z0-9_-])bearer[ \t]{1,4}${TOKEN}`,
    secretGroup: 1,
    minEntropy: 3,
    confidenceOf,
    isFalsePositive: isPlaceholderToken,
    remediation: ROTATE_TOKEN,
    category: 'context'
  },
  {
    id: 'authorization-header-token',
    title: 'Token in an Authorization header',
    description: '`Authorization: Token …` (GitHub, Django REST framework), `Bot …` (Discord), `SSWS …` (Okta), `ApiKey …` or a bare token.',
    severity: 'high',
    keywords: ['authorization'],
    pattern: rxi`authorization["']?[ \t]{0,4}(?::|=|["']?,[ \t]{0,4}["']?value["']?[ \t]{0,4}:)[ \t]{0,4}["']?(?:(?:token|bot|ssws|apikey|api-key|key|sso-key)[ \t]{1,4})?(?!bearer|basic|digest|negotiate|ntlm|aws4|hmac|signature|mutual|vapid)${TOKEN}`,
    secretGroup: 1,
    minEntropy: 3,
    confidenceOf,
    isFalsePositive: isPlaceholderToken,
    remediation: ROTATE_TOKEN,
    category: 'context'
  },
  {
    id: 'authorization-basic-credentials',
    title: 'Basic auth credentials in an Authorization header',
    description: '`Authorization: Basic base64(user:password)` (RFC 7617) whose password is not a placeholder.',
    severity: 'high',
    keywords: ['basic'],
    pattern: rxi`(?<![A-Za-z0-9_-])basic[ \t]{1,4}([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=_-])`,
    secretGroup: 1,
    confidenceOf,
    isFalsePositive: isPlaceholderBasicCredential,
    remediation: ROTATE_PASSWORD,
    category: 'context'
  },
  {
    id: 'api-key-header',
    title: 'API key in a request header',
    description:
      'Credential headers providers document: `X-Api-Key`, `Api-Key`, `X-Auth-Token`, `X-Access-Token`, GitLab `PRIVATE-TOKEN`, Cloudflare `X-Auth-Key`, `X-Vault-Token`, `Circle-Token`, `X-Figma-Token`, `X-Postmark-Server-Token`.',
    severity: 'high',
    keywords: ['api-key', 'apikey', 'auth-token', 'access-token', 'api-token', 'private-token', 'auth-key', 'vault-token', 'consul-token', 'nomad-token', 'circle-token', 'figma-token', 'riot-token', 'postmark-', 'tracker-token', 'api-secret'],
    pattern: rxi`(?<![A-Za-z0-9_-])(?:x-)?(?:${CREDENTIAL_HEADER})["']?[ \t]{0,4}:[ \t]{0,4}["']?${TOKEN}`,
    secretGroup: 1,
    minEntropy: 3,
    confidenceOf,
    isFalsePositive: isPlaceholderToken,
    remediation: ROTATE_TOKEN,
    category: 'context'
  },
  // Postman collections and environments: `{"key": "token", "value": "…"}`, one pair per object.
  {
    id: 'collection-credential',
    title: 'Credential in an API collection',
    description: 'A Postman/Insomnia `{"key": "token" | "password" | "apiKey" | "X-Api-Key", "value": "…"}` entry with a literal value.',
    severity: 'high',
    keywords: ['"value"'],
    keywordScope: 'file',
    scope: 'file',
    pattern: rxi`"key"[ \t]{0,4}:[ \t]{0,4}"(?:token|access_?token|password|api_?key|x-api-key|client_?secret|secret)"[ \t]{0,4},\s{0,40}"value"[ \t]{0,4}:[ \t]{0,4}"([^"\s\\]{8,512})"`,
    secretGroup: 1,
    confidenceOf,
    isFalsePositive: (value) => isPlaceholderPassword(value) || readsAsWords(value),
    remediation: ROTATE_TOKEN,
    category: 'context'
  }
];

/**
 * The generic rule: a value assigned to a name that says secret (`password`, `secret`, `token`,
 * `api_key`, `access_key`, `auth`), in .env, YAML, JSON, TOML, code and headers. A guess, so it is
 * gated three ways: by entropy (3.5 bits per character, gitleaks' threshold), by a length of 12,
 * and by shape (not a reference, a path, a URL, a code expression or a word); its findings have
 * low confidence.
 *
 * Values that another rule owns are left to it: provider prefixes (`ghp_…`, `sk_live_…`) and names
 * of providers whose keys have no prefix (`AWS_SECRET_…`, `DATADOG_API_KEY`). When the provider
 * rule does not match them, they are not that provider's key, and a guess would only add noise.
 */
import { Buffer } from 'node:buffer';
import type { SecretRule } from '../contracts.js';
import { isMadeOfName, looksClearlyGenerated, readsAsWords } from '../looks-generated.js';
import { ASSIGN, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

/** Name parts that say "the value is a secret"; `auth` and `pass` as whole words (not `author`, `passive`). */
const SECRET_NAME = String.raw`(?:secret|passw(?:or)?d|passphrase|pass(?![a-z])|pwd|token|api[_-]?key|access[_-]?key|auth(?![a-z])|(?:encrypt(?:ion)?|signing|cipher|hmac)[_-]?key)`;

/**
 * How every `SECRET_NAME` begins, looked for first: irregexp tries the pattern at every offset of a
 * keyword line, and `OWNED_NAME`'s look-behind (up to 30 characters back) is costly to try at each;
 * this turns most offsets away in a character or two. Same matches, ~30% less time for this rule
 * on the keyword lines of the 200 MB benchmark corpus.
 */
const SECRET_NAME_START = String.raw`(?=secret|pass|pwd|token|api|access|auth|encrypt|signing|cipher|hmac)`;

/** Providers with a keyword-gated rule of their own (`cloud*.ts`, `comms.ts`, `ai.ts`, …). */
const OWNED_NAME = String.raw`(?<!(?:aws|heroku|cloudflare|cohere|datadog|twilio|postmark|okta|vercel|mailgun)[a-z0-9_.-]{0,30})`;

/** Prefixes of the provider rules, and the starts of values that are not literals. */
const NOT_A_LITERAL = String.raw`(?!${[
  String.raw`gh[pousr]_|github_pat_|gl[a-z]{2,7}-|GR1348941|[sr]k_(?:live|test)_|whsec_|xox[a-z]-|xapp-`,
  String.raw`AKIA|ASIA|AIza|GOCSPX-|ya29\.|LTAI|HRKU-|do[por]_v1_|npm_|pypi-|dckr_|rubygems_|oy2|AKCp`,
  String.raw`sk-|hf_|api_org_|r8_|gsk_|pplx-|xai-|lsv2_|shp(?:at|ca|pa|ss)_|ATATT3|ATBB|lin_api_|ntn_|secret_|figd_`,
  String.raw`SG\.|key-|xkeysib-|sq0|EAAA|access_token\$|access-production-|sntry[su]_|glc_|glsa_|NRAK-|NRII-|PMAK-`,
  String.raw`dt0[cs]01\.|nfp_|rnd_|sbp_|sb_secret_|pscale_|dp\.|hv[sbr]\.|pul-|CCIP|bkua_|dapi|pnu_|fm[12]|fo1_|ops_eyJ|pat-`,
  String.raw`eyJ|-----BEGIN|AGE-SECRET|[a-z][a-z0-9+.-]{1,20}://|[$%{<\[(*./~\\#@:]`,
  String.raw`process\.|import\.meta|os\.(?:environ|getenv)|getenv|env\.|ENV\[|System\.getenv|secrets\.|vars\.`
].join('|')})`;

/**
 * A literal value: printable ASCII without spaces, quotes or brackets (so not prose in another
 * script, `未預期的語彙基元`), and it ends where the literal does: at a quote, escaped or not (code in
 * a JSON string), a space, a separator or the end of the line. Lazy, so the `\` of an escaped
 * quote ends the value rather than joining it; the class holds nothing else the end can be.
 */
const VALUE = String.raw`([A-Za-z0-9!#$%&*+./:=?@\\^_|~-]{12,200}?)(?=\\?["'\x60]|[\s,;)\]}<]|$)`;

/** `${VAR}`, `{{ var }}`, `%(name)s`, `#{x}`, `$VAR`, `<your-key>`, environment lookups. */
const REFERENCE = /^\$|\$\{|\{\{|%\(|#\{|<[^>]*>|process\.env|os\.environ|getenv|ENV\[|import\.meta/;
/**
 * Text people put where a secret goes: placeholder words, a value that names itself
 * (`personal-access-token123`), keyboard runs (`abc123`, `qwerty`). A random 32-character base62
 * value contains `abc` or `123` about once in 8,000.
 */
const PLACEHOLDER =
  /your|example|sample|dummy|placeholder|changeme|change_me|redacted|replace|insert|fake|foobar|lorem|xxxx|\*\*\*|\.\.\.|token|secret|passw|personal|access|bearer|abc|xyz|123|qwerty|asdf/i;
/**
 * `config.auth.token`, `result.groups?.password`, `!!node.token`: an expression, not a literal; and
 * the paths a redaction or logging library is given (`users.*.password`).
 */
const DOTTED_IDENTIFIER = /^!*[A-Za-z_$][\w$]*(?:\??\.(?:[A-Za-z_$][\w$]*|\*))+$/;
/** `GITHUB_TOKEN`, `MY_SECRET_2`: the name of an environment variable or constant. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/**
 * `SecretsConfig`, `URLPatternComponentResult`, `not-a-real-secret`, `OpeningParenToken$1`: words
 * and identifiers. Letters only (digits at most at the end) with few capitals; random letters are
 * about half capitals.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$.-]*\d{0,2}$/;
const MAX_IDENTIFIER_CAPITALS = 0.35;
/** Paths and file names: `/run/secrets/db`, `./key.pem`, `C:\keys`, `token.json`. */
const PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/])|\.(?:json|ya?ml|toml|pem|key|crt|cer|p12|pfx|jks|txt|env|js|ts|py|rb|sh)$/i;

/** Whether a generic match is not a literal secret, by the shapes above; exported for tests. */
export function isNotASecretLiteral(value: string): boolean {
  // Source text inside a JSON string (a source map's `sourcesContent`) runs on past the expression
  // through its escaped newline: `!!o.objectMode\n\nconst` is the expression `!!o.objectMode`
  // (glob and minipass, #16). The literal ends at the first escaped line break.
  const literal = value.split(ESCAPED_BREAK)[0] ?? value;
  return (
    readsAsWords(literal) ||
    isChainedAssignment(literal) ||
    isUrlFragment(literal) ||
    REFERENCE.test(literal) ||
    PLACEHOLDER.test(literal) ||
    DOTTED_IDENTIFIER.test(literal) ||
    CONSTANT_NAME.test(literal) ||
    isIdentifier(literal) ||
    PATH.test(literal) ||
    PUBLIC_CLIENT_ID.test(literal) ||
    /^\d+$/.test(literal)
  );
}

const TRAILING_ESCAPES = /(?:\\[nrt])+$/;
const ESCAPED_BREAK = /\\[nrt]/;

/** `P.isWritable=P.isReadable=P.isStream=void`: minified code assigning in a chain, not a value. */
function isChainedAssignment(value: string): boolean {
  const parts = value.split('=');
  return parts.length > 1 && parts.some((part) => part.includes('.')) && parts.every((part) => MEMBER_OR_NAME.test(part));
}
const MEMBER_OR_NAME = /^!*[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/;
/**
 * `rfc8693#section-2.1`, `guide.md#access-tokens`: a link's fragment (words after `#`), not a key
 * (a doc comment, #16). A random password may hold `#` too, followed by no words.
 */
function isUrlFragment(value: string): boolean {
  const fragment = value.slice(value.lastIndexOf('#') + 1);
  return value.includes('#') && /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/.test(fragment) && fragment.length >= 4 && readsAsWords(fragment);
}

/**
 * The name the value is assigned to, as written before the operator (`X_SESSION_AUTH_INI_NAME`,
 * `"token_type"`, `nextPageToken`), or `''` when the line does not show it.
 */
export function assignedName(value: string, line: string): string {
  const at = line.indexOf(value);
  if (at <= 0) return '';
  return NAME_BEFORE_VALUE.exec(line.slice(Math.max(0, at - 96), at))?.[1] ?? '';
}
const NAME_BEFORE_VALUE = /([A-Za-z0-9_.$-]+)["'\x60]?\]?[ \t]*(?:=>|:=|=|:)[ \t]*["'\x60]?$/;

/**
 * Names that hold something about a secret rather than the secret: its kind or where it is
 * (`token_type`, `token_url`, `password_field`), and opaque cursors of paginated APIs
 * (`nextPageToken`, `continuation_token`), which SDK doc examples show with real-looking values.
 */
const NOT_A_SECRET_NAME =
  /(?:next|page|continuation|pagination|sync|resume|cursor|start|end|prev(?:ious)?)[_.-]?(?:page[_.-]?)?token|[_.-](?:type|kind|url|uri|endpoint|host|name|path|file|field|header|prefix|format|length|len|count|size|ttl|expiry|expires(?:_at|_in)?|id|hash|sha|digest|hint|label|mode|version|algorithm|algo|alg)$/i;
/** The same suffixes in camelCase: `tokenType`, `encryptionKeyAlgorithm`, `apiKeyId`. */
const NOT_A_SECRET_CAMEL_NAME =
  /[a-z0-9](?:Type|Kind|Url|Uri|Endpoint|Host|Name|Path|File|Field|Header|Prefix|Format|Length|Len|Count|Size|Ttl|Expiry|Expires(?:At|In)?|Id|Hash|Sha|Digest|Hint|Label|Mode|Version|Algorithm|Algo|Alg)$/;

/**
 * Badge URLs of coverage services (`codecov.io/…/badge.svg?token=…`, Coveralls' `?repo_token=` in a
 * README image): Codecov calls this the graphing token, "read-only… safe to share publicly"
 * (https://docs.codecov.com/docs/graphs). A README shows it by design, so it is no finding.
 */
const BADGE_URL = /(?:codecov\.io|coveralls\.io)\/[^\s"'()]*(?:badge|graph)[^\s"'()]*[?&](?:repo_)?token=|badge\.svg\?(?:[^\s"'()]*&)?token=/i;

/** The line-aware half of the generic rule's false positives: the name, and badge URLs. */
export function isNotASecretAssignment(value: string, line: string): boolean {
  if (isNotASecretLiteral(value) || BADGE_URL.test(line)) return true;
  const name = assignedName(value, line);
  if (name !== '' && (NOT_A_SECRET_NAME.test(name) || NOT_A_SECRET_CAMEL_NAME.test(name) || isMadeOfName(value.replace(TRAILING_ESCAPES, ''), name))) return true;
  // A Kubernetes Secret's `data` holds base64: `CLIENT_SECRET_PARAM: Y2xpZW50X3NlY3JldA==` is the
  // word `client_secret`, and base64 looks generated whatever it encodes. Judged by what it encodes
  // (the decoded value, when it is a secret, is scanned on its own: decode-spans.ts).
  const decoded = decodedText(value);
  return decoded !== undefined && (isNotASecretLiteral(decoded) || (name !== '' && isMadeOfName(decoded, name)));
}

/** Base64 of a word, an identifier or a placeholder (see `isNotASecretAssignment`). */
function decodesToNoSecret(value: string): boolean {
  const decoded = decodedText(value);
  return decoded !== undefined && isNotASecretLiteral(decoded);
}

/** Padded base64 (or a multiple of four characters) of printable ASCII: the text, else undefined. */
function decodedText(value: string): string | undefined {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return undefined;
  const text = Buffer.from(value, 'base64').toString('latin1');
  return PRINTABLE.test(text) ? text : undefined;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PRINTABLE = /^[\x20-\x7e]+$/;

/** Google OAuth client IDs are public by design (they sit in every login page); the bench flagged them. */
const PUBLIC_CLIENT_ID = /\.apps\.googleusercontent\.com$/;

function isIdentifier(value: string): boolean {
  if (!IDENTIFIER.test(value)) return false;
  const capitals = value.replace(/[^A-Z]/g, '').length;
  return capitals / value.length <= MAX_IDENTIFIER_CAPITALS;
}

/**
 * A name/value environment entry: Kubernetes and Cloud Run (`- name: DB_PASSWORD` then
 * `value: …`), CloudFormation (`Name:`/`Value:`) and ECS task definitions (`"name": …,` then
 * `"value": …`, or both on one line): the name that says secret and the value are often on two
 * lines, so the rule reads each `value` line with the line before it (`readsLineBefore`). The
 * pattern starts at `value` and looks back for the name: irregexp then searches for "value" rather
 * than trying the name at every character.
 */
const ENV_ENTRY = String.raw`(?<=(?<![A-Za-z0-9_])["']?name["']?[ \t]{0,4}:[ \t]{0,4}["']?[A-Za-z0-9_.-]{0,40}${SECRET_NAME}[A-Za-z0-9_.-]{0,30}["']?[ \t]{0,4},?[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']?)value["']?[ \t]{0,4}:[ \t]{0,4}["']?`;

export const GENERIC_RULES: readonly SecretRule[] = [
  {
    id: 'generic-secret',
    title: 'Secret assigned in code or config',
    description:
      'A high-entropy literal assigned to a name containing `secret`, `password`, `passwd`, `pwd`, `token`, `api_key`, `access_key`, `client_secret`, `auth` or an encryption, signing or HMAC key.',
    // High at high confidence, which a guess never has: a clearly generated value is medium
    // confidence (severity medium: a committed Coveralls `repo_token` was rated low, #16), any
    // other value low.
    severity: 'high',
    keywords: ['secret', 'pass', 'pwd', 'token', 'api_key', 'api-key', 'apikey', 'access_key', 'access-key', 'accesskey', 'auth', 'encrypt', 'signing', 'cipher', 'hmac'],
    pattern: rxi`${SECRET_NAME_START}${OWNED_NAME}${SECRET_NAME}${ASSIGN}${NOT_A_LITERAL}${VALUE}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'low',
    confidenceOf: (value) => (looksClearlyGenerated(value) ? 'medium' : 'low'),
    isFalsePositive: isNotASecretAssignment,
    remediation: rotateThenRemove(
      'rotate it at the service that issued it (the name it is assigned to says which), or change the password where it is used'
    ),
    category: 'generic'
  },
  {
    id: 'env-entry-secret',
    title: 'Secret in an environment entry',
    description:
      'A high-entropy literal as the `value` of an environment entry whose `name` says secret: Kubernetes and Cloud Run `env`, CloudFormation `Environment`, ECS task definitions.',
    severity: 'high',
    keywords: ['value:', '"value"', "'value'"],
    // Run on the lines holding `value` and the line before each, where the name may be: as a
    // file-scope rule it read every file of JavaScript with an object's `value:` (a quarter of the
    // regex time on the real-code benchmark).
    keywordScope: 'line',
    readsLineBefore: true,
    pattern: rxi`${ENV_ENTRY}${NOT_A_LITERAL}${VALUE}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'low',
    confidenceOf: (value) => (looksClearlyGenerated(value) ? 'medium' : 'low'),
    isFalsePositive: (value) => isNotASecretLiteral(value) || decodesToNoSecret(value),
    remediation: rotateThenRemove(
      'rotate it at the service that issued it (the entry\'s name says which), and give the container the value from a Secret (`valueFrom.secretKeyRef`) instead'
    ),
    category: 'generic'
  }
];

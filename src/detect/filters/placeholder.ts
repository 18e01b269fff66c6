/**
 * Values with a secret's shape that are documentation or templates, not credentials: documented
 * example keys, masks (`sk_live_xxxx…`, `****`), "put your key here" text, references to where the
 * real value comes from (`${VAR}`, `{{ var }}`, `process.env.X`), and filler (`00000000`,
 * `123456…`, `abcdef…`). Dropped: no real token has these shapes (a run of 8 equal base62
 * characters is about 1 in 62^7 per position).
 */
import type { SharedFilter } from './filter-types.js';

const join = (...parts: string[]): string => parts.join('');

/**
 * Keys published in provider documentation, assembled so this file does not itself look like a
 * leak: AWS (https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html), Stripe
 * (https://docs.stripe.com/keys, older and current docs), GitHub REST docs, jwt.io's example token,
 * and the Secret Key of 1Password's security white paper (as printed there, and with the hyphen
 * its emergency kits put in), which SDKs quote in `@example` comments (#16), and the one in the
 * decoded service-account token 1Password's docs show (`ops_…` → `"secretKey": …`), which scanners'
 * rule packs and SDK tests quote as the docs' example.
 */
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set([
  join('AKIA', 'IOSFODNN7', 'EXAMPLE'),
  join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'),
  join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc'),
  join('sk_', 'test_', 'BQokikJOvBiI2HlWgH4olfQ2'),
  join('pk_', 'test_', 'TYooMQauvdEDq54NiTphI7jx'),
  join('ghp_', '16C7e42F292c6912E7710c838347Ae178B4a'),
  join('A3-', 'ASWWYB-', '798JRYLJVD4', '-23DC2-86TVM-H43EB'),
  join('A3-', 'ASWWYB-', '798JRY-LJVD4', '-23DC2-86TVM-H43EB'),
  join('A3-', 'C4ZJMN-', 'PQTZTL-HGL84', '-G64M7-KVZRN-4ZVP6'),
  join(
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.',
    'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.',
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
  )
]);

/** Words and masks people write instead of a key. */
const PLACEHOLDER_TEXT =
  /example|changeme|change[-_]me|placeholder|redacted|replace[-_]?me|x{4}|\*{3}|\.{3}|…|<[^>]*>|your[-_ ]?(?:api[-_ ]?|access[-_ ]?|secret[-_ ]?)?(?:key|token|secret|password|pass|pwd|id)|(?:^|[-_])here$|^(?:insert|enter|put|paste)[-_ ]/i;

/** Where the real value comes from: template syntax and environment lookups. */
const REFERENCE =
  /^\$[A-Za-z_{(]|\$\{|\{\{|\{%|<%|%\([a-z_]+\)s|#\{|process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|secrets\.[A-Z_]/;

/** A run of 8 equal letters or digits: filler such as `T00000000`. */
const REPEATED_RUN = /([A-Za-z0-9])\1{7}/;

/** Ascending runs this long (`123456`, `abcdef`) are typed, not generated. */
const SEQUENCE_LENGTH = 6;

/** Whether a matched value is an obvious placeholder rather than a credential. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim().replace(/^["'`]|["'`]$/g, '');
  if (DOCUMENTED_EXAMPLES.has(trimmed)) return true;
  // A key block's body is DER in base64, not typed text: an OpenSSH key holds `AAAAAAAAAAB`
  // (zero-length fields) in every copy, so runs say nothing there (the judge found 0 of 11 OpenSSH
  // keys, #16), and 1,600 random base64 characters hold `xXxX` or `eXaMpLe`-like text often enough
  // to lose real keys. An elided body (`MIIE...`, `<key>`, `XXXX`) is the rule's own test
  // (`isElidedKeyBlock`).
  if (trimmed.startsWith('-----BEGIN')) return false;
  if (PLACEHOLDER_TEXT.test(trimmed) || REFERENCE.test(trimmed)) return true;
  return REPEATED_RUN.test(trimmed) || hasAscendingRun(trimmed, SEQUENCE_LENGTH);
}

/** `123456`, `abcdef`, `ABCDEF`: each character one more than the last, among letters and digits. */
export function hasAscendingRun(value: string, length: number): boolean {
  let run = 1;
  for (let index = 1; index < value.length; index += 1) {
    const previous = value.charCodeAt(index - 1);
    const current = value.charCodeAt(index);
    run = current === previous + 1 && isAlphanumeric(current) && isAlphanumeric(previous) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export const placeholderFilter: SharedFilter = {
  name: 'placeholder',
  judge: ({ value }) => (isPlaceholder(value) ? 'drop' : 'keep')
};

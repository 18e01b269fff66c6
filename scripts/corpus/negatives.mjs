// Hard negatives: text that looks like a secret to a naive scanner and is not one. Each kind says
// what a scanner must recognise: placeholders, documented example keys, hashes, lockfile integrity,
// UUIDs, public keys and certificates, test fixtures marked fake, encrypted values, references to
// the environment. Built at run time like the positives (see secret-values.mjs).
import { cat, derBody } from './secret-values.mjs';
import { BASE62 } from './prng.mjs';

/** AWS's documented example credentials (IAM user guide). */
export const AWS_EXAMPLE_KEY_ID = cat('AKIA', 'IOSFODNN7', 'EXAMPLE');
export const AWS_EXAMPLE_SECRET = cat('wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY');
/** The example token of jwt.io (`{"sub":"1234567890","name":"John Doe","iat":1516239022}`): no credential in it. */
const JWT_IO_EXAMPLE = cat(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
);

/**
 * Value-level negatives: a `name` (often a credential's name, which is what makes them hard) and a
 * `value` assigned to it in the host file's syntax.
 */
export const VALUE_NEGATIVES = [
  { kind: 'placeholder-angle', name: 'GITHUB_TOKEN', value: () => '<your-github-token>' },
  { kind: 'placeholder-angle', name: 'STRIPE_SECRET_KEY', value: () => '<STRIPE_SECRET_KEY>' },
  { kind: 'placeholder-x', name: 'STRIPE_SECRET_KEY', value: () => cat('sk', '_live_') + 'x'.repeat(24) },
  { kind: 'placeholder-x', name: 'AWS_SECRET_ACCESS_KEY', value: () => 'x'.repeat(40) },
  { kind: 'placeholder-x', name: 'GITHUB_TOKEN', value: () => cat('gh', 'p_') + 'X'.repeat(36) },
  { kind: 'placeholder-x', name: 'OPENAI_API_KEY', value: () => cat('sk', '-') + '*'.repeat(48) },
  { kind: 'placeholder-var', name: 'NPM_TOKEN', value: () => '${NPM_TOKEN}' },
  { kind: 'placeholder-var', name: 'DATABASE_URL', value: () => 'postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app' },
  { kind: 'placeholder-var', name: 'SLACK_WEBHOOK_URL', value: () => '{{ .Values.slack.webhookUrl }}' },
  { kind: 'placeholder-word', name: 'DB_PASSWORD', value: () => 'changeme' },
  { kind: 'placeholder-word', name: 'API_KEY', value: () => 'your_api_key_here' },
  { kind: 'placeholder-word', name: 'CLIENT_SECRET', value: () => 'REPLACE_ME' },
  { kind: 'placeholder-word', name: 'ADMIN_PASSWORD', value: () => '********' },
  { kind: 'placeholder-word', name: 'ANTHROPIC_API_KEY', value: () => cat('sk', '-ant-') + '...' },
  { kind: 'docs-example', name: 'AWS_ACCESS_KEY_ID', value: () => AWS_EXAMPLE_KEY_ID },
  { kind: 'docs-example', name: 'AWS_SECRET_ACCESS_KEY', value: () => AWS_EXAMPLE_SECRET },
  { kind: 'docs-example', name: 'ID_TOKEN', value: () => JWT_IO_EXAMPLE },
  { kind: 'docs-example', name: 'SLACK_BOT_TOKEN', value: () => cat('xo', 'xb-', 'not-a-real-token-this-will-not-work') },
  { kind: 'docs-example', name: 'DATABASE_URL', value: () => 'postgres://user:password@localhost:5432/mydb' },
  { kind: 'docs-example', name: 'REDIS_URL', value: () => 'redis://localhost:6379/0' },
  { kind: 'hash-sha1', name: 'GIT_COMMIT', value: (rng) => rng.hex(40) },
  { kind: 'hash-sha256', name: 'ARTIFACT_SHA256', value: (rng) => rng.hex(64) },
  { kind: 'hash-md5', name: 'CONTENT_MD5', value: (rng) => rng.hex(32) },
  { kind: 'hash-sha256', name: 'IMAGE_DIGEST', value: (rng) => `sha256:${rng.hex(64)}` },
  { kind: 'uuid', name: 'TENANT_ID', value: (rng) => rng.uuid() },
  { kind: 'uuid', name: 'AZURE_CLIENT_ID', value: (rng) => rng.uuid() },
  { kind: 'uuid', name: 'REQUEST_ID', value: (rng) => rng.uuid() },
  { kind: 'public-identifier', name: 'STRIPE_PUBLISHABLE_KEY', value: (rng) => cat('pk', '_live_', '51') + rng.base62(97) },
  { kind: 'public-identifier', name: 'GOOGLE_OAUTH_CLIENT_ID', value: (rng) => `${rng.range(100000000000, 999999999999)}-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com` },
  { kind: 'not-a-secret', name: 'PASSWORD_MIN_LENGTH', value: () => '12' },
  { kind: 'not-a-secret', name: 'TOKEN_TYPE', value: () => 'Bearer' },
  { kind: 'not-a-secret', name: 'API_KEY_HEADER', value: () => 'X-Api-Key' },
  { kind: 'not-a-secret', name: 'SECRET_NAME', value: () => 'prod/payments/stripe-secret-key' },
  { kind: 'not-a-secret', name: 'PASSWORD_RESET_PATH', value: () => '/account/password/reset' },
  {
    kind: 'encrypted',
    name: 'DB_PASSWORD',
    value: (rng) => `ENC[AES256_GCM,data:${rng.base64(24)},iv:${rng.base64(43)}=,tag:${rng.base64(22)}==,type:str]`
  }
];

/** References to the environment or a secret store, in each host's own syntax. */
const ENV_REFERENCES = {
  ts: (name) => `process.env.${name}`,
  js: (name) => `process.env.${name} ?? ''`,
  py: (name) => `os.environ["${name}"]`,
  go: (name) => `os.Getenv("${name}")`,
  yaml: (name) => `\${{ secrets.${name} }}`,
  json: (name) => `"\${${name}}"`,
  env: (name) => `\${${name}}`,
  sh: (name) => `"$(cat /run/secrets/${name.toLowerCase()})"`,
  tf: (name) => `var.${name.toLowerCase()}`,
  dockerfile: (name) => `\${${name}}`,
  md: (name) => `$${name}`,
  log: (name) => `[REDACTED ${name}]`
};
const ENV_NAMES = ['OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'DATABASE_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'SLACK_BOT_TOKEN'];

/** A raw assignment from the environment: `const stripeKey = process.env.STRIPE_SECRET_KEY;` etc. */
export function envReference(rng, host) {
  const name = rng.pick(ENV_NAMES);
  return { kind: 'placeholder-env-ref', name, raw: (ENV_REFERENCES[host] ?? ENV_REFERENCES.env)(name) };
}

/** A fake token in a test fixture: secret-shaped, high entropy, and marked fake by name and comment. */
export function fakeFixture(rng) {
  const body = (prefix, count) => prefix + 'FAKE' + rng.base62(count - 4);
  const fakes = [
    ['fakeGithubToken', body(cat('gh', 'p_'), 36)],
    ['fakeStripeKey', body(cat('sk', '_live_'), 28)],
    ['dummySlackToken', cat('xo', 'xb-', '0000000000-', '0000000000000-', 'DUMMY', rng.base62(19))],
    ['fakeNpmToken', body(cat('np', 'm_'), 36)],
    ['exampleOpenaiKey', cat('sk', '-proj-', 'EXAMPLE', rng.base62(40))]
  ];
  const [name, value] = rng.pick(fakes);
  return { kind: 'test-fixture-fake', name, value };
}

/** Lines of text that carry a hard negative by themselves (no assignment): logs, lockfiles, SRI, keys. */
export const LINE_NEGATIVES = [
  { hosts: ['log', 'md'], kind: 'hash-git-sha', line: (rng) => `commit ${rng.hex(40)}` },
  { hosts: ['log', 'md'], kind: 'hash-git-sha', line: (rng) => `Merge: ${rng.hex(7)} ${rng.hex(7)}  (HEAD -> main, origin/main) ${rng.hex(40)}` },
  { hosts: ['json'], kind: 'lockfile-integrity', line: (rng) => `      "integrity": "sha512-${rng.base64(86)}==",` },
  { hosts: ['yaml', 'md'], kind: 'lockfile-integrity', line: (rng) => `  integrity sha512-${rng.base64(86)}==` },
  { hosts: ['md', 'log'], kind: 'lockfile-integrity', line: (rng) => `github.com/${rng.pick(['spf13', 'stretchr', 'google'])}/${rng.pick(['cobra', 'testify', 'uuid'])} v1.${rng.range(0, 9)}.${rng.range(0, 9)} h1:${rng.base64(43)}=` },
  { hosts: ['md', 'js', 'ts'], kind: 'sri-hash', line: (rng) => `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${rng.base64(64)}" crossorigin="anonymous"></script>` },
  { hosts: ['log'], kind: 'uuid', line: (rng) => `${isoTime(rng)} INFO  request_id=${rng.uuid()} trace_id=${rng.hex(32)} span_id=${rng.hex(16)} status=200 duration_ms=${rng.range(2, 900)}` },
  { hosts: ['md', 'yaml', 'sh', 'tf'], kind: 'public-key', line: (rng) => `ssh-ed25519 ${cat('AAAAC3NzaC1lZDI1NTE5AAAAI')}${rng.base64(43)} deploy@ci-runner-${rng.range(1, 9)}` },
  { hosts: ['md', 'yaml', 'tf'], kind: 'public-key', line: (rng) => `ssh-rsa ${cat('AAAAB3NzaC1yc2EAAAADAQABAAABgQ')}${rng.base64(520)} ops@bastion` },
  { hosts: ['js'], kind: 'minified-code', line: (rng) => minifiedLine(rng, 2000) },
  { hosts: ['md', 'js', 'ts'], kind: 'base64-image', line: (rng) => `  background-image: url("data:image/png;base64,${pngLikeBase64(rng, 1200)}");` },
  { hosts: ['md', 'log', 'sh'], kind: 'hash-sha256', line: (rng) => `${rng.hex(64)}  launch-ready-linux-x64.tar.gz` },
  { hosts: ['ts', 'js'], kind: 'not-a-secret', line: () => '  const token = req.headers.authorization?.replace(/^Bearer /, "");' },
  { hosts: ['py'], kind: 'not-a-secret', line: () => '    password = getpass.getpass("Password: ")' },
  { hosts: ['json'], kind: 'not-a-secret', line: () => '  "passwordHint": "At least 12 characters, one number and one symbol",' }
];

/** Multi-line hard negatives; the label is on the first line. */
export const BLOCK_NEGATIVES = [
  { kind: 'public-key', block: (rng) => pemBlock(rng, 'PUBLIC KEY', 'spki', 294) },
  { kind: 'certificate', block: (rng) => pemBlock(rng, 'CERTIFICATE', 'x509', 1100) },
  { kind: 'public-key', block: (rng) => pemBlock(rng, 'PGP PUBLIC KEY BLOCK', 'pgp', 1200) },
  {
    kind: 'encrypted',
    block: (rng) => ['$ANSIBLE_VAULT;1.1;AES256', ...Array.from({ length: 6 }, () => rng.hex(80))]
  }
];

function pemBlock(rng, label, der, bytes) {
  const body = derBody(rng, der, bytes);
  const armor = der === 'pgp' ? ['', ...body, `=${rng.base64(4)}`] : body;
  return [cat('-----BEGIN ', label, '-----'), ...armor, cat('-----END ', label, '-----')];
}

export function isoTime(rng) {
  const day = String(rng.range(1, 28)).padStart(2, '0');
  const clock = [rng.range(0, 23), rng.range(0, 59), rng.range(0, 59)].map((n) => String(n).padStart(2, '0')).join(':');
  return `2025-0${rng.range(1, 9)}-${day}T${clock}.${String(rng.range(0, 999)).padStart(3, '0')}Z`;
}

/** A PNG-looking base64 payload: the PNG signature and IHDR, then random bytes. */
export function pngLikeBase64(rng, bytes) {
  return cat('iVBORw0KGgoAAAANSUhEUgAA') + rng.base64(Math.ceil((bytes * 4) / 3));
}

const MIN_IDENTS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const MIN_WORDS = ['return', 'function', 'var', 'const', 'if', 'else', 'new', 'this', 'null', 'void 0', 'typeof', 'instanceof', 'Object', 'Array', 'Promise', 'length', 'prototype', 'call', 'apply', 'push', 'map', 'filter', 'then', 'catch', 'default', 'exports', 'createElement', 'useState', 'useEffect', 'props', 'children', 'className', 'onClick', 'key', 'value', 'state'];

/** One line of minified JavaScript of about `length` characters: short names, chunk hashes, strings. */
export function minifiedLine(rng, length) {
  const parts = [];
  let size = 0;
  while (size < length) {
    const id = () => rng.chars(MIN_IDENTS, rng.range(1, 2));
    let part;
    switch (rng.int(9)) {
      case 0:
        part = `function ${id()}(${id()},${id()}){return ${id()}.${rng.pick(MIN_WORDS)}(${id()})}`;
        break;
      case 1:
        part = `var ${id()}=${id()}(${rng.range(0, 9999)}),${id()}=${id()}.n(${id()});`;
        break;
      case 2:
        part = `"${rng.chars(BASE62, rng.range(6, 20))}":function(${id()},${id()},${id()}){"use strict";${id()}.r(${id()})}`;
        break;
      case 3:
        part = `${id()}.p+"static/js/${rng.range(100, 999)}.${rng.hex(8)}.chunk.js"`;
        break;
      case 4:
        part = `${id()}?${id()}:${id()}.${rng.pick(MIN_WORDS)}&&${id()}(${id()},"${rng.pick(MIN_WORDS)}")`;
        break;
      case 5:
        part = `${id()}.createElement("div",{className:"${rng.chars('abcdefghijklmnopqrstuvwxyz', 3)}-${rng.base62(6)}"},${id()})`;
        break;
      case 6:
        part = `if(!${id()})throw new Error("Minified React error #${rng.range(1, 500)}");`;
        break;
      case 7:
        part = `${id()}[${rng.range(0, 64)}]=0x${rng.hex(8)}|0;`;
        break;
      default:
        part = `${id()}=${id()}.then(function(${id()}){return ${id()}.json()});`;
    }
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(';');
}

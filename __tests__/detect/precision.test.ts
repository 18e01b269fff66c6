/**
 * Issue #16's precision cases through the whole scanner (shared filters, confidence, overlaps):
 * what the rule tables cannot show, because it depends on the path or on the finding's severity.
 */
import { createSecretScanner } from '../../src/detect/create-scanner.js';
import { BUILTIN_RULES } from '../../src/detect/rules/index.js';
import { configWith } from '../checks/secrets/config-fixture.js';
import { tokenRule, VALUES } from './engine-fixtures.js';
import { createFaker } from './rules/fake-values.js';
import { sampleFor } from './rules/samples.js';

const f = createFaker(1616);
const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });
const scan = (path: string, text: string) => scanner.scan({ path, text, origin: 'present' });

describe('Kubernetes Secrets: base64 values are judged with the name they are assigned to', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  test("a provider's key with no prefix of its own is found under its provider's name, once", () => {
    const token = f.base62(40);
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  CLOUDFLARE_API_TOKEN: ${b64(token)}\n`;
    const findings = scan('k8s/app-secret.yaml', manifest);
    expect(findings.map((finding) => [finding.ruleId, finding.location?.kind === 'file' ? finding.location.line : 0])).toEqual([['cloudflare-api-token', 7]]);
    expect(JSON.stringify(findings)).not.toContain(token.slice(4, 16));
  });

  test('words, identifiers and placeholders in base64 are no finding', () => {
    const manifest = ['data:', `  CLIENT_SECRET_PARAM: ${b64('client_secret')}`, `  TOKEN_STORAGE_KEY: ${b64('tokenStorageKey')}`, `  ADMIN_PASSWORD: ${b64('REPLACE_ME')}`, ''].join('\n');
    expect(scan('k8s/secret.yaml', manifest)).toEqual([]);
  });
});

describe('generic guesses', () => {
  test('a Coveralls repo_token in .travis.yml is the provider token, high (it was a low generic guess)', () => {
    const token = f.base62(33);
    const findings = scan('.travis.yml', `language: node_js\nafter_success:\n  - npm run coverage\nenv:\n  global:\n    - repo_token: ${token}\n`);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['coveralls-repo-token', 'high']]);
    expect(JSON.stringify(findings)).not.toContain(token.slice(4));
  });

  test("the Secret Key of the service-account token in 1Password's docs is no finding, in code or its source map", () => {
    const example = ['A3-', 'C4ZJMN-', 'PQTZTL-HGL84', '-G64M7-KVZRN-4ZVP6'].join('');
    expect(scan('module/index.js', `// It will be like ops_{"kid":"mp"},"secretKey":"${example}","srpX":"870d"}\n`)).toEqual([]);
    expect(scan('module/index.js.map', `{"sourcesContent":["// ops_{\\"secretKey\\":\\"${example}\\",\\"srpX\\"}"]}`)).toEqual([]);
  });

  test('a value a person may have typed stays low', () => {
    const findings = scan('config/app.yml', 'smtp_password: Tr0ub4dor&3xq\n');
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['generic-secret', 'low']]);
  });

  test("a source map's mappings are no secret; its sourcesContent is scanned as source", () => {
    const value = f.base62(32);
    // VLQ segments that happen to spell a name and an operator, as megabytes of mappings do.
    const mappings = `AAAA,SAASA;AACA,token:${value},CAAC`;
    expect(scan('dist/minipass.js.map', `{"version":3,"sources":["../src/index.ts"],"mappings":"${mappings}"}`)).toEqual([]);
    const bundled = `{"version":3,"sourcesContent":["const secret = '${value}'"],"mappings":"AAAA"}`;
    expect(scan('dist/config.js.map', bundled).map((finding) => finding.ruleId)).toEqual(['generic-secret']);
  });

  test('a digest on a lockfile line is no secret', () => {
    const lock = `"@octokit/auth-token@^4.0.0":\n  version "4.0.0"\n  integrity sha512-${f.base64(86)}==\n  token: ${f.hex(64)}  # checksum\n`;
    expect(scan('yarn.lock', lock)).toEqual([]);
  });

  test('a README badge token is no finding', () => {
    const badge = `[![Coverage](https://coveralls.io/repos/github/acme/shop/badge.svg?branch=main&repo_token=${f.base62(30)})](https://coveralls.io/github/acme/shop)`;
    expect(scan('README.md', `# shop\n\n${badge}\n`)).toEqual([]);
  });
});

describe('one secret, one finding', () => {
  test('two provider rules on the same token are one finding, the more severe', () => {
    const broad = { ...tokenRule, id: 'test-broad', severity: 'medium' as const };
    const rules = [broad, tokenRule];
    const own = createSecretScanner({ rules, config: configWith().secrets, today: () => new Date(0) });
    const findings = own.scan({ path: 'app.env', text: `TOKEN=${VALUES.token}\n`, origin: 'present' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['test-token']);
  });

  test('a bearer token of a provider is reported as that provider, not also as a header', () => {
    const findings = scan('docs/api.md', `curl -H "Authorization: Bearer ${sampleFor('github-token').secret}" https://api.github.com/user\n`);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['github-token']);
  });

  test('an api-key header is one finding, not also a generic guess', () => {
    const findings = scan('scripts/sync.sh', `curl -H 'X-Api-Key: ${f.base62(32)}' https://api.shop.io/v1/orders\n`);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['api-key-header']);
  });
});

describe('private keys in every wrapping (judge: OpenSSH keys in .env files, 0 of 11)', () => {
  // An OpenSSH key body as ssh-keygen writes it: zero-length fields give runs of `A`.
  const openSsh = () => {
    const body = Buffer.concat([
      Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed25519\0\0\0\x20', 'latin1'),
      Buffer.from(f.hex(64), 'hex'),
      Buffer.from(f.hex(200), 'hex')
    ]).toString('base64');
    const rows = body.match(/.{1,70}/g) ?? [];
    return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...rows, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
  };
  const key = openSsh();

  test.each([
    ['a PEM file', 'deploy/id_ed25519', key],
    ['one line with \\n escapes in .env', '.env.production', `DEPLOY_SSH_KEY="${key.replaceAll('\n', '\\n')}"\n`],
    ['a JSON string', 'config/deploy.json', `{"sshKey": "${key.replaceAll('\n', '\\n')}"}\n`],
    ['base64 in .env', 'ops/.env', `PRIVATE_KEY_B64=${Buffer.from(key).toString('base64')}\n`],
    [
      'a Kubernetes Secret',
      'k8s/deploy-key.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-key\ntype: kubernetes.io/ssh-auth\ndata:\n  ssh-privatekey: ${Buffer.from(key).toString('base64')}\n`
    ]
  ])('%s', (_shape, path, text) => {
    const findings = scan(path, text);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['private-key', 'critical']]);
    expect(JSON.stringify(findings)).not.toContain(key.split('\n')[2]?.slice(0, 12));
  });

  test('a body whose random characters spell a placeholder word (`xXxX`, `eXAMple`) is still a key', () => {
    // A PKCS#8 RSA key's size: 1,200 bytes of DER, 64 base64 characters a row.
    const rows = (Buffer.from(f.hex(2400), 'hex').toString('base64').match(/.{1,64}/g) ?? []).map((row, index) =>
      index === 5 ? `${row.slice(0, 20)}xXxX${row.slice(24)}` : index === 9 ? `${row.slice(0, 20)}eXAMple${row.slice(27)}` : row
    );
    const pem = ['-----BEGIN PRIVATE KEY-----', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${rows[0]?.slice(32)}`, ...rows.slice(1), '-----END PRIVATE KEY-----'].join('\\n');
    const findings = scan('.env.ci', `APNS_KEY="${pem}"\n`);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['private-key']);
  });
});

describe('context rules through the scanner', () => {
  test('an id+secret pair is one finding that names the id, never a value', () => {
    const id = f.hex(20);
    const secret = f.base62(40);
    const findings = scan('config/oauth.yml', `oauth:\n  client_id: ${id}\n  client_secret: ${secret}\n`);
    expect(findings.map((finding) => [finding.ruleId, finding.location])).toEqual([
      ['id-and-secret-pair', { kind: 'file', path: 'config/oauth.yml', line: 3, column: 18, endColumn: 58 }]
    ]);
    expect(findings[0]?.message).toContain('`client_id`');
    const json = JSON.stringify(findings);
    expect(json).not.toContain(id);
    expect(json).not.toContain(secret.slice(4));
  });

  test('a Basic header in a CI log is found and never shown, decoded or not', () => {
    const password = f.base62(16);
    const encoded = Buffer.from(`ci-bot:${password}`).toString('base64');
    const findings = scan('logs/build.log', `2026-03-02T10:11:12.1234567Z > Authorization: Basic ${encoded}\n`);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['authorization-basic-credentials']);
    const json = JSON.stringify(findings);
    expect(json).not.toContain(password);
    expect(json).not.toContain(encoded.slice(4, 16));
  });
});

// Files whose shape carries the secret, not a `NAME=value` line: credentials in curl/wget/httpie
// commands and Authorization headers (shell, Markdown, CI logs, code), connection URLs with a
// password (RFC 3986 userinfo), registry credential files
// (.npmrc, .pypirc, Docker config.json, Maven settings.xml, .netrc), and the public shapes that
// are no secret. Private keys are in key-scenarios.mjs. Each scenario returns CorpusFiles.
import { Buffer } from 'node:buffer';
import { CorpusFile } from './corpus-file.mjs';

export const BASIC = { provider: 'basic-auth', category: 'basic-auth', doc: 'RFC 7617 Basic auth (user:password); RFC 3986 §3.2.1 userinfo in URLs' };
export const password = (r) => r.base62(r.range(14, 24)) + r.pick(['', '!', '#', '%']) + r.base62(r.range(2, 6));
export const b64 = (text) => Buffer.from(text).toString('base64');
const HOSTS = ['api.acme-corp.io', 'internal.acme-corp.io', 'staging-api.acme-corp.io', 'ops.acme-corp.io'];

/** Tokens sent as `Authorization: Bearer` in their providers' API docs. */
const BEARER = ['openai', 'anthropic', 'github-pat', 'github-fine-grained', 'gitlab-pat', 'vercel', 'cloudflare-api-token', 'digitalocean', 'linear', 'hubspot', 'notion', 'airtable', 'huggingface', 'groq', 'sentry-auth', 'figma', 'square', 'shopify', 'asana', 'replicate', 'netlify', 'hetzner', 'render', 'resend', 'supabase', 'mistral', 'pinecone', 'intercom', 'terraform-cloud', 'heroku'];

/** curl, wget and httpie commands in scripts, runbooks and CI logs. */
export function httpClientFiles(rng, providers) {
  const files = [];
  const sources = [
    { path: 'scripts/api-smoke.sh', head: ['#!/bin/sh', 'set -e'], prefix: '' },
    { path: 'docs/runbooks/api-access.md', head: ['# Calling the APIs by hand', '', '```bash'], prefix: '', tail: ['```'] },
    { path: 'ci-logs/deploy-2291.log', head: ['2024-06-02T11:00:00.001Z ##[group]Run scripts/release.sh'], prefix: '2024-06-02T11:00:01.203Z + ' },
    { path: 'docs/integrations.md', head: ['## Integrations', '', 'Verify a token with:', '', '```sh'], prefix: '', tail: ['```'] },
    { path: 'Makefile.d/ops.mk', head: ['ping-api:'], prefix: '\t' },
    { path: '.github/workflows/notify.yml', head: ['name: notify', 'on: [deployment_status]', 'jobs:', '  notify:', '    runs-on: ubuntu-latest', '    steps:'], prefix: '      - run: ' }
  ];
  for (const [index, source] of sources.entries()) {
    const file = new CorpusFile(source.path).add(...source.head);
    for (let i = 0; i < 8; i += 1) {
      const host = rng.pick(HOSTS);
      const which = (index * 8 + i) % 8;
      if (which <= 2) {
        const provider = providers.get(BEARER[(index * 3 + i) % BEARER.length]);
        const value = provider.make(rng);
        const cmd = rng.pick([
          `curl -sS -H "Authorization: Bearer ${value}" https://${host}/v1/me`,
          `curl --fail -X POST https://${host}/v1/jobs -H 'Content-Type: application/json' -H 'Authorization: Bearer ${value}' -d '{"run":true}'`,
          `http GET https://${host}/v2/projects "Authorization:Bearer ${value}"`,
          `wget -qO- --header="Authorization: Bearer ${value}" https://${host}/export.csv`
        ]);
        file.secret(source.prefix + cmd, { ...provider, value, shape: 'http client: bearer header' });
      } else if (which === 3) {
        const value = password(rng);
        file.secret(source.prefix + rng.pick([`curl -u deploy:${value} https://${host}/admin/reindex`, `curl --user 'ci-bot:${value}' https://${host}/metrics`]), { ...BASIC, value, shape: 'http client: curl -u' });
      } else if (which === 4) {
        const value = password(rng);
        file.secret(source.prefix + rng.pick([`wget --user=backup --password='${value}' https://${host}/dump.sql.gz`, `http -a admin:${value} POST https://${host}/cache/flush`]), { ...BASIC, value, shape: 'http client: wget/httpie password' });
      } else if (which === 5) {
        // Stripe's and Mailgun's API docs authenticate curl with the key as the Basic user/password.
        const provider = providers.get(rng.pick(['stripe-secret', 'mailgun', 'twilio-auth']));
        const value = provider.make(rng);
        const user = provider.provider === 'stripe-secret' ? `${value}:` : provider.provider === 'mailgun' ? `api:${value}` : `AC${rng.hex(32)}:${value}`;
        file.secret(source.prefix + `curl https://${host}/v1/charges -u ${user}`, { ...provider, value, shape: 'http client: key as basic user' });
      } else if (which === 6) {
        const provider = providers.get(rng.pick(['datadog-api', 'algolia-admin', 'sendgrid', 'postmark', 'pagerduty', 'okta']));
        const value = provider.make(rng);
        const header = { 'datadog-api': 'DD-API-KEY', 'algolia-admin': 'X-Algolia-API-Key', sendgrid: 'Authorization: Bearer', postmark: 'X-Postmark-Server-Token', pagerduty: 'Authorization: Token token=', okta: 'Authorization: SSWS' }[provider.provider];
        const line = header.includes(' ') || header.endsWith('=') ? `${header}${header.endsWith('=') ? '' : ' '}${value}` : `${header}: ${value}`;
        file.secret(source.prefix + `curl -s https://${host}/api -H "${line}"`, { ...provider, value, shape: 'http client: API key header' });
      } else {
        // The same command with the credential kept out of the text: a hard negative.
        file.negative(source.prefix + rng.pick([`curl -sS -H "Authorization: Bearer $API_TOKEN" https://${host}/v1/me`, `curl -u "deploy:\${DEPLOY_PASSWORD}" https://${host}/admin`, `http -a admin:"$ADMIN_PASS" https://${host}/cache`, 'curl -H "Authorization: Bearer <token>" https://api.example.com/v1/me']), { kind: 'reference', shape: 'http client' });
      }
    }
    file.add(...(source.tail ?? []));
    files.push(file);
  }
  return files;
}

/** Authorization headers inside code and in verbose HTTP logs. */
export function headerFiles(rng, providers) {
  const ts = new CorpusFile('src/integrations/http-clients.ts').add("import { request } from 'undici';", '');
  const log = new CorpusFile('logs/curl-verbose.txt').add('*   Trying 10.0.3.12:443...', '* Connected to internal.acme-corp.io (10.0.3.12) port 443');
  for (let i = 0; i < 6; i += 1) {
    const provider = providers.get(BEARER[(i * 5 + 1) % BEARER.length]);
    const value = provider.make(rng);
    ts.add(`export async function call${i}(path: string) {`);
    ts.secret(`  return request(\`https://${rng.pick(HOSTS)}\${path}\`, { headers: { authorization: 'Bearer ${value}' } });`, { ...provider, value, shape: 'code: Authorization header' });
    ts.add('}', '');
    const logged = providers.get(BEARER[(i * 7 + 2) % BEARER.length]).make(rng);
    log.add('> GET /v1/me HTTP/2', `> Host: ${rng.pick(HOSTS)}`);
    log.secret(`> Authorization: Bearer ${logged}`, { ...providers.get(BEARER[(i * 7 + 2) % BEARER.length]), value: logged, shape: 'log: Authorization header' });
    log.add('> User-Agent: curl/8.5.0', '< HTTP/2 200');
  }
  ts.negative("export const authHeader = (token: string) => ({ authorization: `Bearer ${token}` });", { kind: 'reference', shape: 'code: Authorization header' });
  log.negative('> Authorization: Bearer [REDACTED]', { kind: 'redacted', shape: 'log: Authorization header' });
  return [ts, log];
}

/** Connection strings with a password in the userinfo part. */
export function connectionUrlFiles(rng) {
  const file = new CorpusFile('config/database.yml').add('production:');
  const env = new CorpusFile('apps/worker/.env.production').add('NODE_ENV=production');
  const schemes = [
    (p) => `postgres://app_user:${p}@db-prod.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/app`,
    (p) => `postgresql://analytics:${p}@ep-cool-river-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require`,
    (p) => `mysql://root:${p}@10.0.4.7:3306/shop`,
    (p) => `mongodb+srv://svc-api:${p}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority`,
    (p) => `redis://default:${p}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345`,
    (p) => `rediss://:${p}@cache.acme-corp.io:6380/0`,
    (p) => `amqps://worker:${p}@rabbit.acme-corp.io:5671/prod`,
    (p) => `smtp://postmaster%40mg.acme-corp.io:${p}@smtp.mailgun.org:587`,
    (p) => `https://deploy:${p}@git.acme-corp.io/platform/infra.git`,
    (p) => `ftp://uploader:${p}@files.acme-corp.io/incoming`
  ];
  for (const [i, make] of schemes.entries()) {
    const value = password(rng);
    file.secret(`  url${i}: "${make(value)}"`, { ...BASIC, value, shape: 'connection URL' });
    const other = password(rng);
    env.secret(`${['DATABASE_URL', 'READ_REPLICA_URL', 'MYSQL_URL', 'MONGODB_URI', 'REDIS_URL', 'CACHE_URL', 'AMQP_URL', 'SMTP_URL', 'GIT_REMOTE', 'FTP_URL'][i]}=${make(other)}`, { ...BASIC, value: other, shape: 'connection URL' });
  }
  file.negative('  test_url: "postgres://postgres:postgres@localhost:5432/app_test"', { kind: 'local default', shape: 'connection URL' });
  file.negative('  docs_url: "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"', { kind: 'placeholder', shape: 'connection URL' });
  env.negative('REDIS_URL_LOCAL=redis://localhost:6379', { kind: 'local default', shape: 'connection URL' });
  env.negative('DATABASE_URL_TEMPLATE=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}/app', { kind: 'reference', shape: 'connection URL' });
  return [file, env];
}

/** Registry credential files in the formats their tools document. */
export function registryFiles(rng, providers) {
  const npm = providers.get('npm');
  const ghp = providers.get('github-packages');
  const pypi = providers.get('pypi');
  const dockerhub = providers.get('docker-hub');
  const files = [];
  // npm docs "npmrc": //registry/:_authToken=…, _auth = base64(user:password).
  const npmrc = new CorpusFile('.npmrc').add('engine-strict=true', '@acme:registry=https://npm.pkg.github.com');
  let v = npm.make(rng);
  npmrc.secret(`//registry.npmjs.org/:_authToken=${v}`, { ...npm, value: v, shape: '.npmrc' });
  v = ghp.make(rng);
  npmrc.secret(`//npm.pkg.github.com/:_authToken=${v}`, { ...ghp, value: v, shape: '.npmrc' });
  npmrc.negative('//registry.yarnpkg.com/:_authToken=${NPM_TOKEN}', { kind: 'reference', shape: '.npmrc' });
  files.push(npmrc);
  const legacy = new CorpusFile('packages/ui/.npmrc').add('registry=https://nexus.acme-corp.io/repository/npm/', 'always-auth=true');
  const pw = password(rng);
  legacy.secret(`_auth=${b64(`ci-publisher:${pw}`)}`, { ...BASIC, value: pw, shape: '.npmrc _auth (base64 user:password)', encoding: 'base64' });
  files.push(legacy);
  // PyPI docs: [pypi] username = __token__, password = pypi-….
  const pypirc = new CorpusFile('.pypirc').add('[distutils]', 'index-servers =', '    pypi', '    private', '', '[pypi]', 'username = __token__');
  v = pypi.make(rng);
  pypirc.secret(`password = ${v}`, { ...pypi, value: v, shape: '.pypirc' });
  const pw2 = password(rng);
  pypirc.add('', '[private]', 'repository = https://pypi.acme-corp.io/simple', 'username = uploader').secret(`password = ${pw2}`, { ...BASIC, value: pw2, shape: '.pypirc' });
  files.push(pypirc);
  // Docker docs "docker login": config.json auths.<registry>.auth = base64(user:token).
  const docker = new CorpusFile('.docker/config.json').add('{', '  "auths": {', '    "https://index.docker.io/v1/": {');
  v = dockerhub.make(rng);
  docker.secret(`      "auth": "${b64(`acmebot:${v}`)}"`, { ...dockerhub, value: v, shape: 'docker config.json auth', encoding: 'base64' });
  docker.add('    },', '    "ghcr.io": {');
  v = providers.get('github-pat').make(rng);
  docker.secret(`      "auth": "${b64(`acme-ci:${v}`)}"`, { ...providers.get('github-pat'), value: v, shape: 'docker config.json auth', encoding: 'base64' });
  docker.add('    }', '  },', '  "credsStore": "desktop"', '}');
  files.push(docker);
  // Maven settings.xml: <server><id/><username/><password/></server>.
  const maven = new CorpusFile('.mvn/settings.xml').add('<settings>', '  <servers>', '    <server>', '      <id>acme-releases</id>', '      <username>deployer</username>');
  const pw3 = password(rng);
  maven.secret(`      <password>${pw3}</password>`, { ...BASIC, value: pw3, shape: 'maven settings.xml' });
  maven.add('    </server>', '    <server>', '      <id>github</id>', '      <username>acme-ci</username>');
  v = providers.get('github-pat').make(rng);
  maven.secret(`      <password>${v}</password>`, { ...providers.get('github-pat'), value: v, shape: 'maven settings.xml' });
  maven.add('    </server>', '    <server>', '      <id>env-server</id>').negative('      <password>${env.MAVEN_PASSWORD}</password>', { kind: 'reference', shape: 'maven settings.xml' });
  maven.add('    </server>', '  </servers>', '</settings>');
  files.push(maven);
  // .netrc (GNU inetutils): machine … login … password ….
  const netrc = new CorpusFile('deploy/.netrc');
  v = providers.get('heroku').make(rng);
  netrc.add('machine api.heroku.com', '  login ops@acme-corp.io').secret(`  password ${v}`, { ...providers.get('heroku'), value: v, shape: '.netrc' });
  files.push(netrc);
  // git-credential-store: https://user:token@host per line.
  const gitCreds = new CorpusFile('ci/.git-credentials');
  v = providers.get('github-app').make(rng);
  gitCreds.secret(`https://x-access-token:${v}@github.com`, { ...providers.get('github-app'), value: v, shape: 'git credentials URL' });
  v = providers.get('gitlab-pat').make(rng);
  gitCreds.secret(`https://oauth2:${v}@gitlab.com`, { ...providers.get('gitlab-pat'), value: v, shape: 'git credentials URL' });
  files.push(gitCreds);
  return files;
}

/** A Firebase web config (public per Firebase docs), a source map, a base64 image, lockfiles. */
export function publicShapeFiles(rng) {
  const firebase = new CorpusFile('apps/web/src/firebase.ts').add("import { initializeApp } from 'firebase/app';", '', 'const firebaseConfig = {');
  firebase.negative(`  apiKey: "AIza${rng.base64url(35)}",`, { kind: 'publishable key', shape: 'firebase web config' });
  firebase.add('  authDomain: "acme-app.firebaseapp.com",', '  projectId: "acme-app",');
  firebase.negative(`  appId: "1:${rng.chars('0123456789', 12)}:web:${rng.hex(22)}",`, { kind: 'identifier', shape: 'firebase web config' });
  firebase.negative(`  measurementId: "G-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}"`, { kind: 'identifier', shape: 'firebase web config' });
  firebase.add('};', '', 'export const app = initializeApp(firebaseConfig);');

  // Source map v3 (tc39 ecma426): `mappings` is base64-VLQ segments.
  const vlq = () => Array.from({ length: 4000 }, () => rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', rng.range(4, 8))).map((seg, i) => seg + (i % 9 === 8 ? ';' : ',')).join('');
  const maps = [];
  for (const name of ['index', 'vendor', 'minipass']) {
    const map = new CorpusFile(`apps/web/dist/assets/${name}-${rng.hex(8)}.js.map`);
    map.negative(JSON.stringify({ version: 3, file: `${name}.js`, sources: ['../src/index.ts', '../node_modules/minipass/dist/esm/index.js'], names: ['objectMode', 'encoding', 'write'], mappings: vlq(), sourcesContent: ['export const isObjectMode = (s) => !!s.objectMode;\nconst token_type = "urn:ietf:params:oauth:token-type:jwt"; // rfc8693#section-2.1\n'] }), { kind: 'source map', shape: '.map' });
    maps.push(map);
  }
  const css = new CorpusFile('apps/web/public/styles.css').add('.logo {');
  css.negative(`  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${rng.base64(2400)}=");`, { kind: 'base64 image', shape: 'css' });
  css.add('}', '@font-face {', '  font-family: "Inter";');
  css.negative(`  src: url(data:font/woff2;base64,d09GMgABAAAAA${rng.base64(3000)}) format("woff2");`, { kind: 'base64 font', shape: 'css' });
  css.add('}');
  const lock = new CorpusFile('package-lock.json').add('{', '  "name": "acme",', '  "lockfileVersion": 3,', '  "packages": {');
  for (let i = 0; i < 20; i += 1) {
    const pkg = `pkg-${rng.base62(6).toLowerCase()}`;
    lock.add(`    "node_modules/${pkg}": {`, `      "version": "${rng.range(0, 9)}.${rng.range(0, 20)}.${rng.range(0, 30)}",`, `      "resolved": "https://registry.npmjs.org/${pkg}/-/${pkg}-1.0.0.tgz",`);
    lock.negative(`      "integrity": "sha512-${rng.base64(86)}=="`, { kind: 'lockfile integrity', shape: 'package-lock.json' });
    lock.add(i === 19 ? '    }' : '    },');
  }
  lock.add('  }', '}');
  const goSum = new CorpusFile('go.sum');
  for (let i = 0; i < 15; i += 1) {
    const mod = `github.com/${rng.pick(['aws', 'google', 'stretchr', 'spf13'])}/${rng.base62(7).toLowerCase()} v1.${rng.range(0, 20)}.${rng.range(0, 9)}`;
    goSum.negative(`${mod} h1:${rng.base64(43)}=`, { kind: 'lockfile hash', shape: 'go.sum' });
    goSum.negative(`${mod}/go.mod h1:${rng.base64(43)}=`, { kind: 'lockfile hash', shape: 'go.sum' });
  }
  const vault = new CorpusFile('tests/.env.vault').add('#/-------------------.env.vault---------------------/', '#/         cloud-agnostic vaulting standard         /');
  vault.negative(`DOTENV_VAULT_PRODUCTION="${rng.base64(220)}"`, { kind: 'encrypted', shape: '.env.vault' });
  vault.negative(`DOTENV_VAULT_CI="${rng.base64(180)}"`, { kind: 'encrypted', shape: '.env.vault' });
  const ansible = new CorpusFile('deploy/group_vars/prod/vault.yml').add('db_password: !vault |', '  $ANSIBLE_VAULT;1.1;AES256');
  for (let i = 0; i < 5; i += 1) ansible.negative(`  ${rng.hex(80)}`, { kind: 'encrypted', shape: 'ansible vault' });
  const readme = new CorpusFile('README.md').add('# acme', '');
  readme.negative(`[![coverage](https://coveralls.io/repos/github/acme/app/badge.svg?branch=main&token=${rng.base62(10)})](https://coveralls.io/github/acme/app)`, { kind: 'badge token', shape: 'markdown badge' });
  readme.negative(`[![build](https://github.com/acme/app/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/app/commit/${rng.hex(40)})`, { kind: 'hash', shape: 'markdown' });
  readme.add('', '## Deploy', '', 'Set `STRIPE_SECRET_KEY` in the environment, never in this repository.');
  return [firebase, ...maps, css, lock, goSum, vault, ansible, readme];
}

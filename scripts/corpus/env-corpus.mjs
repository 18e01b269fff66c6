// The env benchmark's input (issue 5, acceptance 4): a launch-ready.yml declaring 500 variables of
// every type, a 5,000-file TS/JS/Python codebase that references them in every form the drift
// scan reads (plus a few names it does not declare), a .env.example, two workflows, and the
// process environment a production deploy job would have: a value for nearly every variable, a
// few missing or invalid. Seeded: the same files and values on every machine. Committed to a git
// repository, as a checkout is.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { baseName, KIND_DIRS, KIND_FILE, makeHostFile } from './filler.mjs';
import { createRandom } from './prng.mjs';
import { cat } from './secret-values.mjs';

export const ENV_SEED = 'launch-ready-env-v1';
const GENERATOR_FILES = ['prng.mjs', 'filler.mjs', 'env-corpus.mjs'];

const SERVICES = ['STRIPE', 'DATABASE', 'REDIS', 'SENTRY', 'AUTH', 'SMTP', 'S3', 'OPENAI', 'ALGOLIA', 'SEGMENT', 'TWILIO', 'SLACK', 'GITHUB', 'POSTHOG', 'CLERK', 'SUPABASE', 'KAFKA', 'ELASTIC', 'MAPBOX', 'RESEND', 'BILLING', 'SEARCH', 'CACHE', 'QUEUE', 'WORKER', 'GATEWAY', 'UPLOADS', 'REPORTS', 'EXPORTS', 'WEBHOOKS', 'FEATURES', 'METRICS', 'TRACING', 'LOGS', 'CDN', 'IMAGES', 'PDF', 'CRON', 'RATE_LIMIT', 'SESSIONS', 'INVENTORY', 'CHECKOUT', 'SHIPPING', 'TAX', 'CATALOG', 'ANALYTICS', 'NOTIFY', 'LEDGER', 'PAYOUTS', 'AUDIT'];

/** Per type: name suffixes, the spec fields it adds, a valid value and (rarely used) an invalid one. */
const TYPES = [
  { type: 'string', weight: 12, suffixes: ['API_KEY', 'SECRET', 'CLIENT_ID', 'REGION', 'BUCKET', 'NAMESPACE'], spec: (rng, name) => (/KEY|SECRET/.test(name) ? { secret: true, minLength: 24 } : {}), value: (rng, name) => (/KEY|SECRET/.test(name) ? secretValue(rng) : rng.pick(['eu-west-1', 'us-east-1', 'acme-prod', 'shop'])), invalid: () => '' },
  { type: 'url', weight: 10, suffixes: ['URL', 'DSN', 'ENDPOINT'], spec: (rng, name) => ({ protocols: rng.pick([['postgres', 'postgresql'], ['redis', 'rediss'], ['https'], ['amqp', 'amqps']]), ...(/^(DATABASE|REDIS|KAFKA|SUPABASE)_|_DSN$/.test(name) ? { secret: true } : {}) }), value: (rng, _name, spec) => `${spec.protocols[0]}://${rng.pick(['db', 'cache', 'mq', 'api'])}-${rng.hex(6)}.internal.example.com:${rng.range(1000, 9999)}/${rng.pick(['app', 'main', '0'])}`, invalid: () => 'localhost:5432/app' },
  { type: 'https-url', weight: 8, suffixes: ['PUBLIC_URL', 'CALLBACK_URL', 'API_BASE'], spec: () => ({}), value: (rng) => `https://${rng.pick(['api', 'app', 'hooks'])}.example.com/${rng.pick(['v1', 'v2', 'callback'])}`, invalid: () => 'http://api.example.com' },
  { type: 'host', weight: 5, suffixes: ['HOST', 'HOSTNAME'], spec: () => ({}), value: (rng) => `${rng.pick(['db', 'smtp', 'cache'])}-${rng.hex(4)}.example.net`, invalid: () => 'not a host!' },
  { type: 'port', weight: 7, suffixes: ['PORT'], spec: () => ({}), value: (rng) => String(rng.range(1024, 65535)), invalid: () => '65536' },
  { type: 'integer', weight: 8, suffixes: ['MAX_CONNECTIONS', 'POOL_SIZE', 'RETRIES', 'BATCH_SIZE'], spec: (rng) => ({ min: 1, max: rng.pick([10, 100, 1000]) }), value: (rng, _name, spec) => String(rng.range(1, spec.max)), invalid: () => '12.5' },
  { type: 'number', weight: 5, suffixes: ['SAMPLE_RATE', 'THRESHOLD'], spec: () => ({ min: 0, max: 1 }), value: (rng) => (rng.int(1000) / 1000).toFixed(3), invalid: () => '1.5' },
  { type: 'boolean', weight: 10, suffixes: ['ENABLED', 'DEBUG', 'STRICT', 'DRY_RUN'], spec: () => ({}), value: (rng) => rng.pick(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']), invalid: () => 'maybe' },
  { type: 'enum', weight: 7, suffixes: ['LOG_LEVEL', 'MODE', 'TIER'], spec: (rng) => ({ values: rng.pick([['debug', 'info', 'warn', 'error'], ['live', 'test'], ['free', 'pro', 'enterprise']]) }), value: (rng, _name, spec) => rng.pick(spec.values), invalid: () => 'verbose' },
  { type: 'email', weight: 4, suffixes: ['FROM_EMAIL', 'ALERT_EMAIL'], spec: () => ({}), value: (rng) => `${rng.pick(['ops', 'noreply', 'billing'])}@example.com`, invalid: () => 'ops-at-example.com' },
  { type: 'json', weight: 4, suffixes: ['CONFIG_JSON', 'RULES'], spec: () => ({}), value: (rng) => JSON.stringify({ enabled: rng.chance(0.5), limit: rng.range(1, 100), tags: ['a', 'b'] }), invalid: () => '{enabled: true' },
  { type: 'duration', weight: 4, suffixes: ['TIMEOUT', 'TTL', 'INTERVAL'], spec: () => ({}), value: (rng) => `${rng.range(1, 120)}${rng.pick(['ms', 's', 'm'])}`, invalid: () => 'forever' }
];

const REQUIRED = [
  [true, 0.4],
  [['production', 'preview'], 0.3],
  [['production'], 0.1],
  [undefined, 0.2]
];
const LANGUAGES = [
  ['ts', 0.45],
  ['js', 0.3],
  ['py', 0.25]
];

/**
 * Returns `{ root, env, summary, cached }`: `root` holds the repository, `env` the process
 * environment (names → values) to run the check with. Built once per generator version.
 */
export function ensureEnvCorpus({ vars = 500, files = 5000, log = () => {} } = {}) {
  const hash = createHash('sha256').update(`${ENV_SEED}:${vars}:${files}`);
  for (const file of GENERATOR_FILES) hash.update(readFileSync(join(import.meta.dirname, file)));
  const key = hash.digest('hex').slice(0, 12);
  const base = join(tmpdir(), 'launch-ready-bench');
  const dir = join(base, `env-${vars}v-${files}f-${key}`);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return { ...JSON.parse(readFileSync(manifestFile, 'utf8')), root: join(dir, 'repo'), cached: true };
  if (existsSync(base)) for (const name of readdirSync(base)) if (name.startsWith('env-')) rmSync(join(base, name), { recursive: true, force: true });
  const root = join(dir, 'repo');
  mkdirSync(root, { recursive: true });
  log(`generating the env corpus in ${root}…`);
  const manifest = generate(root, vars, files);
  commitAll(root);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return { ...manifest, root, cached: false };
}

function generate(root, varCount, fileCount) {
  const rng = createRandom(ENV_SEED);
  const declared = declareVariables(rng.fork('vars'), varCount);
  const undeclared = Array.from({ length: 40 }, (_, i) => `LEGACY_${rng.pick(SERVICES)}_${i}`);
  write(root, 'launch-ready.yml', configYaml(declared));
  write(root, '.env.example', envExample(rng.fork('example'), declared));
  const code = writeCodebase(root, rng.fork('code'), { declared, undeclared, fileCount });
  write(root, '.github/workflows/deploy.yml', workflow(declared.slice(0, 12).map((v) => v.name), 'deploy'));
  write(root, '.github/workflows/ci.yml', workflow(declared.slice(12, 20).map((v) => v.name), 'ci'));
  const env = processEnv(rng.fork('env'), declared);
  const byType = {};
  for (const variable of declared) byType[variable.spec.type] = (byType[variable.spec.type] ?? 0) + 1;
  return {
    seed: ENV_SEED,
    env,
    summary: {
      vars: declared.length,
      byType,
      secret: declared.filter((v) => v.spec.secret).length,
      public: declared.filter((v) => v.spec.public).length,
      files: code.files,
      bytes: code.bytes,
      byLanguage: code.byLanguage,
      references: code.references,
      undeclaredReferenced: code.undeclaredUsed,
      envValues: Object.keys(env).length
    }
  };
}

/** `count` unique names with specs; about 8% are browser-public (`NEXT_PUBLIC_`). */
function declareVariables(rng, count) {
  const total = TYPES.reduce((sum, t) => sum + t.weight, 0);
  const declared = [];
  const names = new Set();
  while (declared.length < count) {
    let roll = rng.next() * total;
    const kind = TYPES.find((t) => (roll -= t.weight) < 0) ?? TYPES[0];
    const isPublic = kind.type !== 'string' && rng.chance(0.08);
    let name = `${isPublic ? 'NEXT_PUBLIC_' : ''}${rng.pick(SERVICES)}_${rng.pick(kind.suffixes)}`;
    if (names.has(name)) name = `${name}_${declared.length}`;
    names.add(name);
    const spec = { type: kind.type, ...kind.spec(rng, name) };
    const required = weighted(rng, REQUIRED);
    if (required !== undefined) spec.required = required;
    else if (kind.type !== 'string' && rng.chance(0.5)) spec.default = kind.value(rng, name, spec);
    // Never both: the config rejects a public secret.
    if (isPublic) {
      delete spec.secret;
      spec.public = true;
    }
    if (rng.chance(0.3)) spec.description = `${name.toLowerCase().replace(/_/g, ' ')} for the ${rng.pick(['api', 'web app', 'workers'])}`;
    if (declared.length > 0 && rng.chance(0.01)) spec.deprecated = { replacement: declared[declared.length - 1].name };
    declared.push({ name, kind, spec });
  }
  return declared;
}

function configYaml(declared) {
  const vars = Object.fromEntries(declared.map((v) => [v.name, v.spec]));
  return stringify({ env: { environment: 'production', files: ['.env.example'], vars, drift: { ignore: ['NODE_ENV', 'CI'] } } }, { lineWidth: 0, aliasDuplicateObjects: false });
}

function envExample(rng, declared) {
  const lines = ['# Copy to .env.local and fill in; production values live in the hosting platform.', ''];
  // A few declared names are missing from the template, as happens.
  for (const v of declared) if (!rng.chance(0.03)) lines.push(`${v.name}=${v.spec.secret ? '' : v.kind.value(rng, v.name, v.spec)}`);
  lines.push('OLD_FEATURE_FLAG=false');
  return `${lines.join('\n')}\n`;
}

/** Values for a production job: 97% valid, 1.5% invalid, 1.5% unset, plus the runner's own variables. */
function processEnv(rng, declared) {
  const env = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: '/home/runner',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CI: 'true',
    NODE_ENV: 'production',
    USER: 'runner',
    SHELL: '/bin/bash',
    HOSTNAME: 'fv-az123-456'
  };
  for (const v of declared) {
    const roll = rng.next();
    if (roll < 0.015) continue;
    env[v.name] = roll < 0.03 ? v.kind.invalid(rng) : v.kind.value(rng, v.name, v.spec);
  }
  return env;
}

function writeCodebase(root, rng, { declared, undeclared, fileCount }) {
  const used = new Set();
  const byLanguage = {};
  let bytes = 0;
  let references = 0;
  const undeclaredUsed = new Set();
  for (let i = 0; i < fileCount; i += 1) {
    const frng = rng.fork(String(i));
    const kind = weighted(frng, LANGUAGES);
    // Log-uniform from 20 to 500 lines: most files are short, a few long (median ~100 lines, ~4 KB).
    const { head, blocks, tail } = makeHostFile(kind, frng, Math.round(20 * 25 ** frng.next()));
    const count = frng.chance(0.35) ? 0 : frng.range(1, 6);
    for (let r = 0; r < count; r += 1) {
      const name = frng.chance(0.02) ? frng.pick(undeclared) : frng.pick(declared).name;
      if (undeclared.includes(name)) undeclaredUsed.add(name);
      blocks.splice(frng.int(blocks.length + 1), 0, [reference(frng, kind, name), '']);
      references += 1;
    }
    let path = `${frng.pick(KIND_DIRS[kind])}/${KIND_FILE[kind](baseName(frng))}`;
    for (let n = 2; used.has(path); n += 1) path = path.replace(/(-\d+)?(\.[a-z]+)$/, `-${n}$2`);
    used.add(path);
    const text = `${[...head, ...blocks.flat(), ...tail].join('\n')}\n`;
    write(root, path, text);
    bytes += Buffer.byteLength(text);
    byLanguage[kind] = (byLanguage[kind] ?? 0) + 1;
  }
  return { files: fileCount, bytes, byLanguage, references, undeclaredUsed: undeclaredUsed.size };
}

/** One reference in a form the drift scan reads (issue 5, point 3). */
function reference(rng, kind, name) {
  const local = name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
  if (kind === 'py') {
    return rng.pick([() => `${name} = os.environ["${name}"]`, () => `${local} = os.getenv("${name}")`, () => `${local} = os.environ.get("${name}", "")`])();
  }
  return rng.pick([
    () => `const ${local} = process.env.${name};`,
    () => `const ${local} = process.env["${name}"] ?? '';`,
    () => `const { ${name} } = process.env;`,
    () => `const ${local} = import.meta.env.${name};`
  ])();
}

function workflow(names, job) {
  const env = names.map((name) => `      ${name}: \${{ secrets.${name} }}`).join('\n');
  return `name: ${job}\non: [push]\njobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    env:\n${env}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run ${job}\n`;
}

/** A value shaped like a provider's live key (never a real one: random body). */
function secretValue(rng) {
  return rng.pick([() => cat('sk', '_live_') + rng.base62(24), () => cat('whsec', '_') + rng.base64(32).replace(/[+/]/g, 'x'), () => rng.hex(40)])();
}

function weighted(rng, table) {
  let roll = rng.next();
  for (const [value, weight] of table) if ((roll -= weight) < 0) return value;
  return table[table.length - 1][0];
}

function write(root, path, text) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

/** One commit with a fixed author and date, ignoring the user's git config and hooks. */
function commitAll(root) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' };
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '--no-verify', '-m', 'env benchmark corpus']]) {
    const result = spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed in ${root}: ${result.stderr}`);
  }
}

// Real-looking file bodies for the corpora: source in several languages, config, infrastructure,
// docs, scripts, logs, and the bulky files real repositories carry (lockfiles, minified bundles,
// source maps, CSS with inlined fonts). Every body is a list of blocks (arrays of lines): planted
// lines go between blocks, where a real author would have written them.
import { BASE62 } from './prng.mjs';
import { isoTime, minifiedLine, pngLikeBase64 } from './negatives.mjs';

const NOUNS = ['user', 'order', 'invoice', 'payment', 'session', 'cache', 'queue', 'report', 'tenant', 'account', 'product', 'cart', 'shipment', 'webhook', 'event', 'metric', 'config', 'client', 'schedule', 'job', 'retry', 'limit', 'price', 'customer', 'address', 'refund', 'coupon', 'catalog', 'inventory', 'audit', 'export', 'upload', 'thumbnail', 'search', 'index', 'feature', 'flag', 'plan', 'subscription', 'region', 'cursor', 'page', 'batch', 'worker', 'lock', 'key', 'token', 'header'];
const VERBS = ['get', 'list', 'create', 'update', 'delete', 'load', 'save', 'parse', 'render', 'build', 'sync', 'fetch', 'apply', 'resolve', 'validate', 'normalize', 'schedule', 'retry', 'publish', 'handle', 'compute', 'merge', 'export', 'import', 'refresh'];
const WORDS = ['the', 'a', 'when', 'each', 'request', 'is', 'retried', 'with', 'backoff', 'and', 'logged', 'before', 'after', 'the', 'queue', 'drains', 'so', 'that', 'no', 'order', 'is', 'lost', 'customers', 'see', 'their', 'invoice', 'once', 'payment', 'settles', 'this', 'module', 'keeps', 'state', 'in', 'memory', 'only', 'for', 'tests', 'use', 'the', 'fixture', 'helpers', 'configure', 'region', 'timeout', 'limits', 'per', 'tenant'];

const cap = (word) => word[0].toUpperCase() + word.slice(1);
const camel = (rng) => rng.pick(VERBS) + cap(rng.pick(NOUNS)) + (rng.chance(0.3) ? cap(rng.pick(NOUNS)) : '');
const pascal = (rng) => cap(rng.pick(NOUNS)) + cap(rng.pick(NOUNS));
const snake = (rng) => `${rng.pick(VERBS)}_${rng.pick(NOUNS)}`;
const sentence = (rng, min = 6, max = 16) => {
  const words = Array.from({ length: rng.range(min, max) }, () => rng.pick(WORDS));
  return cap(words.join(' ')) + '.';
};

/** Per language: a generator of one block. */
const BLOCKS = {
  ts(rng) {
    const name = camel(rng);
    const type = pascal(rng);
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`/** ${sentence(rng)} */`, `export async function ${name}(input: ${type}Input, deps: Deps): Promise<${type}> {`, `  const ${noun}s = await deps.repo.list${cap(noun)}s({ tenantId: input.tenantId, limit: ${rng.range(10, 500)} });`, `  if (${noun}s.length === 0) return { ok: false, reason: '${noun}-not-found' } as ${type};`, `  deps.logger.debug(\`${name}: \${${noun}s.length} ${noun}s\`);`, `  return { ok: true, items: ${noun}s.map((item) => normalize${cap(noun)}(item)) } as ${type};`, '}', ''],
      () => [`export interface ${type} {`, `  id: string;`, `  ${noun}Id: string;`, `  createdAt: Date;`, `  status: '${rng.pick(['pending', 'active'])}' | '${rng.pick(['failed', 'archived'])}';`, `  amountCents?: number;`, '}', ''],
      () => [`import { ${camel(rng)}, ${camel(rng)} } from '../${rng.pick(NOUNS)}/${rng.pick(NOUNS)}.js';`, `import type { ${pascal(rng)} } from './types.js';`, ''],
      () => [`const ${noun.toUpperCase()}_TTL_MS = ${rng.range(1, 120)} * 60 * 1000;`, `const cacheKey = (id: string) => \`${noun}:\${id}\`;`, ''],
      () => [`export class ${type}Service {`, `  constructor(private readonly client: HttpClient, private readonly clock = () => new Date()) {}`, '', `  async ${name}(id: string): Promise<${type} | undefined> {`, `    const res = await this.client.get(\`/v${rng.range(1, 3)}/${noun}s/\${encodeURIComponent(id)}\`);`, `    return res.status === 404 ? undefined : (res.body as ${type});`, '  }', '}', '']
    ])();
  },
  js(rng) {
    const name = camel(rng);
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`// ${sentence(rng)}`, `export function ${name}(${noun}, options = {}) {`, `  const { retries = ${rng.range(1, 5)}, timeout = ${rng.range(1, 30) * 1000} } = options;`, `  return fetch(\`/api/${noun}s/\${${noun}.id}\`, { signal: AbortSignal.timeout(timeout) })`, '    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))', `    .catch((error) => (retries > 0 ? ${name}(${noun}, { retries: retries - 1, timeout }) : Promise.reject(error)));`, '}', ''],
      () => [`const ${noun}Reducer = (state = initialState, action) => {`, '  switch (action.type) {', `    case '${noun}/${rng.pick(VERBS)}':`, `      return { ...state, ${noun}s: [...state.${noun}s, action.payload] };`, '    default:', '      return state;', '  }', '};', ''],
      () => [`import ${pascal(rng)} from './components/${pascal(rng)}.jsx';`, `import { use${cap(noun)} } from '../hooks/use${cap(noun)}.js';`, '']
    ])();
  },
  py(rng) {
    const name = snake(rng);
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`def ${name}(${noun}_id: str, *, session: Session, limit: int = ${rng.range(10, 200)}) -> list[${pascal(rng)}]:`, `    """${sentence(rng)}"""`, `    query = session.query(${cap(noun)}).filter(${cap(noun)}.id == ${noun}_id).limit(limit)`, `    logger.debug("${name}: %s rows", query.count())`, `    return [${noun}.to_dict() for ${noun} in query.all()]`, '', ''],
      () => [`class ${pascal(rng)}(BaseModel):`, `    id: UUID`, `    ${noun}_name: str = Field(max_length=${rng.range(32, 255)})`, `    created_at: datetime = Field(default_factory=datetime.utcnow)`, '', ''],
      () => ['import logging', 'import os', `from app.${noun}s import ${snake(rng)}`, '']
    ])();
  },
  go(rng) {
    const name = cap(camel(rng));
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`// ${name} ${sentence(rng).toLowerCase()}`, `func (s *${cap(noun)}Store) ${name}(ctx context.Context, id string) (*${cap(noun)}, error) {`, `\trow := s.db.QueryRowContext(ctx, "SELECT id, name FROM ${noun}s WHERE id = $1", id)`, `\tvar out ${cap(noun)}`, '\tif err := row.Scan(&out.ID, &out.Name); err != nil {', `\t\treturn nil, fmt.Errorf("${noun} %s: %w", id, err)`, '\t}', '\treturn &out, nil', '}', ''],
      () => [`type ${cap(noun)} struct {`, `\tID   string \`json:"id"\``, `\tName string \`json:"name"\``, `\tTTL  time.Duration \`json:"ttl"\``, '}', '']
    ])();
  },
  yaml(rng) {
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`  ${noun}-${rng.pick(VERBS)}:`, `    image: ghcr.io/acme/${noun}-service:${rng.range(1, 9)}.${rng.range(0, 30)}.${rng.range(0, 9)}`, '    restart: unless-stopped', '    ports:', `      - "${rng.range(3000, 9000)}:${rng.range(3000, 9000)}"`, '    environment:', `      LOG_LEVEL: ${rng.pick(['info', 'debug', 'warn'])}`, `      ${noun.toUpperCase()}_TIMEOUT_MS: "${rng.range(100, 30000)}"`, ''],
      () => ['      - name: Install dependencies', '        run: npm ci', `      - name: ${cap(rng.pick(VERBS))} ${noun}s`, `        run: npm run ${rng.pick(VERBS)}:${noun} -- --shard \${{ matrix.shard }}`, '        env:', `          NODE_OPTIONS: --max-old-space-size=${rng.pick([2048, 4096])}`, '']
    ])();
  },
  json(rng) {
    const noun = rng.pick(NOUNS);
    return [`  "${noun}${cap(rng.pick(NOUNS))}": { "enabled": ${rng.chance(0.5)}, "limit": ${rng.range(1, 1000)}, "region": "${rng.pick(['eu-west-1', 'us-east-1', 'ap-south-1'])}" },`];
  },
  env(rng) {
    const noun = rng.pick(NOUNS).toUpperCase();
    return rng.pick([
      () => [`${noun}_TIMEOUT_MS=${rng.range(100, 30000)}`],
      () => [`${noun}_URL=https://${noun.toLowerCase()}.internal.acme-corp.io`],
      () => [`# ${sentence(rng, 3, 8)}`, `FEATURE_${noun}=${rng.chance(0.5)}`]
    ])();
  },
  dockerfile(rng) {
    return rng.pick([
      () => [`RUN apt-get update && apt-get install -y --no-install-recommends ${rng.pick(['curl', 'git', 'tini', 'ca-certificates'])} && rm -rf /var/lib/apt/lists/*`],
      () => [`COPY ${rng.pick(NOUNS)}/ ./${rng.pick(NOUNS)}/`],
      () => [`ENV ${rng.pick(NOUNS).toUpperCase()}_WORKERS=${rng.range(1, 16)}`]
    ])();
  },
  tf(rng) {
    const noun = rng.pick(NOUNS);
    return rng.pick([
      () => [`resource "aws_s3_bucket" "${noun}_${rng.pick(NOUNS)}" {`, `  bucket = "acme-${noun}-${rng.pick(['prod', 'staging'])}"`, '  tags = {', `    Team = "${rng.pick(['platform', 'payments', 'data'])}"`, '  }', '}', ''],
      () => [`variable "${noun}_instance_count" {`, '  type    = number', `  default = ${rng.range(1, 12)}`, '}', '']
    ])();
  },
  md(rng) {
    return rng.pick([
      () => [`## ${cap(rng.pick(VERBS))} ${rng.pick(NOUNS)}s`, '', sentence(rng, 12, 30), sentence(rng, 8, 20), ''],
      () => ['```bash', `npm run ${rng.pick(VERBS)} -- --${rng.pick(NOUNS)} ${rng.pick(NOUNS)}`, '```', ''],
      () => [`- ${sentence(rng, 4, 10)}`, `- ${sentence(rng, 4, 10)}`, '']
    ])();
  },
  sh(rng) {
    const fn = snake(rng);
    return rng.pick([
      () => [`${fn}() {`, `  local target="\${1:?usage: ${fn} TARGET}"`, `  echo "${fn}: \${target}" >&2`, `  curl -fsS --retry 3 "https://api.acme-corp.io/v1/${rng.pick(NOUNS)}s/\${target}" | jq -r '.${rng.pick(NOUNS)}'`, '}', ''],
      () => [`if [[ -z "\${${rng.pick(NOUNS).toUpperCase()}_DIR:-}" ]]; then`, '  echo "missing directory" >&2', '  exit 2', 'fi', '']
    ])();
  },
  log(rng) {
    const level = rng.pick(['INFO ', 'INFO ', 'INFO ', 'DEBUG', 'WARN ', 'ERROR']);
    const noun = rng.pick(NOUNS);
    return [
      rng.pick([
        () => `${isoTime(rng)} ${level} [${noun}-worker-${rng.range(1, 8)}] ${rng.pick(VERBS)} ${noun} id=${rng.base62(10)} took ${rng.range(1, 2000)}ms`,
        () => `${isoTime(rng)} ${level} http ${rng.pick(['GET', 'POST', 'PUT'])} /api/v1/${noun}s/${rng.range(1, 99999)} ${rng.pick([200, 200, 201, 204, 404, 500])} ${rng.range(1, 900)}ms ua="Mozilla/5.0" ip=10.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(0, 255)}`,
        () => `${isoTime(rng)} ${level} [scheduler] job=${snake(rng)} attempt=${rng.range(1, 5)} next_run_in=${rng.range(1, 3600)}s`
      ])()
    ];
  }
};

export const HOST_KINDS = Object.keys(BLOCKS);

/** First and last lines of a file of each kind, around the blocks. */
const FRAME = {
  ts: () => [["import { logger } from './logger.js';", ''], []],
  js: () => [["'use strict';", ''], []],
  py: () => [['from __future__ import annotations', ''], []],
  go: () => [['package main', '', 'import (', '\t"context"', '\t"fmt"', '\t"os"', ')', ''], []],
  yaml: (rng) => [rng.chance(0.5) ? ['services:'] : ['name: ci', 'on: [push, pull_request]', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4'], []],
  json: () => [['{'], ['  "schemaVersion": 2', '}']],
  env: () => [['# Local configuration', 'NODE_ENV=production'], []],
  dockerfile: () => [['FROM node:22-bookworm-slim AS build', 'WORKDIR /app'], ['CMD ["node", "dist/server.js"]']],
  tf: () => [['terraform {', '  required_version = ">= 1.6"', '}', ''], []],
  md: (rng) => [[`# ${cap(rng.pick(NOUNS))} service`, ''], []],
  sh: () => [['#!/usr/bin/env bash', 'set -euo pipefail', ''], []],
  log: () => [[], []]
};

/**
 * A file of `kind` with about `targetLines` lines: `{ head, blocks, tail }`. Planted lines are
 * inserted between blocks.
 */
export function makeHostFile(kind, rng, targetLines) {
  const [head, tail] = FRAME[kind](rng);
  const blocks = [];
  let lines = head.length + tail.length;
  while (lines < targetLines) {
    const block = BLOCKS[kind](rng);
    blocks.push(block);
    lines += block.length;
  }
  return { head, blocks, tail };
}

/** At least `targetLines` lines of blocks of `kind`, without the file's first and last lines (an edit). */
export function makeBlocks(kind, rng, targetLines) {
  const lines = [];
  while (lines.length < targetLines) lines.push(...BLOCKS[kind](rng));
  return lines;
}

const upperSnake = (name) => name.toUpperCase();
const lowerSnake = (name) => name.toLowerCase();
const camelCase = (name) => name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());

/** One assignment of `value` to `name` in the syntax of `kind`, quoted as that kind would. */
export function assignment(kind, rng, name, value) {
  switch (kind) {
    case 'ts':
      return rng.chance(0.5) ? `const ${camelCase(name)} = '${value}';` : `export const ${upperSnake(name)} = "${value}";`;
    case 'js':
      return rng.chance(0.5) ? `  ${camelCase(name)}: '${value}',` : `const ${camelCase(name)} = "${value}";`;
    case 'py':
      return rng.chance(0.5) ? `${upperSnake(name)} = "${value}"` : `    "${lowerSnake(name)}": '${value}',`;
    case 'go':
      return `\t${camelCase(name)} := "${value}"`;
    case 'yaml':
      return rng.chance(0.5) ? `      ${upperSnake(name)}: ${value}` : `      ${lowerSnake(name)}: "${value}"`;
    case 'json':
      return `  "${camelCase(name)}": "${value}",`;
    case 'env':
      return rng.chance(0.7) ? `${upperSnake(name)}=${value}` : `${upperSnake(name)}="${value}"`;
    case 'dockerfile':
      return `${rng.pick(['ENV', 'ARG'])} ${upperSnake(name)}=${value}`;
    case 'tf':
      return `  ${lowerSnake(name)} = "${value}"`;
    case 'md':
      return `export ${upperSnake(name)}=${value}`;
    case 'sh':
      return `export ${upperSnake(name)}="${value}"`;
    case 'log':
      return `${isoTime(rng)} DEBUG [config] loaded ${upperSnake(name)}=${value} from environment`;
    default:
      throw new Error(`unknown host kind ${kind}`);
  }
}

/** An assignment of an expression (not a string), e.g. `process.env.X`. */
export function rawAssignment(kind, name, expression) {
  switch (kind) {
    case 'ts':
    case 'js':
      return `const ${camelCase(name)} = ${expression};`;
    case 'py':
      return `${upperSnake(name)} = ${expression}`;
    case 'go':
      return `\t${camelCase(name)} := ${expression}`;
    case 'yaml':
      return `      ${upperSnake(name)}: ${expression}`;
    case 'json':
      return `  "${camelCase(name)}": ${expression},`;
    case 'tf':
      return `  ${lowerSnake(name)} = ${expression}`;
    case 'dockerfile':
      return `ENV ${upperSnake(name)}=${expression}`;
    case 'sh':
    case 'md':
      return `export ${upperSnake(name)}=${expression}`;
    case 'log':
      return `config ${upperSnake(name)}=${expression}`;
    default:
      return `${upperSnake(name)}=${expression}`;
  }
}

/** The file name extension (or name) of a kind. */
export const KIND_FILE = {
  ts: (base) => `${base}.ts`,
  js: (base) => `${base}.js`,
  py: (base) => `${base}.py`,
  go: (base) => `${base}.go`,
  yaml: (base) => `${base}.yaml`,
  json: (base) => `${base}.json`,
  env: () => '.env',
  dockerfile: () => 'Dockerfile',
  tf: (base) => `${base}.tf`,
  md: (base) => `${base}.md`,
  sh: (base) => `${base}.sh`,
  log: (base) => `${base}.log`
};

export const KIND_DIRS = {
  ts: ['services/api/src', 'services/api/src/handlers', 'packages/core/src', 'packages/sdk/src'],
  js: ['apps/web/src', 'apps/web/src/store', 'tools'],
  py: ['workers/billing', 'workers/etl', 'ml/pipelines'],
  go: ['cmd/gateway', 'internal/store', 'internal/auth'],
  yaml: ['deploy/compose', '.github/workflows', 'deploy/k8s'],
  json: ['config', 'apps/web/config', 'services/api/config'],
  env: ['', 'services/api', 'apps/web', 'workers/billing'],
  dockerfile: ['', 'services/api', 'workers/etl'],
  tf: ['infra/modules/storage', 'infra/envs/prod', 'infra/envs/staging'],
  md: ['docs', 'docs/runbooks', ''],
  sh: ['scripts', 'ops'],
  log: ['logs', 'var/log']
};

export const baseName = (rng) => `${rng.pick(NOUNS)}-${rng.pick(NOUNS)}${rng.chance(0.3) ? `-${rng.range(1, 9)}` : ''}`;

// ————— Bulk files (throughput corpus, and hard-negative files of the accuracy corpus) —————

/** A package-lock.json of about `bytes` bytes: every package has a `sha512-` integrity. */
export function packageLock(rng, bytes) {
  const lines = ['{', '  "name": "acme-web",', '  "version": "3.4.1",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {'];
  let size = 0;
  let first = true;
  while (size < bytes) {
    const name = `${rng.pick(['@babel', '@types', '@radix-ui', ''])}${rng.chance(0.5) ? '/' : ''}${rng.pick(NOUNS)}-${rng.pick(VERBS)}`.replace(/^\//, '');
    const version = `${rng.range(0, 12)}.${rng.range(0, 40)}.${rng.range(0, 20)}`;
    const entry = [
      `${first ? '' : ','}    "node_modules/${name}": {`,
      `      "version": "${version}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz",`,
      `      "integrity": "sha512-${rng.base64(86)}==",`,
      `      "license": "${rng.pick(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'])}"`,
      '    }'
    ];
    first = false;
    for (const line of entry) size += line.length + 1;
    lines.push(...entry);
  }
  lines.push('  }', '}');
  return lines;
}

/** A yarn.lock. */
export function yarnLock(rng, bytes) {
  const lines = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', ''];
  let size = 0;
  while (size < bytes) {
    const name = `${rng.pick(NOUNS)}-${rng.pick(VERBS)}`;
    const version = `${rng.range(0, 12)}.${rng.range(0, 40)}.${rng.range(0, 20)}`;
    const entry = [`${name}@^${version}:`, `  version "${version}"`, `  resolved "https://registry.yarnpkg.com/${name}/-/${name}-${version}.tgz#${rng.hex(40)}"`, `  integrity sha512-${rng.base64(86)}==`, ''];
    for (const line of entry) size += line.length + 1;
    lines.push(...entry);
  }
  return lines;
}

/** A go.sum. */
export function goSum(rng, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const mod = `github.com/${rng.pick(NOUNS)}${rng.pick(NOUNS)}/${rng.pick(NOUNS)}`;
    const version = `v${rng.range(0, 3)}.${rng.range(0, 40)}.${rng.range(0, 20)}`;
    const pair = [`${mod} ${version} h1:${rng.base64(43)}=`, `${mod} ${version}/go.mod h1:${rng.base64(43)}=`];
    for (const line of pair) size += line.length + 1;
    lines.push(...pair);
  }
  return lines;
}

/** A minified bundle: few, very long lines. */
export function minifiedBundle(rng, bytes) {
  const lines = [`/*! acme-web v3.4.1 | (c) Acme Corp | MIT */`];
  let size = 0;
  while (size < bytes) {
    const line = minifiedLine(rng, rng.range(8000, 40000));
    lines.push(line);
    size += line.length + 1;
  }
  lines.push(`//# sourceMappingURL=index-${rng.hex(8)}.js.map`);
  return lines;
}

/** A source map: one huge `mappings` line of VLQ base64. */
export function sourceMap(rng, bytes) {
  const vlq = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let mappings = '';
  while (mappings.length < bytes) mappings += `${rng.chars(vlq, rng.range(4, 8))}${rng.chance(0.9) ? ',' : ';'}`;
  return [`{"version":3,"file":"index-${rng.hex(8)}.js","sources":["../src/main.tsx","../src/App.tsx"],"names":["React","useState"],"mappings":"${mappings}"}`];
}

/** CSS with fonts and images inlined as base64. */
export function cssWithFonts(rng, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const block = rng.chance(0.3)
      ? ['@font-face {', `  font-family: "${cap(rng.pick(NOUNS))} Sans";`, `  src: url(data:font/woff2;base64,${cat2('d09GMgABAAAAA', rng.base64(rng.range(4000, 20000)))}) format("woff2");`, '  font-display: swap;', '}']
      : [`.${rng.pick(NOUNS)}-${rng.base62(5)} {`, `  margin: ${rng.range(0, 32)}px ${rng.range(0, 32)}px;`, `  color: #${rng.hex(6)};`, rng.chance(0.2) ? `  background: url("data:image/png;base64,${pngLikeBase64(rng, rng.range(200, 3000))}");` : '  display: flex;', '}'];
    for (const line of block) size += line.length + 1;
    lines.push(...block);
  }
  return lines;
}

const cat2 = (a, b) => a + b;

/** Newline-delimited JSON records (fixtures, exports, analytics dumps). */
export function ndjson(rng, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const line = JSON.stringify({ id: rng.uuid(), type: `${rng.pick(NOUNS)}.${rng.pick(VERBS)}`, at: isoTime(rng), actor: rng.base62(12), amount: rng.range(0, 99999) / 100, sha: rng.hex(40), tags: [rng.pick(NOUNS), rng.pick(NOUNS)] });
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

/** Random base62 word (for file names). */
export const slug = (rng, n = 8) => rng.chars(BASE62.slice(0, 36).toLowerCase(), n);

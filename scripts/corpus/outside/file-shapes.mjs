// The kinds of file a startup's repository holds, each as real authors write it: a path, opening
// and closing lines, filler lines between entries, and how a `NAME = value` assignment is written
// in that file's own syntax. Shapes follow the formats' own documentation (dotenv, POSIX sh, YAML
// 1.2, HCL, Dockerfile reference, Kubernetes Secret, GitHub Actions workflow syntax, Compose file,
// nbformat 4).
import { Buffer } from 'node:buffer';

const camel = (env) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (env) => camel(env).replace(/^./, (c) => c.toUpperCase());
const snake = (env) => env.toLowerCase();
const dotted = (env) => env.toLowerCase().replace(/_/g, '.');
/** Shell/dotenv quoting: single quotes when the value holds `$` (so it is not expanded). */
const shq = (value) => (/[$`"\\]/.test(value) ? `'${value}'` : `"${value}"`);
const yamlScalar = (value) => (/^[A-Za-z0-9]/.test(value) && !/[#:]\s|\s#|[{}[\],&*!|>'"%@`]/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
const jsonString = (value) => JSON.stringify(value);

const SERVICES = ['api', 'web', 'worker', 'billing', 'notifier', 'ingest', 'admin', 'search'];

/**
 * Per kind: `path(rng)`, `head(rng)`, `tail`, `filler(rng)` (a line with nothing secret) and
 * `assign(rng, env, value)` (the line that holds the value). `tail` may be a function of the
 * entries' count (JSON closes its object).
 */
export const SHAPES = {
  env: {
    path: (r) => r.pick(['.env', '.env.production', '.env.local', `apps/${r.pick(SERVICES)}/.env.production`, `services/${r.pick(SERVICES)}/.env`, 'deploy/.env.staging', '.env.development']),
    head: () => ['# Environment for this service; see docs/configuration.md', 'NODE_ENV=production'],
    filler: (r) => r.pick(['PORT=3000', 'LOG_LEVEL=info', `APP_URL=https://${r.pick(SERVICES)}.acme-corp.io`, '', '# --- third parties ---', 'FEATURE_NEW_CHECKOUT=true', `TZ=UTC`, `WEB_CONCURRENCY=${r.range(1, 8)}`]),
    assign: (r, env, v) => r.pick([`${env}=${v.includes(' ') || v.includes('$') ? shq(v) : v}`, `${env}=${shq(v)}`, `${env}=${v.includes(' ') || v.includes('$') ? shq(v) : v}`])
  },
  sh: {
    path: (r) => `scripts/${r.pick(['deploy', 'release', 'bootstrap', 'seed', 'backup', 'sync-assets', 'rotate'])}.sh`,
    head: () => ['#!/usr/bin/env bash', 'set -euo pipefail', ''],
    filler: (r) => r.pick(['cd "$(dirname "$0")/.."', 'echo "==> deploying $GIT_SHA"', 'npm ci --omit=dev', `REGION=\${REGION:-eu-west-1}`, '', 'trap cleanup EXIT']),
    assign: (r, env, v) => r.pick([`export ${env}=${shq(v)}`, `${env}=${shq(v)}`])
  },
  py: {
    path: (r) => r.pick([`${r.pick(SERVICES)}/settings.py`, 'app/config.py', `scripts/${r.pick(['backfill', 'export_users', 'notify'])}.py`, 'tests/conftest.py']),
    head: () => ['import os', 'from pathlib import Path', '', 'BASE_DIR = Path(__file__).resolve().parent.parent', ''],
    filler: (r) => r.pick(['DEBUG = False', 'ALLOWED_HOSTS = ["*"]', `TIMEOUT_SECONDS = ${r.range(5, 60)}`, '', 'LOGGING = {"version": 1, "disable_existing_loggers": False}']),
    assign: (r, env, v) => r.pick([`${env} = ${jsonString(v)}`, `os.environ.setdefault(${jsonString(env)}, ${jsonString(v)})`, `${snake(env)} = os.getenv(${jsonString(env)}, ${jsonString(v)})`])
  },
  js: {
    path: (r) => r.pick(['config/default.js', `${r.pick(SERVICES)}/config.js`, 'scripts/smoke.mjs', 'knexfile.js']),
    head: () => ["'use strict';", '', 'module.exports = {'],
    tail: () => ['};'],
    filler: (r) => r.pick(['  port: Number(process.env.PORT ?? 3000),', "  logLevel: 'info',", '  retries: 3,', `  region: '${r.pick(['us-east-1', 'eu-west-1'])}',`]),
    assign: (r, env, v) => r.pick([`  ${camel(env)}: '${v}',`, `  ${camel(env)}: process.env.${env} || '${v}',`])
  },
  ts: {
    path: (r) => r.pick([`src/config/${r.pick(['payments', 'email', 'ai', 'integrations', 'storage'])}.ts`, `apps/${r.pick(SERVICES)}/src/env.ts`, 'src/lib/clients.ts']),
    head: () => ["import { z } from 'zod';", ''],
    filler: (r) => r.pick(['export const TIMEOUT_MS = 10_000;', '', `export const REGION = '${r.pick(['us-east-1', 'eu-central-1'])}' as const;`, 'const schema = z.object({ url: z.string().url() });']),
    assign: (r, env, v) => r.pick([`export const ${env} = '${v}';`, `const ${camel(env)} = process.env.${env} ?? "${v}";`, `export const ${camel(env)}: string = \`${v}\`;`])
  },
  go: {
    path: (r) => r.pick(['internal/config/config.go', `cmd/${r.pick(SERVICES)}/main.go`, 'pkg/clients/clients.go']),
    head: () => ['package config', '', 'import "os"', '', 'const ('],
    tail: () => [')', '', 'func init() { _ = os.Getenv("HOME") }'],
    filler: (r) => r.pick([`\tDefaultTimeout = ${r.range(5, 60)}`, '\tServiceName = "api"', '']),
    assign: (r, env, v) => `\t${pascal(env)} = ${jsonString(v)}`
  },
  java: {
    path: (r) => `src/main/java/com/acme/${r.pick(['billing', 'notify', 'core'])}/${r.pick(['Config', 'Credentials', 'ClientFactory'])}.java`,
    head: () => ['package com.acme.core;', '', 'public final class Config {'],
    tail: () => ['}'],
    filler: (r) => r.pick(['    private static final int TIMEOUT_SECONDS = 30;', '    private Config() {}', '']),
    assign: (r, env, v) => `    private static final String ${env} = ${jsonString(v)};`
  },
  properties: {
    path: (r) => r.pick(['src/main/resources/application.properties', 'src/main/resources/application-prod.properties', 'gradle.properties']),
    head: () => ['# Spring Boot configuration', 'server.port=8080'],
    filler: (r) => r.pick(['spring.jpa.open-in-view=false', 'management.endpoints.web.exposure.include=health', 'logging.level.root=INFO']),
    assign: (r, env, v) => `${dotted(env)}=${v}`
  },
  rb: {
    path: (r) => r.pick(['config/initializers/services.rb', 'config/environments/production.rb', `lib/tasks/${r.pick(['sync', 'import'])}.rake`]),
    head: () => ['# frozen_string_literal: true', '', 'Rails.application.configure do'],
    tail: () => ['end'],
    filler: (r) => r.pick(['  config.log_level = :info', '  config.force_ssl = true', '']),
    assign: (r, env, v) => r.pick([`  ENV[${jsonString(env)}] ||= ${jsonString(v)}`, `  config.x.${snake(env)} = ${jsonString(v)}`])
  },
  yaml: {
    path: (r) => r.pick(['config/production.yml', `deploy/helm/${r.pick(SERVICES)}/values.yaml`, 'config/settings.yaml', 'serverless.yml']),
    head: () => ['# Application settings', 'app:', '  name: acme', 'secrets:'],
    filler: (r) => r.pick(['  region: eu-west-1', '  timeout: 30', '  # rotate quarterly', '  enabled: true']),
    assign: (r, env, v) => `  ${snake(env)}: ${yamlScalar(v)}`
  },
  gha: {
    path: (r) => `.github/workflows/${r.pick(['deploy', 'release', 'nightly', 'e2e'])}.yml`,
    head: () => ['name: deploy', 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:'],
    tail: () => ['    steps:', '      - uses: actions/checkout@v4', '      - run: npm ci && npm run deploy'],
    filler: (r) => r.pick(['      NODE_VERSION: 20', '      CI: true', `      DEPLOY_ENV: ${r.pick(['production', 'staging'])}`]),
    assign: (r, env, v) => `      ${env}: ${yamlScalar(v)}`
  },
  compose: {
    path: (r) => r.pick(['docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml']),
    head: () => ['services:', '  app:', '    build: .', '    environment:'],
    tail: () => ['    ports:', '      - "3000:3000"'],
    filler: (r) => r.pick(['      - NODE_ENV=production', '      - PORT=3000', `      - LOG_LEVEL=${r.pick(['info', 'debug'])}`]),
    assign: (r, env, v) => r.pick([`      - ${env}=${v}`, `      - "${env}=${v.replace(/"/g, '\\"')}"`])
  },
  k8s: {
    path: (r) => `k8s/${r.pick(SERVICES)}/${r.pick(['secret', 'secrets', 'app-secret'])}.yaml`,
    head: (r) => ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${r.pick(SERVICES)}-secrets`, '  namespace: production', 'type: Opaque', 'data:'],
    filler: () => '',
    // Secret `data` values are base64 (Kubernetes "Secrets" concept page).
    assign: (r, env, v) => `  ${env}: ${Buffer.from(v).toString('base64')}`,
    encodes: true
  },
  'k8s-string': {
    path: (r) => `k8s/${r.pick(SERVICES)}/secret-${r.pick(['prod', 'staging'])}.yaml`,
    head: (r) => ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${r.pick(SERVICES)}-env`, 'type: Opaque', 'stringData:'],
    filler: () => '',
    assign: (r, env, v) => `  ${env}: ${yamlScalar(v)}`
  },
  tf: {
    path: (r) => r.pick(['infra/main.tf', 'infra/providers.tf', `infra/modules/${r.pick(SERVICES)}/main.tf`, 'terraform/production.tfvars']),
    head: (r) => [`resource "kubernetes_secret" "${r.pick(SERVICES)}" {`, '  metadata {', '    name = "app"', '  }', '  data = {'],
    tail: () => ['  }', '}'],
    filler: () => '',
    assign: (r, env, v) => `    ${snake(env)} = ${jsonString(v)}`
  },
  dockerfile: {
    path: (r) => r.pick(['Dockerfile', `docker/${r.pick(SERVICES)}.Dockerfile`, 'Dockerfile.prod']),
    head: () => ['FROM node:20-alpine AS base', 'WORKDIR /app', 'COPY package*.json ./'],
    tail: () => ['RUN npm ci --omit=dev', 'COPY . .', 'CMD ["node", "dist/server.js"]'],
    filler: (r) => r.pick(['ENV NODE_ENV=production', 'EXPOSE 3000', 'USER node']),
    assign: (r, env, v) => r.pick([`ENV ${env}=${/[\s"$]/.test(v) ? shq(v) : v}`, `ARG ${env}=${/[\s"$]/.test(v) ? shq(v) : v}`])
  },
  json: {
    path: (r) => r.pick(['config/production.json', `apps/${r.pick(SERVICES)}/config.json`, 'appsettings.Production.json', 'firebase-functions.config.json']),
    head: () => ['{', '  "service": "acme",'],
    tail: () => ['  "version": 2', '}'],
    filler: (r) => r.pick(['  "timeoutMs": 10000,', '  "region": "eu-west-1",', '  "retries": 3,']),
    assign: (r, env, v) => `  ${jsonString(camel(env))}: ${jsonString(v)},`
  },
  md: {
    path: (r) => r.pick(['README.md', 'docs/runbook.md', 'docs/onboarding.md', `docs/${r.pick(['deploy', 'incident-2024-03', 'local-setup'])}.md`]),
    head: () => ['# Local setup', '', 'Copy these into your shell before running the service:', '', '```sh'],
    tail: () => ['```', '', 'Ask in #platform if something is missing.'],
    filler: (r) => r.pick(['export NODE_ENV=development', 'export PORT=3000', '# then: npm run dev']),
    assign: (r, env, v) => `export ${env}=${shq(v)}`
  },
  log: {
    path: (r) => r.pick(['ci-logs/build-4812.log', `logs/${r.pick(SERVICES)}-deploy.log`, 'ci/output/job-77.txt']),
    head: () => ['##[group]Run ./scripts/deploy.sh', '2024-05-14T09:12:01.114Z + set -euo pipefail'],
    tail: () => ['2024-05-14T09:12:09.870Z ##[endgroup]', '2024-05-14T09:12:09.901Z Deploy finished'],
    filler: (r) => r.pick(['2024-05-14T09:12:03.002Z npm WARN deprecated inflight@1.0.6', '2024-05-14T09:12:04.551Z added 812 packages in 9s', '2024-05-14T09:12:05.010Z + node scripts/migrate.js']),
    assign: (r, env, v) => r.pick([`2024-05-14T09:12:0${r.range(2, 8)}.${r.range(100, 999)}Z + export ${env}=${v}`, `2024-05-14T09:12:0${r.range(2, 8)}.${r.range(100, 999)}Z [config] ${env}=${v}`])
  },
  ipynb: {
    path: (r) => `notebooks/${r.pick(['eval', 'embeddings', 'churn-analysis', 'prompt-tuning'])}.ipynb`,
    head: () => ['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "execution_count": 1,', '   "metadata": {},', '   "outputs": [],', '   "source": [', '    "import os\\n",'],
    tail: () => ['    "print(\\"ready\\")"', '   ]', '  }', ' ],', ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},', ' "nbformat": 4,', ' "nbformat_minor": 5', '}'],
    filler: () => '    "\\n",',
    assign: (r, env, v) => `    ${jsonString(`os.environ[${jsonString(env)}] = ${jsonString(v)}\n`)},`
  }
};

export const SHAPE_NAMES = Object.keys(SHAPES);

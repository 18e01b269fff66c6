/**
 * The bundled demo: a small shop whose pull request plants the boring failures launch-ready
 * exists for. Secret-shaped values are assembled at run time so this repository never holds a
 * literal that looks like a live credential (GitHub push protection would rightly block it).
 */
import { base62Crc32 } from '../detect/rules/checksums.js';

const join = (...parts: string[]): string => parts.join('');
/** Real GitHub tokens end in a CRC-32 of their body, which the scanner verifies. */
const GITHUB_BODY = 'R8fK2mQ7vX4tL9pW3nB6cJ1hZ5sD0g';

/**
 * The project's gate: the env schema and the routes and flows of its preview deploy. No base URL:
 * the demo passes the running sample app's (random port) as the run's base URL, as a workflow
 * passes its preview's. What the app answers is in sample-app.ts.
 */
const LAUNCH_READY_YML = `# Fail the PR on high and critical findings.
failOn: high
env:
  files: [.env.example, .env.production]
  vars:
    PORT: { type: port, description: the port the server listens on }
    STRIPE_SECRET_KEY: { type: string, secret: true, required: true, description: Stripe API key for checkout }
smoke:
  requestTimeout: 5s
  routes:
    - { path: /, expect: { status: 200, bodyContains: Sign up } }
    - { path: /pricing }
    - { path: /login, private: true, expect: { status: 200 } }
    - { path: /account, private: true, auth: required }
    - { path: /old-pricing }
    - { path: /api/health, expect: { json: { /status: ok } } }
  flows:
    - name: contact form
      steps:
        - { path: /contact, capture: { csrf: { regex: 'name="csrf" value="([^"]+)"' } } }
        - path: /api/inquiries
          method: POST
          json: { csrf: "\${csrf}", email: visitor@example.com, message: Do you ship to Oslo? }
          expect: { status: 201, json: { /status: received } }
`;

/** Files of the base branch: a project whose env and preview deploy have problems of their own. */
export const BASE_FILES: Record<string, string> = {
  'README.md': '# Demo shop\n\nA tiny storefront used by `launch-ready demo`.\n',
  'package.json': '{\n  "name": "demo-shop",\n  "private": true,\n  "scripts": { "start": "node src/server.js" }\n}\n',
  'src/server.js': [
    "import http from 'node:http';",
    "import { charge } from './payments.js';",
    '',
    'const port = Number(process.env.PORT ?? 3000);',
    "http.createServer((req, res) => res.end('ok')).listen(port);",
    ''
  ].join('\n'),
  'src/payments.js': [
    "export async function charge(amount) {",
    '  const key = process.env.STRIPE_SECRET_KEY;',
    "  return { amount, key: Boolean(key) };",
    '}',
    ''
  ].join('\n'),
  '.env.example': 'PORT=3000\nSTRIPE_SECRET_KEY=\n',
  // Committed on purpose (it holds no secret), with a listen address where a port number belongs.
  '.env.production': '# Production settings; secrets live in the hosting platform.\nNODE_ENV=production\nPORT=:8080\n',
  'launch-ready.yml': LAUNCH_READY_YML
};

/** Files the pull request changes: three leaked credentials. */
export const PULL_REQUEST_FILES: Record<string, string> = {
  'src/payments.js': [
    '// TODO: move back to the environment before launch',
    join("const key = 'sk_", 'live_', '9Qm2Xv7LpR4tK8wN3bY6zH1c', "';"),
    'export async function charge(amount) {',
    '  return { amount, key: Boolean(key) };',
    '}',
    ''
  ].join('\n'),
  'deploy/aws.env': [
    '# credentials for the release bucket',
    join('AWS_ACCESS_KEY_ID=', 'AKIA', 'QYLPMN5HFIQR7XJ2'),
    join('AWS_SECRET_ACCESS_KEY=', 'Zq8vN3kLmP7xR2tW9yB4', 'cF6hJ1dS5gA0eU3iO8nK'),
    ''
  ].join('\n'),
  'scripts/release.sh': [
    '#!/bin/sh',
    join('export GITHUB_TOKEN=', 'ghp_', GITHUB_BODY, base62Crc32(GITHUB_BODY)),
    'gh release create "$1"',
    ''
  ].join('\n')
};

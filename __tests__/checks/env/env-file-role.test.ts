/** Which environment an env file's values belong to, by its name. */
import { envFileRole } from '../../../src/checks/env/env-file-role.js';

const ENVIRONMENTS = ['development', 'preview', 'production'];

test.each([
  ['.env', { kind: 'environment', environment: 'development', rank: 0 }],
  ['.env.local', { kind: 'environment', environment: 'development', rank: 1 }],
  ['.env.development', { kind: 'environment', environment: 'development', rank: 2 }],
  ['.env.development.local', { kind: 'environment', environment: 'development', rank: 3 }],
  ['.env.production', { kind: 'environment', environment: 'production', rank: 2 }],
  ['apps/web/.env.preview', { kind: 'environment', environment: 'preview', rank: 2 }],
  ['production.env', { kind: 'environment', environment: 'production', rank: 2 }],
  ['.env.example', { kind: 'template' }],
  ['.env.production.sample', { kind: 'template' }],
  ['.env.template', { kind: 'template' }],
  ['.env.staging', { kind: 'other' }],
  ['.env.test', { kind: 'other' }]
])('%s → %j', (path, role) => {
  expect(envFileRole(path, ENVIRONMENTS)).toEqual(role);
});

test('.env is nobody\'s without a development environment', () => {
  expect(envFileRole('.env', ['production'])).toEqual({ kind: 'other' });
});

import { createAllowList } from '../../../src/checks/secrets/allow-list.js';
import { createPathFilter } from '../../../src/checks/secrets/filter-paths.js';
import { FAKE } from './fake-secrets.js';

describe('createPathFilter', () => {
  test.each([
    [{ include: [], exclude: [] }, 'src/app.ts', true],
    [{ include: [], exclude: [] }, '.env', true],
    [{ include: [], exclude: ['fixtures/**', '**/*.snap'] }, 'fixtures/keys/a.pem', false],
    [{ include: [], exclude: ['fixtures/**', '**/*.snap'] }, 'src/__snapshots__/a.test.ts.snap', false],
    [{ include: [], exclude: ['fixtures/**'] }, 'src/fixtures/a.pem', true],
    [{ include: ['src/**'], exclude: [] }, 'src/a.ts', true],
    [{ include: ['src/**'], exclude: [] }, 'docs/a.md', false],
    [{ include: ['**'], exclude: [] }, '.github/workflows/ci.yml', true],
    [{ include: ['src/**'], exclude: ['src/generated/**'] }, 'src/generated/a.ts', false]
  ])('%j: %s → %s', (paths, path, expected) => {
    expect(createPathFilter(paths)(path)).toBe(expected);
  });
});

describe('createAllowList', () => {
  const candidate = { ruleId: 'github-token', path: 'docs/setup.md', value: FAKE.githubClassic };

  test.each([
    ['rule and path both match', { rule: 'github-token', path: 'docs/**' }, true],
    ['rule glob', { rule: 'github-*' }, true],
    ['path glob alone, dot files included', { path: '**/*.md' }, true],
    ['rule matches, path does not', { rule: 'github-token', path: 'src/**' }, false],
    ['another rule', { rule: 'npm-token' }, false],
    ['the exact value', { value: FAKE.githubClassic }, true],
    ['another value', { value: FAKE.githubOauth }, false],
    ['an entry with only a reason matches nothing', {}, false]
  ])('%s', (_name, entry, expected) => {
    const isAllowed = createAllowList([{ ...entry, reason: 'test' }]);
    expect(isAllowed(candidate)).toBe(expected);
  });

  test('no entries allow nothing', () => {
    expect(createAllowList([])(candidate)).toBe(false);
  });
});

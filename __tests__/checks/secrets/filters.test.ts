import { createPathFilter } from '../../../src/files/filter-paths.js';

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

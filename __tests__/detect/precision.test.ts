/**
 * Issue #16's precision cases through the whole scanner (shared filters, confidence, overlaps):
 * what the rule tables cannot show, because it depends on the path or on the finding's severity.
 */
import { createSecretScanner } from '../../src/detect/create-scanner.js';
import { BUILTIN_RULES } from '../../src/detect/rules/index.js';
import { configWith } from '../checks/secrets/config-fixture.js';
import { createFaker } from './rules/fake-values.js';

const f = createFaker(1616);
const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });
const scan = (path: string, text: string) => scanner.scan({ path, text, origin: 'present' });

describe('generic guesses', () => {
  test('a clearly generated value is medium, not low (a Coveralls repo_token in .travis.yml)', () => {
    const token = f.base62(33);
    const findings = scan('.travis.yml', `language: node_js\nafter_success:\n  - npm run coverage\nenv:\n  global:\n    - repo_token: ${token}\n`);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['generic-secret', 'medium']]);
    expect(JSON.stringify(findings)).not.toContain(token.slice(4));
  });

  test('a value a person may have typed stays low', () => {
    const findings = scan('config/app.yml', 'smtp_password: Tr0ub4dor&3xq\n');
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['generic-secret', 'low']]);
  });

  test('guesses in lockfiles and source maps are dropped; provider tokens there are still found', () => {
    const value = f.base62(32);
    expect(scan('yarn.lock', `  auth_token: "${value}"\n`)).toEqual([]);
    expect(scan('dist/minipass.js.map', `{"sourcesContent":["const secret = '${value}'"]}`)).toEqual([]);
    expect(scan('src/minipass.js', `const secret = '${value}'\n`).map((finding) => finding.ruleId)).toEqual(['generic-secret']);
    const registry = `//registry.npmjs.org/:_authToken=npm_${f.base62(36)}`;
    expect(scan('dist/app.js.map', `{"sourcesContent":["${registry}"]}`).length).toBeGreaterThan(0);
  });

  test('a README badge token is no finding', () => {
    const badge = `[![Coverage](https://coveralls.io/repos/github/acme/shop/badge.svg?branch=main&repo_token=${f.base62(30)})](https://coveralls.io/github/acme/shop)`;
    expect(scan('README.md', `# shop\n\n${badge}\n`)).toEqual([]);
  });
});

/** `findDrift`: the fixture app end to end (issue 5, acceptance 2), then each rule's edges. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectReferences } from '../../../../src/checks/env/drift/collect-references.js';
import { DRIFT_RULES, findDrift, type ExampleEntry } from '../../../../src/checks/env/drift/find-drift.js';
import type { EnvReference } from '../../../../src/checks/env/drift/find-references.js';
import { parseEnvExample } from '../../../../src/checks/env/drift/parse-env-example.js';
import { fingerprintOf } from '../../../../src/report/fingerprint.js';
import type { EnvVarSpec } from '../../../../src/config/config-types.js';
import type { Finding } from '../../../../src/report/finding.js';
import { copyEnvApp, ENV_APP, envAppConfig, envConfig } from './env-app.js';

interface Expected {
  ruleId: string;
  name: string;
  severity: string;
  location: Finding['location'];
}

const ref = (name: string, file = 'src/a.ts', line = 1): EnvReference => ({ name, file, line, column: 1, form: 'process.env.X' });
const entry = (name: string, line = 1): ExampleEntry => ({ name, file: '.env.example', line });
const vars = (...names: string[]): Record<string, EnvVarSpec> => Object.fromEntries(names.map((name) => [name, { type: 'string' }]));
const summary = (findings: Finding[]): string[] => findings.map((finding) => `${finding.ruleId} ${finding.fingerprint}`);
const byRule = (ruleId: string, name: string): string => `${ruleId} ${fingerprintOf(ruleId, name)}`;

describe('the fixture app', () => {
  let findings: Finding[];
  let example: string;

  beforeAll(async () => {
    const app = await copyEnvApp();
    try {
      const config = await envAppConfig();
      example = await readFile(join(app.dir, '.env.example'), 'utf8');
      findings = findDrift({
        config,
        references: await collectReferences(app.dir, config.drift),
        exampleEntries: parseEnvExample(example, '.env.example'),
        configFile: 'launch-ready.yml'
      });
    } finally {
      await app.cleanup();
    }
  });

  test('finds what expected.json lists, in order', async () => {
    const expected = JSON.parse(await readFile(join(ENV_APP, 'expected.json'), 'utf8')) as Expected[];
    expect(findings.map(({ ruleId, severity, location }) => ({ ruleId, severity, location }))).toEqual(
      expected.map(({ ruleId, severity, location }) => ({ ruleId, severity, location }))
    );
    // The fingerprint is the rule and the name, nothing else.
    expect(findings.map((finding) => finding.fingerprint)).toEqual(expected.map(({ ruleId, name }) => fingerprintOf(ruleId, name)));
    for (const [index, finding] of findings.entries()) expect(finding.message.startsWith(`${expected[index]?.name} `)).toBe(true);
  });

  test('every finding is the env check, with a title, a message and a remediation', () => {
    for (const finding of findings) {
      expect(finding).toMatchObject({ check: 'env', title: expect.any(String), message: expect.any(String), remediation: expect.any(String) });
    }
  });

  test('no finding carries a value from .env.example', () => {
    const text = JSON.stringify(findings);
    for (const { value } of parseEnvExample(example, '.env.example')) if (value.length > 4) expect(text).not.toContain(value);
  });
});

describe('env-undeclared', () => {
  test('points at the first reference by path and line, and counts the others', () => {
    const [finding] = findDrift({ config: envConfig(), references: [ref('A', 'src/b.ts', 9), ref('A', 'src/a.ts', 7), ref('A', 'src/a.ts', 3)] });
    expect(finding).toMatchObject({
      ruleId: DRIFT_RULES.undeclared.id,
      severity: 'medium',
      location: { kind: 'file', path: 'src/a.ts', line: 3, column: 1 },
      message: 'A is read in src/a.ts:3 (and 2 other places) but is not declared in env.vars, so nothing checks that it is set.',
      remediation: 'Add A to env.vars in launch-ready.yml with its type and where it is required, or stop reading it.'
    });
  });

  test.each(['NODE_ENV', 'CI', 'GITHUB_SHA', 'RUNNER_OS', 'VERCEL_URL', 'npm_package_version', 'PATH'])('%s is the platform\'s, never undeclared', (name) => {
    expect(findDrift({ config: envConfig(), references: [ref(name)], exampleEntries: [entry(name)] })).toEqual([]);
  });

  test('PORT is the app\'s own', () => {
    expect(summary(findDrift({ config: envConfig(), references: [ref('PORT')] }))).toEqual([byRule('env-undeclared', 'PORT')]);
  });

  test('the fingerprint survives a moved reference', () => {
    const before = findDrift({ config: envConfig(), references: [ref('A', 'src/a.ts', 3)] });
    const after = findDrift({ config: envConfig(), references: [ref('A', 'lib/moved.ts', 40)] });
    expect(after[0]?.fingerprint).toBe(before[0]?.fingerprint);
  });
});

describe('env-unused', () => {
  test('a declared name no file reads points at the config file', () => {
    const findings = findDrift({ config: envConfig({ vars: vars('USED', 'UNUSED') }), references: [ref('USED')], configFile: 'ci/launch-ready.yml' });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'env-unused', severity: 'low', location: { kind: 'env', name: 'UNUSED', file: 'ci/launch-ready.yml' } })
    ]);
  });

  test('a reference from a workflow counts as a use', () => {
    const reference: EnvReference = { ...ref('DEPLOY_KEY', '.github/workflows/deploy.yml'), form: '${{ secrets.X }}' };
    expect(findDrift({ config: envConfig({ vars: vars('DEPLOY_KEY') }), references: [reference] })).toEqual([]);
  });
});

test('drift.ignore silences undeclared (code and .env.example) and unused, not example-missing', () => {
  const config = envConfig({ vars: vars('DECLARED'), drift: { include: [], exclude: [], ignore: ['DECLARED', 'READ', 'IN_EXAMPLE'] } });
  const findings = findDrift({ config, references: [ref('READ')], exampleEntries: [entry('IN_EXAMPLE')] });
  expect(summary(findings)).toEqual([byRule('env-example-missing', 'DECLARED')]);
});

describe('.env.example rules', () => {
  test('both directions, each once for a key written twice', () => {
    const config = envConfig({ vars: vars('IN_BOTH', 'ONLY_DECLARED') });
    const findings = findDrift({
      config,
      references: [ref('IN_BOTH'), ref('ONLY_DECLARED')],
      exampleEntries: [entry('IN_BOTH', 1), entry('ONLY_EXAMPLE', 2), entry('ONLY_EXAMPLE', 5)]
    });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'env-example-missing', severity: 'low', location: { kind: 'env', name: 'ONLY_DECLARED', file: 'launch-ready.yml' } }),
      expect.objectContaining({ ruleId: 'env-example-undeclared', severity: 'medium', location: { kind: 'file', path: '.env.example', line: 2 } })
    ]);
  });

  test('without any template file neither rule runs', () => {
    expect(findDrift({ config: envConfig({ vars: vars('A') }), references: [ref('A')] })).toEqual([]);
  });

  test('a deprecated variable need not be in .env.example', () => {
    const config = envConfig({ vars: { OLD: { type: 'string', deprecated: { replacement: 'NEW' } } } });
    expect(findDrift({ config, references: [ref('OLD')], exampleEntries: [] })).toEqual([]);
  });
});

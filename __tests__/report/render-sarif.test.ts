import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { FINGERPRINT_KEY, renderSarif, pascalCase } from '../../src/report/render-sarif.js';
import { buildFixtureReport, makeFinding, reportWith } from './fixture-report.js';

/**
 * The official SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif. It declares draft-04, which
 * ajv 8 does not bundle; the keywords it uses mean the same in draft-07, so the draft-04 `$schema`
 * and `id` are dropped; formats (uri, date-time) are not checked (ajv-formats is not installed), and
 * patterns are compiled without the `u` flag, which rejects the schema's language pattern.
 */
function loadValidator(): ReturnType<Ajv['compile']> {
  const path = new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url);
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false, allErrors: true }).compile(schema);
}

describe('renderSarif', () => {
  const validate = loadValidator();
  const sarif = renderSarif(buildFixtureReport(), { toolVersion: '0.1.0', informationUri: 'https://github.com/acme/launch-ready' });
  const run = sarif.runs[0]!;

  test('is valid against the SARIF 2.1.0 schema', () => {
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
  });

  test('the validator does reject a broken log, down to a region', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    const broken = structuredClone(sarif);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  test('matches the snapshot', () => {
    expect(sarif).toMatchSnapshot();
  });

  test('has one run whose driver describes the tool', () => {
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'launch-ready', version: '0.1.0', informationUri: 'https://github.com/acme/launch-ready' });
  });

  test('makes results of file findings only', () => {
    expect(run.results.map((result) => result.ruleId)).toEqual(['github-pat', 'aws-access-key-id', 'generic-api-key']);
  });

  test('gives each rule what GitHub code scanning shows', () => {
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['aws-access-key-id', 'generic-api-key', 'github-pat']);
    const rule = run.tool.driver.rules.find((item) => item.id === 'github-pat');
    expect(rule).toEqual({
      id: 'github-pat',
      name: 'GithubPat',
      shortDescription: { text: 'GitHub personal access token' },
      fullDescription: { text: 'GitHub personal access token (rule github-pat of the launch-ready secrets check).' },
      help: {
        text: 'Revoke the token in GitHub settings, then load it from a secret.',
        markdown: 'Revoke the token in GitHub settings, then load it from a secret.'
      },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5', precision: 'high', tags: ['security', 'secrets'] }
    });
  });

  test('points each result at its rule and line, with a stable fingerprint', () => {
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]).toMatchObject({
      level: 'error',
      message: { text: 'A GitHub token was added. Evidence: ghp_… (40 chars).' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/config/prod.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 7, endColumn: 47 }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: 'fp-ghp' }
    });
  });

  test('percent-encodes relative URIs, keeping `/`', () => {
    const finding = makeFinding({ location: { kind: 'file', path: './dir with space/a#b|c(1).ts', line: 0, column: 0 } });
    const [result] = renderSarif(reportWith([finding]), { toolVersion: '1' }).runs[0]!.results;
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/a%23b%7Cc%281%29.ts');
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 1 });
  });

  test.each([
    ['critical', '9.5', 'error'],
    ['high', '8.0', 'error'],
    ['medium', '5.5', 'warning'],
    ['low', '2.0', 'note'],
    ['info', '0.0', 'note']
  ] as const)('%s → security-severity %s, level %s', (severity, score, level) => {
    const log = renderSarif(reportWith([makeFinding({ severity })]), { toolVersion: '1' });
    expect(log.runs[0]!.tool.driver.rules[0]?.properties['security-severity']).toBe(score);
    expect(log.runs[0]!.results[0]?.level).toBe(level);
    expect(validate(log)).toBe(true);
  });

  test('escapes brackets so a message cannot forge an embedded link', () => {
    const log = renderSarif(reportWith([makeFinding({ message: 'see [here](1) \\[x]', evidence: undefined })]), { toolVersion: '1' });
    expect(log.runs[0]!.results[0]?.message.text).toBe('see \\[here\\](1) \\\\\\[x\\]');
  });

  test('a report without file findings is still a valid, empty run', () => {
    const log = renderSarif(reportWith([]), { toolVersion: '1' });
    expect(log.runs[0]).toEqual({ tool: { driver: { name: 'launch-ready', version: '1', rules: [] } }, results: [] });
    expect(validate(log)).toBe(true);
  });

  test.each([
    ['github-token', 'GithubToken'],
    ['aws_access.key', 'AwsAccessKey'],
    ['---', 'Rule']
  ])('pascalCase(%s) = %s', (id, name) => {
    expect(pascalCase(id)).toBe(name);
  });
});

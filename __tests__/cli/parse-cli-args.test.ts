import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { ConfigError } from '../../src/errors.js';

test.each([
  [[], { name: 'help' }],
  [['--help'], { name: 'help' }],
  [['-v'], { name: 'version' }],
  [['demo'], { name: 'demo', format: 'text', handover: false }],
  [['demo', 'handover'], { name: 'demo', format: 'text', handover: true }],
  [['status-page', '--history', 'h.json', '--out', 'status'], { name: 'status-page', history: 'h.json', out: 'status', title: undefined, repository: undefined }],
  [
    ['handover', '--report', 'r.json', '-o', 'HANDOVER.md', '--cwd', '/repo'],
    { name: 'handover', cwd: '/repo', config: undefined, checks: 'auto', baseUrl: undefined, environment: undefined, report: 'r.json', output: 'HANDOVER.md' }
  ],
  [['comment', '--report', 'r.json', '--pr', '12'], { name: 'comment', report: 'r.json', pullRequest: 12, repository: undefined }]
])('%j', (argv, expected) => {
  expect(parseCliArgs(argv)).toEqual(expected);
});

test('run with every option', () => {
  expect(
    parseCliArgs(['run', '--config', 'c.yml', '--checks', 'secrets', '--fail-on', 'low', '--base-url', 'http://127.0.0.1:1', '--environment', 'preview', '--format', 'json', '-o', 'out.json', '--cwd', '/repo'])
  ).toEqual({
    name: 'run',
    cwd: '/repo',
    config: 'c.yml',
    checks: ['secrets'],
    failOn: 'low',
    failOnError: true,
    updateBaseline: false,
    baseUrl: 'http://127.0.0.1:1',
    environment: 'preview',
    format: 'json',
    output: 'out.json',
    shard: undefined
  });
});

test.each([
  [['deploy'], 'unknown command "deploy"; expected run, monitor, secrets, env, demo, comment, status-page or handover (see launch-ready --help)'],
  [['status-page', '--out', 'status'], "launch-ready status-page needs --history FILE (the monitor's history JSON) and --out DIR (the folder to publish)"],
  [['run', '--format', 'html'], '--format: expected one of text, markdown, json, sarif; got "html"'],
  [['run', '--fail-on', 'bad'], '--fail-on: expected one of critical, high, medium, low, never; got "bad"'],
  [['comment'], 'launch-ready comment needs --report FILE (a JSON report from `launch-ready run --format json`)'],
  [['comment', '--report', 'r', '--pr', 'x'], '--pr: expected a pull request number; got "x"']
])('usage error for %j', (argv, message) => {
  expect(() => parseCliArgs(argv)).toThrow(new ConfigError(message));
});

test('an unknown flag is a usage error', () => {
  expect(() => parseCliArgs(['run', '--fial-on', 'high'])).toThrow(ConfigError);
});

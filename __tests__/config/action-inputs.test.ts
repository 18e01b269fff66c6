import { parseActionInputs } from '../../src/config/action-inputs.js';
import { ConfigError } from '../../src/errors.js';

const inputs = (values: Record<string, string>) => parseActionInputs((name) => values[name] ?? '');

test('defaults when nothing is set', () => {
  expect(inputs({})).toEqual({
    githubToken: undefined,
    config: { path: 'launch-ready.yml', explicit: false },
    failOn: undefined,
    failOnError: true,
    commentKey: undefined,
    checks: 'auto',
    baseUrl: undefined,
    environment: undefined,
    comment: true,
    sarifFile: undefined,
    reportFile: undefined,
    report: undefined,
    shard: undefined,
    mode: 'auto',
    handover: false
  });
});

test('every input parsed', () => {
  expect(
    inputs({
      'github-token': 't',
      config: '.github/lr.yml',
      'fail-on': 'HIGH',
      checks: 'secrets, env\nsmoke',
      'base-url': 'https://pr-1.shop.dev',
      environment: 'preview',
      comment: 'false',
      shard: ' 2 / 4 ',
      handover: 'true'
    })
  ).toMatchObject({
    githubToken: 't',
    config: { path: '.github/lr.yml', explicit: true },
    failOn: 'high',
    checks: ['secrets', 'env', 'smoke'],
    handover: true,
    baseUrl: 'https://pr-1.shop.dev',
    environment: 'preview',
    comment: false,
    shard: { index: 2, count: 4 }
  });
});

test.each([
  [{ 'fail-on': 'hgih' }, 'input "fail-on": expected one of critical, high, medium, low, never; got "hgih"'],
  [{ comment: 'yes' }, 'input "comment": expected true or false; got "yes"'],
  [{ 'base-url': 'shop.dev' }, 'input "base-url": expected an absolute URL like https://app.example.com; got "shop.dev"'],
  [{ 'base-url': 'ftp://shop.dev' }, 'input "base-url": expected an http or https URL; got the protocol "ftp:"'],
  ...['0/4', '5/4', '2', '1/257', 'a/b', '-1/2'].map((shard): [Record<string, string>, string] => [
    { shard },
    `input "shard": expected a shard like 2/4 (this job's number, 1 to the job count, then the job count, at most 256); got "${shard}"`
  ])
])('bad input %j', (values, message) => {
  expect(() => inputs(values)).toThrow(new ConfigError(message));
});

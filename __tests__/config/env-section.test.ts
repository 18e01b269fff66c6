/** The `env` section of launch-ready.yml: its keys, defaults, type aliases and the rules the schema cannot say. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';
import { envDefaults } from '../../src/config/to-config.js';

const FILE = 'launch-ready.yml';


describe('env section: valid files', () => {
  test('every key of the section, as written', () => {
    const config = parseConfig(
      [
        'env:',
        '  environment: staging',
        '  files: [".env*"]',
        '  environments: [development, staging, production]',
        '  clientPrefixes: [NEXT_PUBLIC_]',
        '  drift: { include: ["src/**"], exclude: ["src/gen/**"], ignore: [NODE_ENV] }',
        '  separateDatabases: false',
        '  platform:',
        '    vercel: { project: shop, team: team_1, token: "${env.VERCEL_TOKEN}", apiUrl: "http://127.0.0.1:9" }',
        '    netlify: { site: abc, token: "${env.NETLIFY_TOKEN}" }'
      ].join('\n'),
      FILE
    );
    expect(config.env).toStrictEqual({
      environment: 'staging',
      files: ['.env*'],
      filesListed: true,
      vars: {},
      environments: ['development', 'staging', 'production'],
      clientPrefixes: ['NEXT_PUBLIC_'],
      drift: { include: ['src/**'], exclude: ['src/gen/**'], ignore: ['NODE_ENV'] },
      separateDatabases: false,
      platform: {
        vercel: { project: 'shop', team: 'team_1', token: '${env.VERCEL_TOKEN}', apiUrl: 'http://127.0.0.1:9' },
        netlify: { site: 'abc', token: '${env.NETLIFY_TOKEN}' }
      }
    });
  });

  test('a partial drift section keeps the other defaults', () => {
    expect(parseConfig('env: { drift: { ignore: [CI] } }', FILE).env?.drift).toEqual({ ...envDefaults().drift, ignore: ['CI'] });
  });

  test.each([
    { name: 'int is integer', yaml: '{ type: int, min: 1 }', spec: { type: 'integer', min: 1 } },
    { name: 'bool is boolean', yaml: '{ type: bool }', spec: { type: 'boolean' } },
    { name: 'host and duration', yaml: '{ type: duration, default: 30s }', spec: { type: 'duration', default: '30s' } },
    { name: 'deprecated: true', yaml: '{ deprecated: true }', spec: { type: 'string', deprecated: {} } },
    { name: 'deprecated: false is left out', yaml: '{ deprecated: false }', spec: { type: 'string' } },
    {
      name: 'deprecated with a replacement',
      yaml: '{ deprecated: { replacement: NEW_NAME, reason: renamed } }',
      spec: { type: 'string', deprecated: { replacement: 'NEW_NAME', reason: 'renamed' } }
    },
    { name: 'a numeric example becomes text', yaml: '{ type: port, example: 8080 }', spec: { type: 'port', example: '8080' } },
    {
      name: 'url keys',
      yaml: '{ type: https-url, matchesBaseUrl: true, allowHttp: true, description: "Auth callback" }',
      spec: { type: 'https-url', matchesBaseUrl: true, allowHttp: true, description: 'Auth callback' }
    },
    {
      name: 'length bounds and empty values',
      yaml: '{ minLength: 32, maxLength: 64, allowEmpty: true }',
      spec: { type: 'string', minLength: 32, maxLength: 64, allowEmpty: true }
    }
  ])('variable: $name', ({ yaml, spec }) => {
    expect(parseConfig(`env: { vars: { X: ${yaml} } }`, FILE).env?.vars['X']).toStrictEqual(spec);
  });
});

describe('env section: problems, located', () => {
  test.each([
    {
      name: 'min on a string',
      yaml: ['env:', '  vars:', '    NAME: { min: 1 }'],
      message: `${FILE}:3:13: env.vars.NAME: min only applies to type number, integer or port; got type string`
    },
    {
      name: 'max below min (int alias counts as numeric)',
      yaml: ['env:', '  vars:', '    N: { type: int, min: 5, max: 1 }'],
      message: `${FILE}:3:34: env.vars.N: max (1) is below min (5); expected max ≥ min`
    },
    {
      name: 'maxLength below minLength',
      yaml: ['env:', '  vars:', '    K: { minLength: 9, maxLength: 3 }'],
      message: `${FILE}:3:35: env.vars.K: maxLength (3) is below minLength (9); expected maxLength ≥ minLength`
    },
    {
      name: 'matchesBaseUrl on a non-url type',
      yaml: ['env:', '  vars:', '    HOST: { type: host, matchesBaseUrl: true }'],
      message: `${FILE}:3:25: env.vars.HOST: matchesBaseUrl only applies to type url or https-url; got type host`
    },
    {
      name: 'a misspelt environment in required',
      yaml: ['env:', '  vars:', '    DB: { required: [prodction] }'],
      message: `${FILE}:3:22: env.vars.DB.required[0]: unknown environment "prodction"; did you mean "production"?`
    },
    {
      name: 'an environment that is not declared',
      yaml: ['env:', '  environments: [dev, prod]', '  vars:', '    DB: { required: [staging] }'],
      message: `${FILE}:4:22: env.vars.DB.required[0]: unknown environment "staging"; expected one of dev, prod, or add it to env.environments`
    },
    {
      name: 'an enum default that is not allowed',
      yaml: ['env:', '  vars:', '    LOG: { type: enum, values: [info, warn], default: verbose }'],
      message: `${FILE}:3:55: env.vars.LOG: default "verbose" is not one of the allowed values; expected one of info, warn`
    },
    {
      name: 'a platform token written as the value, not a reference',
      yaml: ['env:', '  platform:', '    vercel: { project: p, token: abc123 }'],
      message: `${FILE}:3:34: env.platform.vercel.token: expected a reference to an environment variable, like \${env.VERCEL_TOKEN}; got "abc123"`
    },
    {
      name: 'an unknown type',
      yaml: ['env:', '  vars:', '    X: { type: float }'],
      message: expect.stringContaining(`${FILE}:3:16: env.vars.X.type: expected one of string, url, https-url, host, port`)
    },
    {
      name: 'a client prefix that is not a name',
      yaml: ['env:', '  clientPrefixes: ["NEXT-PUBLIC-"]'],
      message: `${FILE}:2:20: env.clientPrefixes[0]: expected a variable name prefix like NEXT_PUBLIC_; got "NEXT-PUBLIC-"`
    }
  ])('$name', ({ yaml, message }) => {
    expect(configErrorFor(yaml)).toEqual(message);
  });
});

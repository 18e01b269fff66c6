/** The annotated `.env.example` form of the env schema: every tag, placeholders, problems. */
import { parseAnnotatedExample } from '../../../../src/checks/env/annotated-example/parse-annotated-example.js';
import { isPlaceholder } from '../../../../src/checks/env/annotated-example/placeholder-value.js';
import { mergeVars } from '../../../../src/checks/env/annotated-example/load-annotated-schema.js';
import { ConfigFileError } from '../../../../src/config/config-problems.js';
import { ENV_VAR_TYPES } from '../../../../src/config/config-types.js';
import { parseConfig } from '../../../../src/config/parse-config.js';
import { ConfigError } from '../../../../src/errors.js';
import { runEnvCheck, summarize } from '../env-fixture.js';

const FILE = '.env.example';

describe('tags', () => {
  test.each([
    ['# @type url', { type: 'url' }],
    ['# @type int', { type: 'integer' }],
    ['# @type bool', { type: 'boolean' }],
    ['# @required', { type: 'string', required: true }],
    ['# @required production,preview', { type: 'string', required: ['production', 'preview'] }],
    ['# @required production, preview', { type: 'string', required: ['production', 'preview'] }],
    ['# @secret', { type: 'string', secret: true }],
    ['# @public', { type: 'string', public: true }],
    ['# @default 3000', { type: 'string', default: '3000' }],
    ['# @values debug,info,warn,error', { type: 'enum', values: ['debug', 'info', 'warn', 'error'] }],
    ['# @type enum @values a,b', { type: 'enum', values: ['a', 'b'] }],
    ['# @type url @protocols postgres,postgresql', { type: 'url', protocols: ['postgres', 'postgresql'] }],
    ['# @type url @protocols https://', { type: 'url', protocols: ['https'] }],
    ['# @pattern ^sk_', { type: 'string', pattern: '^sk_' }],
    ['# @type integer @min 1 @max 10', { type: 'integer', min: 1, max: 10 }],
    ['# @deprecated', { type: 'string', deprecated: {} }],
    ['# @deprecated NEW_NAME', { type: 'string', deprecated: { replacement: 'NEW_NAME' } }],
    ['# @deprecated NEW_NAME: the v1 API shuts down', { type: 'string', deprecated: { replacement: 'NEW_NAME', reason: 'the v1 API shuts down' } }],
    ['# @deprecated: unused since v3', { type: 'string', deprecated: { reason: 'unused since v3' } }],
    ['# @deprecated NEW_NAME:', { type: 'string', deprecated: { replacement: 'NEW_NAME' } }],
    ['# @minLength 32', { type: 'string', minLength: 32 }],
    ['# @maxLength 64', { type: 'string', maxLength: 64 }],
    ['# @minLength 0 @maxLength 0', { type: 'string', minLength: 0, maxLength: 0 }],
    ['# @allowEmpty', { type: 'string', allowEmpty: true }],
    ['# @type url @matchesBaseUrl', { type: 'url', matchesBaseUrl: true }],
    ['# @type https-url @matchesBaseUrl', { type: 'https-url', matchesBaseUrl: true }],
    ['# @allowHttp', { type: 'string', allowHttp: true }],
    ['# @type url @allowHttp', { type: 'url', allowHttp: true }],
    ['# @example 3000', { type: 'string', example: '3000' }],
    ['# The database.\n# @type url\n# Primary only.', { type: 'url', description: 'The database. Primary only.' }],
    ['# Mail to ops@example.com first', { type: 'string', description: 'Mail to ops@example.com first' }],
    ['# Port to bind @type port @required', { type: 'port', required: true, description: 'Port to bind' }],
    ['', { type: 'string' }]
  ])('%j', (comments, expected) => {
    const { vars, error } = parseAnnotatedExample(`${comments}\nNAME=\n`, FILE);
    expect(error).toBeUndefined();
    expect(vars).toEqual({ NAME: expected });
  });

  test('only the comment run directly above an entry annotates it', () => {
    const text = ['# @secret', '', '# @type port', 'PORT=', 'PLAIN=', '  # @required', 'LAST='].join('\n');
    expect(parseAnnotatedExample(text, FILE).vars).toEqual({
      PORT: { type: 'port' },
      PLAIN: { type: 'string' },
      LAST: { type: 'string', required: true }
    });
  });
});

describe('problems', () => {
  test.each([
    ['# @typ url', 1, 'NAME: unknown annotation @typ (did you mean @type?)'],
    ['# ok\n# @secret @requird', 2, 'NAME: unknown annotation @requird (did you mean @required?)'],
    ['# @zzzzzz', 1, 'NAME: unknown annotation @zzzzzz'],
    ['# @type ulr', 1, 'NAME: unknown @type "ulr" (did you mean url?); one of ' + ENV_VAR_TYPES.join(', ')],
    ['# @type', 1, 'NAME: @type needs a value'],
    ['# @default', 1, 'NAME: @default needs a value'],
    ['# @values', 1, 'NAME: @values needs a value'],
    ['# @min ten', 1, 'NAME: @min needs a number'],
    ['# @pattern ([a-z', 1, 'NAME: @pattern is not a valid regular expression'],
    ['# @secret yes', 1, 'NAME: @secret takes no value'],
    ['# @allowEmpty yes', 1, 'NAME: @allowEmpty takes no value'],
    ['# @type url @matchesBaseUrl true', 1, 'NAME: @matchesBaseUrl takes no value'],
    ['# @allowHttp 1', 1, 'NAME: @allowHttp takes no value'],
    ['# @minLength abc', 1, 'NAME: @minLength needs a whole number of characters (0 or more)'],
    ['# @minLength -1', 1, 'NAME: @minLength needs a whole number of characters (0 or more)'],
    ['# ok\n# @maxLength 1.5', 2, 'NAME: @maxLength needs a whole number of characters (0 or more)'],
    ['# @maxLength', 1, 'NAME: @maxLength needs a whole number of characters (0 or more)'],
    ['# @minlength 32', 1, 'NAME: unknown annotation @minlength (did you mean @minLength?)'],
    ['# @allowhttp', 1, 'NAME: unknown annotation @allowhttp (did you mean @allowHttp?)'],
    ['# @example', 1, 'NAME: @example needs a value'],
    [
      '# @deprecated no longer used',
      1,
      'NAME: @deprecated needs the replacement as a variable name (letters, digits and _, not starting with a digit), then optionally ": reason"'
    ],
    ['# @type port\n# @values a,b', 1, 'NAME: @values needs type enum, not port: the values are ignored'],
    ['# @type enum', 1, 'NAME: @type enum needs @values a,b,c: checked as a string'],
    ['# @protocols https', 3, 'NAME: @protocols applies to types url and https-url only, not string: ignored'],
    ['# @matchesBaseUrl', 3, 'NAME: @matchesBaseUrl applies to types url and https-url only, not string: ignored'],
    ['# @matchesBaseUrl\n# @type port', 2, 'NAME: @matchesBaseUrl applies to types url and https-url only, not port: ignored'],
    ['# @secret @public', 3, 'NAME: @secret and @public exclude each other: kept as secret']
  ])('%j', (comments, line, message) => {
    const text = `${comments}\nNAME=\n`;
    const entryLine = comments.split('\n').length + 1;
    const { error } = parseAnnotatedExample(text, FILE);
    // The config's own located error (issue 13): file, line and column, as a YAML problem has.
    expect(error).toBeInstanceOf(ConfigFileError);
    expect(error?.problems.map(({ position, message: text }) => [position.file, position.line, text])).toEqual([[FILE, line === 3 ? entryLine : line, message]]);
  });

  test('a problem points at the tag (line and column); one the entry causes, at the entry', () => {
    const { error } = parseAnnotatedExample('# ok\n# @secret @requird\n# @type ulr\nNAME=\n# @secret @public\nOTHER=\n', FILE);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems.map((problem) => problem.position)).toEqual([
      { file: FILE, line: 2, column: 11 },
      { file: FILE, line: 3, column: 3 },
      { file: FILE, line: 6, column: 1 }
    ]);
    expect(error?.message.split('\n')[0]).toBe('.env.example:2:11: NAME: unknown annotation @requird (did you mean @required?)');
  });

  test('@type takes the config\'s types and their short spellings, nothing of its own', () => {
    for (const type of [...ENV_VAR_TYPES, 'int', 'bool']) {
      const extra = type === 'enum' ? ' @values a,b' : '';
      expect(parseAnnotatedExample(`# @type ${type}${extra}\nNAME=\n`, FILE).error).toBeUndefined();
    }
  });

  test('no value of an entry appears in a problem', () => {
    const value = 'sk_live_51HsecretValueThatMustNotLeak';
    const text = [
      '# @typ url @secret nope @min x @type enum',
      `STRIPE_KEY=${value}`,
      '# @pattern ( @minLength x @allowEmpty no @matchesBaseUrl @deprecated not a name',
      `OTHER="${value}"`
    ].join('\n');
    const { vars, error } = parseAnnotatedExample(text, FILE);
    expect(error?.problems.length).toBeGreaterThan(3);
    expect(JSON.stringify(error?.problems)).not.toContain(value);
    expect(error?.message).not.toContain(value);
    expect(JSON.stringify(vars)).not.toContain(value);
  });
});

describe('example', () => {
  test.each([
    ['<your-api-key>', true],
    ['your-project-id', true],
    ['sk_test_key_here', true],
    ['changeme', true],
    ['xxxxxxxx', true],
    ['{{ token }}', true],
    ['https://app.example.com/callback', true],
    ['postgres://user:pass@db.example.org:5432/app', true],
    ['', false],
    ['3000', false],
    ['info', false],
    ['postgres://admin:hunter2@db.internal:5432/app', false],
    ['sk_live_51HsecretValue', false],
    ['https://notexample.com', false]
  ])('%j is a placeholder: %s', (value, placeholder) => {
    expect(isPlaceholder(value)).toBe(placeholder);
    const { vars } = parseAnnotatedExample(`NAME=${value.includes(' ') ? `"${value}"` : value}\n`, FILE);
    expect(vars['NAME']?.example).toBe(placeholder ? value : undefined);
  });
});

test('the problem drops only the tag at fault: the type and the other tags stay', () => {
  const { vars, error } = parseAnnotatedExample('# @type port @matchesBaseUrl @protocols https\n# @minLength x @allowHttp\nNAME=\n', FILE);
  expect(vars).toEqual({ NAME: { type: 'port', allowHttp: true } });
  expect(error?.problems.map((problem) => problem.position.line)).toEqual([1, 1, 2]);
});

test('@example wins over a placeholder entry value', () => {
  expect(parseAnnotatedExample('# @example 8080\nPORT=<port>\n', FILE).vars).toEqual({ PORT: { type: 'string', example: '8080' } });
  expect(parseAnnotatedExample('PORT=<port>\n', FILE).vars).toEqual({ PORT: { type: 'string', example: '<port>' } });
});

test('round trip: a file using every tag gives the same specs as the equivalent launch-ready.yml', () => {
  const example = [
    "# The deployed app's URL.",
    '# @type url @protocols https,http @matchesBaseUrl @allowHttp',
    '# @required production,preview',
    'NEXTAUTH_URL=https://app.example.com',
    '# @secret @required @pattern ^sk_ @minLength 32 @maxLength 64',
    '# @deprecated NEW_API_KEY: the v1 API shuts down',
    'API_KEY=',
    '# @values debug,info @default info @public @allowEmpty',
    'LOG_LEVEL=',
    '# @type int @min 1024 @max 65535 @example 3000',
    'PORT=',
    ''
  ].join('\n');
  const yaml = [
    'env:',
    '  vars:',
    '    NEXTAUTH_URL:',
    "      description: The deployed app's URL.",
    '      type: url',
    '      protocols: [https, http]',
    '      matchesBaseUrl: true',
    '      allowHttp: true',
    '      required: [production, preview]',
    '      example: https://app.example.com',
    '    API_KEY:',
    '      secret: true',
    '      required: true',
    '      pattern: ^sk_',
    '      minLength: 32',
    '      maxLength: 64',
    '      deprecated: { replacement: NEW_API_KEY, reason: the v1 API shuts down }',
    '    LOG_LEVEL: { type: enum, values: [debug, info], default: info, public: true, allowEmpty: true }',
    '    PORT: { type: int, min: 1024, max: 65535, example: 3000 }',
    ''
  ].join('\n');
  const annotated = parseAnnotatedExample(example, FILE);
  expect(annotated.error).toBeUndefined();
  expect(annotated.vars).toEqual(parseConfig(yaml, 'launch-ready.yml').env?.vars);
  // Every tag is used above: a new tag must join the round trip.
  const used = new Set([...example.matchAll(/@(\w+)/g)].map((match) => match[1]));
  expect(used.size).toBe(17);
});

describe('through the env check (env.schemaFile)', () => {
  const example = [
    '# Postgres connection string.',
    '# @type url @protocols postgres,postgresql',
    '# @required production @secret',
    'DATABASE_URL=',
    '# @values debug,info @default info',
    'LOG_LEVEL=',
    '# Shown on the status page.',
    'APP_NAME=',
    '# @typ port',
    'PORT=3000',
    ''
  ].join('\n');

  test('the file joins the YAML vars, the YAML wins, annotation problems are findings at file:line', async () => {
    const { outcome } = await runEnvCheck({
      yaml: 'env:\n  schemaFile: .env.example\n  vars:\n    APP_NAME: { required: true }',
      files: { '.env.example': example },
      env: { DATABASE_URL: 'mysql://db.internal/app', LOG_LEVEL: 'verbose' },
      context: { environment: 'production' }
    });
    expect(summarize(outcome.findings, ['env-annotation-invalid', 'env-missing', 'env-invalid', 'env-schema-file-missing'])).toEqual([
      'critical env-invalid DATABASE_URL',
      'critical env-invalid LOG_LEVEL',
      'critical env-missing APP_NAME',
      'medium env-annotation-invalid .env.example:9'
    ]);
    expect(outcome.metrics?.['variablesDeclared']).toBe(4);
    const table = JSON.stringify(outcome.tables);
    expect(table).not.toContain('db.internal');
  });

  test('the checks the YAML form gets run on the file too, at the entry line', async () => {
    const file = [
      '# @type port @min 9000 @max 80',
      'PORT=',
      '# @values a,b @default c',
      'MODE=',
      '# @required prod',
      'TOKEN=',
      '# @type string @min 1',
      'NAME=',
      ''
    ].join('\n');
    const { outcome } = await runEnvCheck({ yaml: 'env:\n  schemaFile: .env.example', files: { '.env.example': file } });
    const problems = outcome.findings.filter((finding) => finding.ruleId === 'env-annotation-invalid');
    expect(problems.map((finding) => [finding.location?.kind === 'file' ? finding.location.line : undefined, finding.message])).toEqual([
      [2, '.env.example:2:1: PORT: max (80) is below min (9000); expected max ≥ min'],
      [4, '.env.example:4:1: MODE: default "c" is not one of the allowed values; expected one of a, b'],
      [6, '.env.example:6:1: TOKEN.required[0]: unknown environment "prod"; expected one of development, preview, production, or add it to env.environments'],
      [8, '.env.example:8:1: NAME: min only applies to type number, integer or port; got type string']
    ]);
  });

  test('a missing schema file is a high finding and the rest still runs', async () => {
    const { outcome } = await runEnvCheck({
      yaml: 'env:\n  schemaFile: config/.env.schema\n  vars:\n    A: { required: true }',
      context: { environment: 'production' }
    });
    expect(summarize(outcome.findings, ['env-schema-file-missing', 'env-missing'])).toEqual([
      'critical env-missing A',
      'high env-schema-file-missing env.schemaFile'
    ]);
  });
});

test('mergeVars: YAML first and winning, the description filled from the file when the YAML has none', () => {
  const yaml = { A: { type: 'port' as const }, B: { type: 'string' as const, description: 'yaml' } };
  const file = { C: { type: 'url' as const }, A: { type: 'string' as const, secret: true, description: 'file A' }, B: { type: 'string' as const, description: 'file B' } };
  const merged = mergeVars(yaml, file);
  expect(Object.keys(merged)).toEqual(['A', 'B', 'C']);
  expect(merged).toEqual({ A: { type: 'port', description: 'file A' }, B: { type: 'string', description: 'yaml' }, C: { type: 'url' } });
});

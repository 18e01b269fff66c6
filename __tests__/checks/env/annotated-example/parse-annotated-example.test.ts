/** The annotated `.env.example` form of the env schema: every tag, placeholders, problems. */
import { isPlaceholder, parseAnnotatedExample } from '../../../../src/checks/env/annotated-example/parse-annotated-example.js';
import { mergeVars } from '../../../../src/checks/env/annotated-example/load-annotated-schema.js';
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
    ['# The database.\n# @type url\n# Primary only.', { type: 'url', description: 'The database. Primary only.' }],
    ['# Mail to ops@example.com first', { type: 'string', description: 'Mail to ops@example.com first' }],
    ['# Port to bind @type port @required', { type: 'port', required: true, description: 'Port to bind' }],
    ['', { type: 'string' }]
  ])('%j', (comments, expected) => {
    const { vars, problems } = parseAnnotatedExample(`${comments}\nNAME=\n`, FILE);
    expect(problems).toEqual([]);
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
    ['# @typ url', 1, '.env.example: NAME: unknown annotation @typ (did you mean @type?)'],
    ['# ok\n# @secret @requird', 2, '.env.example: NAME: unknown annotation @requird (did you mean @required?)'],
    ['# @zzzzzz', 1, '.env.example: NAME: unknown annotation @zzzzzz'],
    ['# @type ulr', 1, '.env.example: NAME: unknown @type "ulr" (did you mean url?); one of string, url, https-url, port, number, integer, boolean, enum, email, json, host, duration'],
    ['# @type', 1, '.env.example: NAME: @type needs a value'],
    ['# @default', 1, '.env.example: NAME: @default needs a value'],
    ['# @values', 1, '.env.example: NAME: @values needs a value'],
    ['# @min ten', 1, '.env.example: NAME: @min needs a number'],
    ['# @pattern ([a-z', 1, '.env.example: NAME: @pattern is not a valid regular expression'],
    ['# @secret yes', 1, '.env.example: NAME: @secret takes no value'],
    ['# @type port\n# @values a,b', 1, '.env.example: NAME: @values needs type enum, not port: the values are ignored'],
    ['# @type enum', 1, '.env.example: NAME: @type enum needs @values a,b,c: checked as a string'],
    ['# @protocols https', 3, '.env.example: NAME: @protocols applies to types url and https-url only, not string: ignored'],
    ['# @secret @public', 3, '.env.example: NAME: @secret and @public exclude each other: kept as secret']
  ])('%j', (comments, line, message) => {
    const text = `${comments}\nNAME=\n`;
    const entryLine = comments.split('\n').length + 1;
    const { problems } = parseAnnotatedExample(text, FILE);
    expect(problems).toEqual([{ line: line === 3 ? entryLine : line, message }]);
  });

  test('no value of an entry appears in a problem', () => {
    const value = 'sk_live_51HsecretValueThatMustNotLeak';
    const text = ['# @typ url @secret nope @min x @type enum', `STRIPE_KEY=${value}`, '# @pattern (', `OTHER="${value}"`].join('\n');
    const { vars, problems } = parseAnnotatedExample(text, FILE);
    expect(problems.length).toBeGreaterThan(3);
    expect(JSON.stringify(problems)).not.toContain(value);
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
      'critical env-missing APP_NAME',
      'high env-invalid DATABASE_URL',
      'high env-invalid LOG_LEVEL',
      'medium env-annotation-invalid .env.example:9'
    ]);
    expect(outcome.metrics?.['variablesDeclared']).toBe(4);
    const table = JSON.stringify(outcome.tables);
    expect(table).not.toContain('db.internal');
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

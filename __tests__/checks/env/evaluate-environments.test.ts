/** Values per environment and the judgement of each variable in each: pure, table-driven. */
import type { EnvVarSpec } from '../../../src/config/config-types.js';
import { collectEnvironmentValues, evaluateCell, isRequiredIn, type EnvironmentValues } from '../../../src/checks/env/evaluate-environments.js';
import type { EnvFile } from '../../../src/checks/env/read-env-files.js';
import { envFileRole } from '../../../src/checks/env/env-file-role.js';

const ENVIRONMENTS = ['development', 'preview', 'production'];

function file(path: string, entries: Record<string, string>): EnvFile {
  return {
    path,
    role: envFileRole(path, ENVIRONMENTS),
    committed: false,
    entries: Object.entries(entries).map(([name, value], index) => ({ name, value, raw: value, line: index + 1 })),
    problems: []
  };
}

describe('isRequiredIn', () => {
  test.each<[EnvVarSpec['required'], string, boolean]>([
    [true, 'development', true],
    [false, 'production', false],
    [undefined, 'production', false],
    [['production', 'preview'], 'preview', true],
    [['production'], 'development', false]
  ])('required %j in %s → %s', (required, environment, expected) => {
    expect(isRequiredIn({ type: 'string', ...(required === undefined ? {} : { required }) }, environment)).toBe(expected);
  });
});

describe('collectEnvironmentValues', () => {
  const files = [
    file('.env', { PORT: '3000', SHARED: 'from .env' }),
    file('.env.local', { SHARED: 'from .env.local' }),
    file('.env.production.local', { API: 'prod-local' }),
    file('.env.production', { API: 'prod', LOG: 'warn' }),
    file('.env.example', { API: 'placeholder' }),
    file('.env.staging', { API: 'staging' })
  ];

  test('each environment gets its own files, .local over the base, the job env over files for the validated one', () => {
    const environments = collectEnvironmentValues({
      environments: ENVIRONMENTS,
      selected: 'production',
      files,
      processEnv: { LOG: 'error', UNSET: undefined }
    });
    const plain = environments.map((environment) => ({
      environment: environment.environment,
      selected: environment.selected,
      files: environment.files,
      values: Object.fromEntries([...environment.values].map(([name, { value, origin }]) => [name, `${value} @ ${origin.kind === 'file' ? `${origin.path}:${origin.line}` : 'process'}`]))
    }));
    expect(plain).toEqual([
      {
        environment: 'development',
        selected: false,
        files: ['.env', '.env.local'],
        values: { PORT: '3000 @ .env:1', SHARED: 'from .env.local @ .env.local:1' }
      },
      { environment: 'preview', selected: false, files: [], values: {} },
      {
        environment: 'production',
        selected: true,
        files: ['.env.production', '.env.production.local'],
        values: { API: 'prod-local @ .env.production.local:1', LOG: 'error @ process' }
      }
    ]);
  });

  test('without a validated environment the job env is used nowhere', () => {
    const environments = collectEnvironmentValues({ environments: ENVIRONMENTS, selected: undefined, files: [], processEnv: { LOG: 'x' } });
    expect(environments.every((environment) => environment.values.size === 0 && !environment.selected)).toBe(true);
  });
});

describe('evaluateCell: per-environment requirements and defaults', () => {
  const environment = (values: Record<string, string>, options: { selected?: boolean; files?: string[] } = {}): EnvironmentValues => ({
    environment: 'production',
    selected: options.selected ?? true,
    files: options.files ?? [],
    values: new Map(Object.entries(values).map(([name, value]) => [name, { value, origin: { kind: 'process' as const } }]))
  });

  test.each<{ name: string; spec: EnvVarSpec; values: Record<string, string>; expected: object }>([
    { name: 'required and set', spec: { type: 'url', required: true }, values: { X: 'https://a.example' }, expected: { state: 'valid', required: true } },
    { name: 'required in production, unset', spec: { type: 'string', required: ['production'] }, values: {}, expected: { state: 'missing', required: true } },
    { name: 'required elsewhere only, unset', spec: { type: 'string', required: ['preview'] }, values: {}, expected: { state: 'unset', required: false } },
    { name: 'empty string counts as unset', spec: { type: 'string', required: true }, values: { X: '' }, expected: { state: 'missing' } },
    { name: 'empty string allowed', spec: { type: 'string', required: true, allowEmpty: true }, values: { X: '' }, expected: { state: 'valid' } },
    { name: 'a default satisfies required', spec: { type: 'port', required: true, default: 3000 }, values: {}, expected: { state: 'default', required: true } },
    { name: 'optional with a default', spec: { type: 'port', default: 3000 }, values: {}, expected: { state: 'default', required: false } },
    {
      name: 'invalid, with the problem and never the value',
      spec: { type: 'port' },
      values: { X: '65536' },
      expected: { state: 'invalid', problem: expect.not.stringContaining('65536'), origin: { kind: 'process' } }
    },
    { name: 'bool spelled yes', spec: { type: 'boolean' }, values: { X: 'yes' }, expected: { state: 'valid' } }
  ])('$name', ({ spec, values, expected }) => {
    expect(evaluateCell('X', spec, environment(values))).toMatchObject(expected);
  });

  test('known only for the validated environment or one with env files', () => {
    const spec: EnvVarSpec = { type: 'string', required: true };
    expect(evaluateCell('X', spec, environment({}, { selected: false })).known).toBe(false);
    expect(evaluateCell('X', spec, environment({}, { selected: false, files: ['.env.production'] })).known).toBe(true);
    expect(evaluateCell('X', spec, environment({})).known).toBe(true);
  });
});

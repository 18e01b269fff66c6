/**
 * Checks of launch-ready.schema.json itself: it is valid draft-07 under ajv's strict mode, every
 * key is documented, and the words used for its errors point at parts that exist.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { CONFIG_SCHEMA } from '../../src/config/schema-validator.js';
import { EXPECTED_BY_SCHEMA_PATH, resolveSchemaPath } from '../../src/config/schema-labels.js';
import { ENV_VAR_TYPES } from '../../src/config/config-types.js';
import { defaultConfig, ENV_TYPE_ALIASES } from '../../src/config/to-config.js';
import { parseConfig } from '../../src/config/parse-config.js';

type SchemaNode = Record<string, unknown>;

/** Every subschema with its location, e.g. `definitions/perf/properties/samples`. */
function* walk(node: unknown, at = ''): Generator<[string, SchemaNode]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const schema = node as SchemaNode;
  yield [at, schema];
  const join = (...parts: string[]) => [at, ...parts].filter(Boolean).join('/');
  for (const keyword of ['properties', 'definitions']) {
    for (const [name, child] of Object.entries((schema[keyword] as SchemaNode | undefined) ?? {})) {
      yield* walk(child, join(keyword, name));
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'propertyNames']) yield* walk(schema[keyword], join(keyword));
}

const nodes = [...walk(CONFIG_SCHEMA)];

test('compiles in strict mode and matches the draft-07 meta-schema', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  expect(ajv.validateSchema(CONFIG_SCHEMA)).toBe(true);
  expect(() => ajv.compile(CONFIG_SCHEMA)).not.toThrow();
  expect(CONFIG_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
});

test('the example file conforms', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  const example: unknown = parse(readFileSync(new URL('../fixtures/config/example.yml', import.meta.url), 'utf8'));
  expect(ajv.validate(CONFIG_SCHEMA, example)).toBe(true);
});

test('every key has a description (its own, or its definition\'s when it is a $ref)', () => {
  const describedBy = (node: SchemaNode): unknown =>
    node.description ?? (typeof node.$ref === 'string' ? (resolveSchemaPath(node.$ref.slice(2)) as SchemaNode).description : undefined);
  const keys = nodes.filter(([at]) => /properties\/[^/]+$/.test(at));
  expect(keys.length).toBeGreaterThan(80);
  expect(keys.filter(([, node]) => typeof describedBy(node) !== 'string').map(([at]) => at)).toEqual([]);
});

test('every object forbids unknown keys (or is a map with a schema for its values)', () => {
  const open = nodes
    .filter(([, node]) => node.type === 'object' && node.additionalProperties === undefined)
    .map(([at]) => at);
  expect(open).toEqual([]);
});

test('every key with a default says so in its description, and the loader uses the same default', () => {
  const withDefault = nodes.filter(([, node]) => node.default !== undefined);
  expect(withDefault.length).toBeGreaterThan(5);
  for (const [at, node] of withDefault) {
    expect([at, String(node.description)]).toEqual([at, expect.stringMatching(/Default: /)]);
  }
  const config = parseConfig('env: {}\nperf: {}\nmonitor: { alert: {} }', 'launch-ready.yml');
  const at = (path: string) => resolveSchemaPath(path) as SchemaNode;
  expect(defaultConfig().failOn).toBe(at('properties/failOn').default);
  expect(defaultConfig().secrets.scan).toBe(at('definitions/secrets/properties/scan').default);
  expect(config.env?.files).toEqual(at('definitions/env/properties/files').default);
  expect(config.env?.environments).toEqual(at('definitions/env/properties/environments').default);
  expect(config.env?.clientPrefixes).toEqual(at('definitions/env/properties/clientPrefixes').default);
  expect(config.env?.separateDatabases).toBe(at('definitions/env/properties/separateDatabases').default);
  expect(config.env?.vars).toEqual({});
  expect(config.perf?.samples).toBe(at('definitions/perf/properties/samples').default);
  expect(config.perf?.concurrency).toBe(at('definitions/perf/properties/concurrency').default);
  expect(config.monitor?.failuresBeforeAlert).toBe(at('definitions/monitor/properties/failuresBeforeAlert').default);
  expect(config.monitor?.certExpiryDays).toBe(at('definitions/monitor/properties/certExpiryDays').default);
  expect(config.monitor?.alert.issue).toBe(at('definitions/monitor/properties/alert/properties/issue').default);
  expect(config.monitor?.history).toBe(at('definitions/monitor/properties/history').default);
  expect(config.monitor?.latencySamples).toBe(at('definitions/monitor/properties/latencySamples').default);
});

test('error wording exists for every pattern and points at existing parts of the schema', () => {
  for (const path of Object.keys(EXPECTED_BY_SCHEMA_PATH)) expect(() => resolveSchemaPath(path)).not.toThrow();
  const unworded = nodes
    .filter(([, node]) => typeof node.pattern === 'string')
    .filter(([at]) => EXPECTED_BY_SCHEMA_PATH[at] === undefined)
    .map(([at]) => at);
  expect(unworded).toEqual([]);
});

test.each([
  ['definitions/duration', ['250ms', '30s', '5m', '1h', '1.5s', '1d', '1.5d'], ['5 minutes', '5', 'm', '-1s', '1w', 'd']],
  ['definitions/percentage', ['10%', '2.5%'], ['10', '0.1', '%']],
  ['definitions/url', ['https://shop.example.com', 'http://127.0.0.1:3000/x', '${env.DEPLOY_URL}'], ['shop.example.com', 'https://', '${env.X', '${{ env.X }}']],
  ['definitions/headerValue', ['${env.TOKEN}', 'Bearer ${env.TOKEN}', 'Bearer ${token}', 'a $ b'], ['${{ secrets.TOKEN }}', '${env.A B}']],
  ['definitions/hostname', ['shop.example.com', 'localhost', 'xn--bcher-kva.example'], ['shop..example.com', 'https://shop.example.com', '-x.com']],
  ['definitions/ipAddress', ['1.1.1.1', '2606:4700:4700::1111'], ['one.one.one.one']],
  ['definitions/envName', ['DATABASE_URL', '_X'], ['DATABASE-URL', '1X']],
  ['definitions/envReference', ['${env.VERCEL_TOKEN}'], ['tok_123', 'Bearer ${env.T}', '${env.A B}']]
])('%s accepts and rejects the right values', (path, good, bad) => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  const validate = ajv.compile(resolveSchemaPath(path));
  for (const value of good) expect([value, validate(value)]).toEqual([value, true]);
  for (const value of bad) expect([value, validate(value)]).toEqual([value, false]);
});

test('the env var types: the schema\'s enum is the config\'s list and its short spellings, the one list every reader uses', () => {
  const envVar = resolveSchemaPath('definitions/envVar') as { properties: { type: { enum: string[] } } };
  expect([...envVar.properties.type.enum].sort()).toEqual([...ENV_VAR_TYPES, ...Object.keys(ENV_TYPE_ALIASES)].sort());
});

/**
 * What each constrained part of the schema expects, in words: a failed `pattern` says nothing
 * useful by itself ("must match ^[0-9]+(…)$"). Keyed by the schema location, so the same words
 * appear wherever a definition is used. The generated validator's errors point at copies of the
 * schema objects, so a schema object is recognised by its JSON text, not its identity.
 */
import { CONFIG_SCHEMA } from './schema-validator.js';

/** Schema location (a JSON pointer without the leading `#/`) → what a value there must look like. */
export const EXPECTED_BY_SCHEMA_PATH: Readonly<Record<string, string>> = {
  'definitions/duration': 'a duration like 250ms, 30s, 5m, 1h or 2d',
  'definitions/percentage': 'a percentage like 10%',
  'definitions/url': 'an http:// or https:// URL, or ${env.NAME}',
  'definitions/routePath': 'a path starting with /, like /api/health',
  'definitions/hostname': 'a host name like shop.example.com',
  'definitions/ipAddress': 'an IP address like 1.1.1.1',
  'definitions/nameserver': 'an IP address with an optional port, like 1.1.1.1, 127.0.0.1:5353 or [::1]:53',
  'definitions/envName': 'letters, digits and _, not starting with a digit',
  'definitions/captureName': 'letters, digits and _, not starting with a digit',
  'definitions/headerName': "a header name made of letters, digits and !#$%&'*+.^_`|~-",
  'definitions/headerValue':
    'a header value; write ${env.NAME} for an environment variable (GitHub ${{ }} expressions are not expanded in this file)',
  'definitions/jsonPointer': 'a JSON pointer like /status (RFC 6901)',
  'definitions/status': 'an HTTP status code (100-599), a class like 2xx, or a list of them',
  'definitions/status/items': 'an HTTP status code (100-599) or a class like 2xx',
  'definitions/perf/properties/routes/items': 'a path starting with /, like /api/health, or { path, method, headers }',
  'definitions/expect/properties/headers/additionalProperties': 'a header value, { present: true|false } or { matches: regex }',
  'definitions/allowEntry': 'rule, path, value or valueRegex next to reason',
  'definitions/allowEntry/properties/expires': 'a date like 2025-12-31',
  'definitions/secretRuleId': 'an id made of letters, digits, ., _ and -, like acme-api-token',
  'definitions/envVar/properties/protocols/items': 'a URL scheme without ://, like https or postgres',
  'definitions/envReference': 'a reference to an environment variable, like ${env.VERCEL_TOKEN}',
  'definitions/env/properties/environments/items': 'an environment name made of letters, digits, ., _ and -, like production',
  'definitions/env/properties/clientPrefixes/items': 'a variable name prefix like NEXT_PUBLIC_',
  'definitions/domain/properties/email/properties/dkimSelectors/items': 'a DKIM selector like google or s1 (one label: letters, digits, - and _, no dots)',
  'definitions/domain/properties/hosts/items': 'a host name like shop.example.com, or { name, private: true } / { name, staging: true }',
  'definitions/emailInbox/properties/port': 'a port from 1 to 65535, like 993',
  'definitions/emailExpect/properties/to': 'an email address like launch-test@example.com',
  'definitions/emailExpect/properties/from': 'an email address like no-reply@example.com'
};

/**
 * Labels that name a kind of value, so they also word a wrong type ("expected a duration like
 * 250ms, 30s, 5m, 1h or 2d; got a number"). The others describe a string's characters: for a number where
 * a header value belongs, "expected a string" is the useful answer.
 */
const VALUE_KINDS: ReadonlySet<string> = new Set([
  'definitions/duration',
  'definitions/percentage',
  'definitions/url',
  'definitions/routePath',
  'definitions/hostname',
  'definitions/ipAddress',
  'definitions/nameserver',
  'definitions/domain/properties/hosts/items',
  'definitions/status',
  'definitions/status/items',
  'definitions/perf/properties/routes/items',
  'definitions/expect/properties/headers/additionalProperties'
]);

let bySchemaObject: Map<string, string> | undefined;

let kindsBySchemaObject: Map<string, string> | undefined;

/** The words for the schema object an ajv error came from (its `parentSchema`), if any. */
export function expectedFor(schemaObject: unknown): string | undefined {
  bySchemaObject ??= indexBySchemaObject(Object.keys(EXPECTED_BY_SCHEMA_PATH));
  return lookUp(bySchemaObject, schemaObject);
}

/** Like `expectedFor`, but only for labels that name a kind of value (for wrong-type errors). */
export function expectedKindFor(schemaObject: unknown): string | undefined {
  kindsBySchemaObject ??= indexBySchemaObject([...VALUE_KINDS]);
  return lookUp(kindsBySchemaObject, schemaObject);
}

function indexBySchemaObject(paths: readonly string[]): Map<string, string> {
  return new Map(paths.map((path) => [JSON.stringify(resolveSchemaPath(path)), EXPECTED_BY_SCHEMA_PATH[path] ?? path]));
}

function lookUp(index: Map<string, string>, schemaObject: unknown): string | undefined {
  return typeof schemaObject === 'object' && schemaObject !== null ? index.get(JSON.stringify(schemaObject)) : undefined;
}

/** The schema object at `path`; throws when the path is stale, which a test catches. */
export function resolveSchemaPath(path: string): object {
  let node: unknown = CONFIG_SCHEMA;
  for (const segment of path.split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`no schema at ${path}`);
  return node;
}

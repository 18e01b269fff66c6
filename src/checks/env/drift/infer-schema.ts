/**
 * `launch-ready env init`'s guess at a schema: every key of `.env.example` (its comment becomes the
 * description, its value suggests the type) and every name the code reads. Pure. A value is copied
 * into `example` only when it cannot be a real credential (see {@link safeExample}); the schema is
 * committed, so a real value written there would be a leak.
 */
import type { EnvVarSpec } from '../../../config/config-types.js';
import { isPlaceholder } from '../../../detect/filters/placeholder.js';
import { nameLooksSecret } from '../../../detect/looks-secret.js';
import { groupByName } from './find-drift.js';
import type { EnvReference } from './find-references.js';
import type { ExampleVariable } from './parse-env-example.js';
import { isPlatformName } from './platform-names.js';

/** The spec keys `env init` writes. */
export type InferredSpec = Pick<EnvVarSpec, 'type' | 'protocols' | 'secret' | 'public' | 'description' | 'example'>;

/** One variable of the inferred schema. */
export interface InferredVar {
  name: string;
  spec: InferredSpec;
  /** Where the code reads it first (`src/db.ts:12`) and how many more places, when it does. */
  referencedAt?: { first: string; more: number };
}

/** Inputs of {@link inferSchema}. */
export interface InferSchemaInput {
  /** The keys of `.env.example`, in file order. */
  variables: readonly ExampleVariable[];
  references: readonly EnvReference[];
  /** Name prefixes that reach the browser (`env.clientPrefixes`). */
  clientPrefixes: readonly string[];
}

const SCHEME = /^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):\/\//;
/** Loopback and the names reserved for examples and tests (RFC 2606, RFC 6761, RFC 6762's `.local`). */
const LOCAL_HOST = /^(?:127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$|(?:^|\.)(?:localhost|local|test|example|invalid)$|(?:^|\.)example\.(?:com|org|net)$/i;
/** Passwords written in local connection strings (`postgres://postgres:postgres@localhost/app`). */
const DUMMY_PASSWORD = /^(?:pass(?:word)?|postgres|mysql|root|admin|secret|dev|test|user|guest)$/i;

/** `.env.example`'s keys first, in file order (a key written twice once), then the names only code reads, by name. */
export function inferSchema(input: InferSchemaInput): InferredVar[] {
  // Not Map.groupBy: it is Node 21+, and package.json promises Node 20 (issue 13).
  const byName = groupByName(input.references);
  const inferred = new Map<string, InferredVar>();
  for (const variable of input.variables) {
    if (inferred.has(variable.name)) continue;
    inferred.set(variable.name, { name: variable.name, spec: specFromExample(variable, input.clientPrefixes) });
  }
  const codeOnly = [...byName.keys()].filter((name) => !inferred.has(name) && !isPlatformName(name)).sort();
  for (const name of codeOnly) {
    inferred.set(name, { name, spec: { type: isPortName(name) ? 'port' : 'string', ...flags(name, '', input.clientPrefixes) } });
  }
  for (const variable of inferred.values()) {
    const references = byName.get(variable.name);
    if (references?.[0]) variable.referencedAt = { first: `${references[0].file}:${references[0].line}`, more: references.length - 1 };
  }
  return [...inferred.values()];
}

function specFromExample(variable: ExampleVariable, clientPrefixes: readonly string[]): InferredSpec {
  const { name, value } = variable;
  const typed = guessType(name, value);
  const spec: InferredSpec = { ...typed, ...flags(name, value, clientPrefixes) };
  if (variable.comment) spec.description = variable.comment;
  const example = safeExample(value, Boolean(spec.secret));
  if (example !== undefined) spec.example = example;
  return spec;
}

/** The type (and URL schemes) that the name and the example value suggest. */
export function guessType(name: string, value: string): Pick<InferredSpec, 'type' | 'protocols'> {
  const scheme = SCHEME.exec(value)?.groups?.scheme?.toLowerCase();
  if (isPortName(name) && /^\d*$/.test(value)) return { type: 'port' };
  if (scheme === 'https') return { type: 'https-url' };
  if (scheme === 'http') return { type: 'url' };
  if (scheme) return { type: 'url', protocols: [scheme] };
  if (value === '' && /_(?:URL|URI)$/.test(name)) return { type: 'url' };
  if (/^-?\d+$/.test(value)) return { type: 'integer' };
  if (/^-?\d*\.\d+$/.test(value)) return { type: 'number' };
  if (/^(?:true|false)$/i.test(value)) return { type: 'boolean' };
  return { type: 'string' };
}

/** `public` for a client-prefixed name; else `secret` for a secret-looking name or a URL with a password. */
function flags(name: string, value: string, clientPrefixes: readonly string[]): Pick<InferredSpec, 'secret' | 'public'> {
  if (clientPrefixes.some((prefix) => name.startsWith(prefix))) return { public: true };
  if (nameLooksSecret(name) || hasPassword(value)) return { secret: true };
  return {};
}

/**
 * The value when it is safe to commit as an example: an obvious placeholder (`your-api-key`,
 * `sk_test_xxxx`, `changeme`), a URL of a local or example host with no real password, or, for a
 * variable that is not secret, a number or a boolean. Anything else may be real and is left out.
 */
export function safeExample(value: string, secret: boolean): string | undefined {
  if (value === '' || value.includes('${') || value.includes('\n')) return undefined;
  if (isPlaceholder(value) || isLocalUrl(value)) return value;
  if (!secret && /^(?:-?\d+(?:\.\d+)?|true|false)$/i.test(value)) return value;
  return undefined;
}

function isPortName(name: string): boolean {
  return name === 'PORT' || name.endsWith('_PORT');
}

function isLocalUrl(value: string): boolean {
  if (!SCHEME.test(value)) return false;
  try {
    const url = new URL(value);
    const password = decodeURIComponent(url.password);
    return LOCAL_HOST.test(url.hostname) && (password === '' || DUMMY_PASSWORD.test(password) || isPlaceholder(password));
  } catch {
    return false;
  }
}

function hasPassword(value: string): boolean {
  if (!SCHEME.test(value)) return false;
  try {
    return new URL(value).password !== '';
  } catch {
    return false;
  }
}

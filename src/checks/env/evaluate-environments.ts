/**
 * Every declared environment in one pass (issue 5: "no peer does this; they all resolve one
 * environment per run"). Each environment gets the values it can be known to have:
 * - the environment this run validates: the job's real environment over its env files (a loader
 *   such as dotenv or Next.js never overrides a variable that is already set);
 * - any other environment: its env files (`.env.preview`, …), when the repository has them;
 * - templates (`.env.example`) give names only, never values.
 * Then every variable of the schema is judged in every environment: a cell of the matrix.
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { ValueOrigin } from './env-findings.js';
import type { EnvFile } from './read-env-files.js';
import { validateValue } from './values/validate-value.js';

/** One value an environment gets, and where from. */
export interface SourcedValue {
  value: string;
  origin: ValueOrigin;
}

export interface EnvironmentValues {
  environment: string;
  /** The environment this run validates (its real variables are known). */
  selected: boolean;
  /** The env files that supply values, lowest precedence first. */
  files: string[];
  values: Map<string, SourcedValue>;
}

/** `valid`/`invalid` (a value), `default` (unset, the default applies), `missing` (unset, required), `unset` (unset, optional). */
export type CellState = 'valid' | 'invalid' | 'default' | 'missing' | 'unset';

/** One variable in one environment. */
export interface Cell {
  environment: string;
  required: boolean;
  state: CellState;
  /** Whether anything is known about the environment's values (the validated one, or one with env files). */
  known: boolean;
  /** For `invalid`: what is wrong, never the value. */
  problem?: string;
  origin?: ValueOrigin;
}

/** Inputs of {@link collectEnvironmentValues}. */
export interface EnvironmentValuesInput {
  /** `env.environments`, plus the validated one when it is not among them. */
  environments: readonly string[];
  selected: string | undefined;
  files: readonly EnvFile[];
  /** The job's environment (`CheckDeps.env`). */
  processEnv: Readonly<Record<string, string | undefined>>;
}

export function collectEnvironmentValues(input: EnvironmentValuesInput): EnvironmentValues[] {
  return input.environments.map((environment) => {
    const selected = environment === input.selected;
    const files = input.files
      .filter((file) => file.role.kind === 'environment' && file.role.environment === environment)
      .sort((a, b) => rankOf(a) - rankOf(b));
    const values = new Map<string, SourcedValue>();
    for (const file of files) {
      for (const entry of file.entries) values.set(entry.name, { value: entry.value, origin: { kind: 'file', path: file.path, line: entry.line } });
    }
    if (selected) {
      for (const [name, value] of Object.entries(input.processEnv)) if (value !== undefined) values.set(name, { value, origin: { kind: 'process' } });
    }
    return { environment, selected, files: files.map((file) => file.path), values };
  });
}

function rankOf(file: EnvFile): number {
  return file.role.kind === 'environment' ? file.role.rank : -1;
}

/** `required: true` is every environment; a list names them. */
export function isRequiredIn(spec: EnvVarSpec, environment: string): boolean {
  return spec.required === true || (Array.isArray(spec.required) && spec.required.includes(environment));
}

/** The cell of `name` in one environment. */
export function evaluateCell(name: string, spec: EnvVarSpec, environment: EnvironmentValues): Cell {
  const required = isRequiredIn(spec, environment.environment);
  const known = environment.selected || environment.files.length > 0;
  const sourced = environment.values.get(name);
  const verdict = validateValue(sourced?.value, spec);
  const base = { environment: environment.environment, required, known };
  if (verdict.state === 'unset') {
    return { ...base, state: spec.default !== undefined ? 'default' : required ? 'missing' : 'unset' };
  }
  const origin = sourced?.origin;
  if (verdict.state === 'invalid') return { ...base, state: 'invalid', problem: verdict.problem, ...(origin ? { origin } : {}) };
  return { ...base, state: 'valid', ...(origin ? { origin } : {}) };
}

/** Every variable of the schema in every environment, by name (schema order). */
export function evaluateMatrix(vars: Record<string, EnvVarSpec>, environments: readonly EnvironmentValues[]): Map<string, Cell[]> {
  return new Map(Object.entries(vars).map(([name, spec]) => [name, environments.map((environment) => evaluateCell(name, spec, environment))]));
}

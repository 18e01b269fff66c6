/**
 * The variable × environment matrix shown beside the findings: for each variable of the schema
 * and each environment, whether it is required, its default, and what is known of its value —
 * `✔`, `✖ missing`, `✖ invalid` for the validated environment; what the env files and the
 * hosting platform say for the others. Cells never hold a value: a default is shown unless the
 * variable is secret (defaults are config, not the deployment's values).
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { ResultTable } from '../../report/finding.js';
import type { Cell, EnvironmentValues } from './evaluate-environments.js';

export const MATRIX_TITLE = 'Variables × environments';

/** Names set on the hosting platform(s), by target environment; undefined when none was read. */
export interface PlatformPresence {
  /** How cells name it, e.g. `Vercel`. */
  label: string;
  has(name: string, environment: string): boolean;
  /** Whether the platform has this environment at all (production, preview, development). */
  covers(environment: string): boolean;
}

/** Inputs of {@link buildEnvMatrix}. */
export interface EnvMatrixInput {
  vars: Record<string, EnvVarSpec>;
  environments: readonly EnvironmentValues[];
  cells: ReadonlyMap<string, readonly Cell[]>;
  platform?: PlatformPresence;
}

export function buildEnvMatrix(input: EnvMatrixInput): ResultTable {
  const columns = ['Variable', ...input.environments.map((environment) => (environment.selected ? `${environment.environment} (this run)` : environment.environment))];
  const rows = Object.entries(input.vars).map(([name, spec]) => [
    name,
    ...(input.cells.get(name) ?? []).map((cell, index) => describeCell({ name, spec, cell, selected: input.environments[index]?.selected ?? false, platform: input.platform }))
  ]);
  return { title: MATRIX_TITLE, columns, rows };
}

interface CellInput {
  name: string;
  spec: EnvVarSpec;
  cell: Cell;
  selected: boolean;
  platform: PlatformPresence | undefined;
}

/** `required · ✖ missing`, `optional · default 3000`, `required · ✔`, `required · ✖ not on Vercel`. */
export function describeCell(input: CellInput): string {
  const { spec, cell } = input;
  const parts = [cell.required ? 'required' : 'optional'];
  const status = valueStatus(input);
  if (spec.default !== undefined && (cell.state === 'default' || status === undefined)) {
    parts.push(spec.secret ? 'default set' : `default ${String(spec.default)}`);
  }
  if (status !== undefined) parts.push(status);
  const platform = platformStatus(input);
  if (platform !== undefined) parts.push(platform);
  if (spec.deprecated && (cell.state === 'valid' || cell.state === 'invalid')) parts.push('⚠ deprecated');
  return parts.join(' · ');
}

/** What the job's environment or the env files say; undefined when nothing is known. */
function valueStatus({ cell, selected }: CellInput): string | undefined {
  if (!cell.known) return undefined;
  switch (cell.state) {
    case 'valid':
      return '✔';
    case 'invalid':
      return '✖ invalid';
    case 'missing':
      // Only the validated environment is known in full; another's files are not all its values.
      return selected ? '✖ missing' : '– not in env files';
    case 'unset':
      return selected ? 'unset' : undefined;
    case 'default':
      return undefined;
  }
}

/** The platform's word when the value itself is unknown here. */
function platformStatus({ name, cell, platform }: CellInput): string | undefined {
  if (!platform?.covers(cell.environment) || cell.state === 'valid' || cell.state === 'invalid') return undefined;
  if (platform.has(name, cell.environment)) return `✔ on ${platform.label}`;
  return cell.required && cell.state !== 'default' ? `✖ not on ${platform.label}` : undefined;
}

/**
 * The env-var inventory: every declared variable's name, whether it is secret or public, where it
 * is required, and where it is set in each environment — the env check's variable × environment
 * matrix, whose cells never hold a value. Values are never read here: only names from the config.
 */
import { codeSpan, escapeMarkdown } from '../report/escape-markdown.js';
import type { EnvVarSpec } from '../config/config-types.js';
import { type HandoverInput, notChecked, ran, resultOf } from './handover-input.js';
import { markdownTable } from './markdown-table.js';

/** The env check's matrix title (src/checks/env/env-matrix.ts), read by title as every renderer does. */
const MATRIX_TITLE = 'Variables × environments';

export function renderEnvInventory({ report, config }: HandoverInput): string[] {
  const lines = ['## Environment variables', ''];
  const env = config.env;
  if (!env) return [...lines, 'Not declared: add an `env` section (or run `launch-ready env init`) so missing and invalid variables fail the build.'];
  const result = resultOf(report, 'env');
  const sources = [...env.files.map((file) => codeSpan(file, 120)), "the job's environment"];
  if (env.platform?.vercel) sources.push(`Vercel project ${codeSpan(env.platform.vercel.project, 100)}`);
  if (env.platform?.netlify) sources.push(`Netlify site ${codeSpan(env.platform.netlify.site, 100)}`);
  lines.push(`Read from ${sources.join(', ')}. Names and where each is set only; values never appear here.`, '');
  const matrix = ran(result) ? result.tables?.find((table) => table.title === MATRIX_TITLE) : undefined;
  const byName = new Map(matrix?.rows.map((row) => [row[0] ?? '', row.slice(1)]) ?? []);
  const names = [...new Set([...Object.keys(env.vars), ...byName.keys()])].filter(Boolean);
  const environments = matrix ? matrix.columns.slice(1) : [];
  const rows = names.map((name) => {
    const spec = env.vars[name];
    return [name, kindOf(spec), requiredIn(spec), ...environments.map((_, index) => byName.get(name)?.[index] ?? '')];
  });
  lines.push(...markdownTable(['Variable', 'Kind', 'Required in', ...environments], rows));
  if (!matrix) lines.push('', `Where each is set: ${escapeMarkdown(notChecked(result, 'the env check did not run'), 300)}`);
  return lines;
}

function kindOf(spec: EnvVarSpec | undefined): string {
  if (!spec) return 'from the schema file';
  if (spec.secret) return 'secret';
  return spec.public ? 'public (reaches the browser)' : 'plain';
}

function requiredIn(spec: EnvVarSpec | undefined): string {
  if (!spec?.required) return 'optional';
  return spec.required === true ? 'every environment' : spec.required.join(', ');
}

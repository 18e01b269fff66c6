/**
 * Drift between the schema (`env.vars`), the code and `.env.example` (issue 5, point 3): four rules,
 * pure. Names only: no value is read or shown. Platform names (see `platform-names.ts`) are never
 * reported as undeclared; `env.drift.ignore` names are never reported as undeclared (in code or in
 * `.env.example`) or unused.
 */
import type { EnvConfig } from '../../../config/config-types.js';
import type { Finding, Severity } from '../../../report/finding.js';
import { fingerprintOf } from '../../../report/fingerprint.js';
import type { EnvReference } from './find-references.js';
import { isPlatformName } from './platform-names.js';

/** A key of a template env file (`.env.example`), where it is written. */
export interface ExampleEntry {
  name: string;
  file: string;
  line: number;
}

/** Inputs of {@link findDrift}. */
export interface DriftInput {
  config: EnvConfig;
  /** Every reference in the code, from `collectReferences`. */
  references: readonly EnvReference[];
  /**
   * The keys of the template env files (`.env.example` and the like). Undefined when the
   * repository has none: then neither example rule runs (rather than one finding per variable).
   */
  exampleEntries?: readonly ExampleEntry[];
  /** The config file the schema came from, for the location of findings about declared names. Default `launch-ready.yml`. */
  configFile?: string;
}

/** The drift rules, for renderers and docs. */
export const DRIFT_RULES = {
  undeclared: { id: 'env-undeclared', severity: 'medium', title: 'Env var used but not declared' },
  unused: { id: 'env-unused', severity: 'low', title: 'Env var declared but never used' },
  exampleMissing: { id: 'env-example-missing', severity: 'low', title: 'Env var missing from .env.example' },
  exampleUndeclared: { id: 'env-example-undeclared', severity: 'medium', title: 'Env var in .env.example but not declared' }
} as const satisfies Record<string, { id: string; severity: Severity; title: string }>;

type Rule = (typeof DRIFT_RULES)[keyof typeof DRIFT_RULES];

/** The findings, grouped by rule and sorted by name within each. */
export function findDrift(input: DriftInput): Finding[] {
  const configFile = input.configFile ?? 'launch-ready.yml';
  const declared = new Set(Object.keys(input.config.vars));
  const byName = groupByName(input.references);
  const ignored = new Set(input.config.drift.ignore);
  const findings: Finding[] = [];
  for (const [name, references] of byName) {
    if (!declared.has(name) && !isPlatformName(name) && !ignored.has(name)) findings.push(undeclared(name, references, configFile));
  }
  for (const name of [...declared].sort()) {
    if (!byName.has(name) && !ignored.has(name)) findings.push(unused(name, configFile));
  }
  if (input.exampleEntries) findings.push(...exampleDrift(input.exampleEntries, { declared, ignored, config: input.config, configFile }));
  return findings;
}

interface Schema {
  declared: ReadonlySet<string>;
  ignored: ReadonlySet<string>;
  config: EnvConfig;
  configFile: string;
}

function exampleDrift(entries: readonly ExampleEntry[], { declared, ignored, config, configFile }: Schema): Finding[] {
  const findings: Finding[] = [];
  const inExample = new Map<string, ExampleEntry>();
  for (const entry of entries) if (!inExample.has(entry.name)) inExample.set(entry.name, entry);
  const exampleFiles = [...new Set(entries.map((entry) => entry.file))].join(', ') || '.env.example';
  for (const name of [...declared].sort()) {
    // A deprecated variable is on its way out: no need to teach it to new developers.
    if (!inExample.has(name) && !config.vars[name]?.deprecated) findings.push(exampleMissing(name, exampleFiles, configFile));
  }
  for (const [name, entry] of [...inExample].sort(([a], [b]) => compareText(a, b))) {
    if (!declared.has(name) && !isPlatformName(name) && !ignored.has(name)) findings.push(exampleUndeclared(entry, configFile));
  }
  return findings;
}

function undeclared(name: string, references: readonly EnvReference[], configFile: string): Finding {
  const [first] = references as [EnvReference];
  const others = references.length - 1;
  const elsewhere = others === 0 ? '' : ` (and ${others} other place${others === 1 ? '' : 's'})`;
  return finding(DRIFT_RULES.undeclared, name, {
    message: `${name} is read in ${first.file}:${first.line}${elsewhere} but is not declared in env.vars, so nothing checks that it is set.`,
    location: { kind: 'file', path: first.file, line: first.line, column: first.column },
    remediation: `Add ${name} to env.vars in ${configFile} with its type and where it is required, or stop reading it.`
  });
}

function unused(name: string, configFile: string): Finding {
  return finding(DRIFT_RULES.unused, name, {
    message: `${name} is declared in env.vars but no file searched for drift reads it.`,
    location: { kind: 'env', name, file: configFile },
    remediation: `Remove ${name} from env.vars if the app no longer needs it; if something the search cannot see reads it (a framework, a dynamic name), add it to env.drift.ignore.`
  });
}

function exampleMissing(name: string, exampleFiles: string, configFile: string): Finding {
  return finding(DRIFT_RULES.exampleMissing, name, {
    message: `${name} is declared in env.vars but missing from ${exampleFiles}, so a new setup will not know to set it.`,
    location: { kind: 'env', name, file: configFile },
    remediation: `Add ${name}= with a placeholder value (never a real one) to ${exampleFiles}.`
  });
}

function exampleUndeclared(entry: ExampleEntry, configFile: string): Finding {
  return finding(DRIFT_RULES.exampleUndeclared, entry.name, {
    message: `${entry.name} is in ${entry.file} but not declared in env.vars, so nothing checks that it is set.`,
    location: { kind: 'file', path: entry.file, line: entry.line },
    remediation: `Add ${entry.name} to env.vars in ${configFile}, or remove it from ${entry.file} if the app no longer reads it.`
  });
}

function finding(rule: Rule, name: string, parts: Pick<Finding, 'message' | 'location' | 'remediation'>): Finding {
  return {
    check: 'env',
    ruleId: rule.id,
    severity: rule.severity,
    title: rule.title,
    ...parts,
    // Rule and name only: the finding survives moved lines and renamed files.
    fingerprint: fingerprintOf(rule.id, name)
  };
}

/**
 * References by name (names sorted), each list in file and line order. Grouped first, then each
 * group sorted: `collectReferences` hands them over in that order already, which a sort of the
 * whole list by name first re-checked at ~30 ms for 11,000 references.
 */
export function groupByName(references: readonly EnvReference[]): Map<string, EnvReference[]> {
  const groups = new Map<string, EnvReference[]>();
  for (const reference of references) {
    const list = groups.get(reference.name);
    if (list) list.push(reference);
    else groups.set(reference.name, [reference]);
  }
  const byName = new Map<string, EnvReference[]>();
  for (const name of [...groups.keys()].sort(compareText)) {
    byName.set(name, (groups.get(name) ?? []).sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column));
  }
  return byName;
}

/** Code-unit order, the same on every machine (unlike `localeCompare`). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

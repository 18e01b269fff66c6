/**
 * `${VAR}` expansion in parsed `.env` entries, as `dotenv-expand` (v12–13, the versions paired with
 * dotenv 16/17) does it: `$VAR`, `${VAR}`, `${VAR:-default}`/`${VAR-default}` (the default when
 * unset or empty), `${VAR:+alternate}`/`${VAR+alternate}` (the alternate when set), `\$` for a
 * literal dollar. A replacement is scanned again, so defaults may hold references
 * (`${A:-${B}}`). Two deliberate differences, both for reading a file as written:
 *   - single-quoted values stay literal, as in shells and dotenvx (dotenv-expand cannot tell, since
 *     dotenv drops the quotes);
 *   - a name is looked up in the file's earlier entries first, then in `env`; dotenv-expand, like
 *     dotenv, lets a variable already in the process environment win over the file.
 * Expansion never loops: a value that comes back is replaced by its default, as dotenv-expand does,
 * and a hard step limit stops the rest.
 */
import type { EnvEntry } from './parse-env-file.js';

/** dotenv-expand's reference pattern (lib/main.js): braced anything but braces, or a shell name. */
const REFERENCE = /(?<!\\)\$\{([^{}]+)\}|(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)/;
const OPERATOR = /:\+|\+|:-|-/;
/**
 * Replacements per value beyond one per character of it: real values need a handful; only a cycle
 * through `env` whose text grows at every step (`P=${Q}b`, `Q=a${P}`) would need more, forever.
 */
const EXTRA_STEPS = 1000;

/** The process environment, or any stand-in for it. */
export type EnvLookup = Readonly<Record<string, string | undefined>>;

/**
 * Expands `entries` in file order. A name assigned twice counts once, as dotenv loads it: at its
 * first position, with its last assignment (line, quoting and value). Unset references become ''.
 */
export function expandEntries(entries: readonly EnvEntry[], env: EnvLookup): EnvEntry[] {
  const effective = new Map<string, EnvEntry>();
  for (const entry of entries) effective.set(entry.name, entry);
  const running = new Map<string, string>();
  const lookup = (name: string): string | undefined => (running.has(name) ? running.get(name) : Object.hasOwn(env, name) ? env[name] : undefined);
  const expanded: EnvEntry[] = [];
  for (const entry of effective.values()) {
    const value = entry.quoted === 'single' ? entry.value : expandValue(entry.value, lookup, running).replace(/\\\$/g, '$');
    running.set(entry.name, value);
    expanded.push({ ...entry, value });
  }
  return expanded;
}

/** One value, step by step: replace the leftmost reference, then look again from the start. */
function expandValue(value: string, lookup: (name: string) => string | undefined, running: ReadonlyMap<string, string>): string {
  let result = value;
  // Every intermediate text; a value equal to one of them is a reference cycle (dotenv-expand's check).
  const seen = new Set<string>();
  for (let step = 0; step < value.length + EXTRA_STEPS; step += 1) {
    const match = REFERENCE.exec(result);
    if (match === null) break;
    seen.add(result);
    const { name, replacement } = resolve(match[1] ?? match[2] ?? '', lookup, seen);
    result = result.slice(0, match.index) + replacement + result.slice(match.index + match[0].length);
    // dotenv-expand stops once the text is exactly an earlier entry's (already expanded) value.
    if (running.has(name) && result === running.get(name)) break;
  }
  return result;
}

/** What one `${expression}` becomes; `name` is the variable it refers to. */
function resolve(expression: string, lookup: (name: string) => string | undefined, seen: ReadonlySet<string>): { name: string; replacement: string } {
  const operator = OPERATOR.exec(expression)?.[0];
  const [name = '', ...rest] = operator === undefined ? [expression] : expression.split(operator);
  const word = operator === undefined ? '' : rest.join(operator);
  const current = lookup(name);
  // Empty counts as unset for every operator, colon or not: dotenv-expand 12–13 tests truthiness.
  if (operator === ':+' || operator === '+') return { name, replacement: current ? word : '' };
  if (!current || seen.has(current)) return { name, replacement: word };
  return { name, replacement: current };
}

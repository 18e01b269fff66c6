/** Defensive reads of a config that has not passed the schema yet: wrong shapes read as nothing. */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';

type Entries = Array<[string, Record<string, unknown>]>;

export function child(data: unknown, ...keys: string[]): unknown {
  let node = data;
  for (const key of keys) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** `[index or key, object]` for the object members of a list or mapping; nothing for other values. */
export function entries(value: unknown): Entries {
  const pairs: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return pairs.filter((pair): pair is [string, Record<string, unknown>] => isRecord(pair[1]));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The reason a pattern does not compile (V8's words, without the pattern), or undefined. */
function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    // V8: "Invalid regular expression: /acme_[/: Unterminated character class".
    const message = error instanceof Error ? error.message : String(error);
    const cut = message.lastIndexOf('/: ');
    return cut === -1 ? message : message.slice(cut + 3);
  }
}

/** A located problem when `pattern` is a string that does not compile as a JS RegExp. */
export function regexProblem(path: string[], pattern: unknown): PathProblem | undefined {
  if (typeof pattern !== 'string') return undefined;
  const reason = regexError(pattern);
  if (reason === undefined) return undefined;
  const message = `${formatPath(path)}: invalid regular expression (${reason}); expected JavaScript RegExp syntax without surrounding slashes`;
  return { path, target: 'value', message };
}

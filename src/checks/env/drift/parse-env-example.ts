/**
 * The keys of a template env file (`.env.example`) with their value and the comment written about
 * them: what `env init` turns into a schema. The entries are the env check's dotenv parse
 * (`parseEnvFile`, dotenv's own grammar); this adds the comments, which dotenv drops. Names that are
 * not valid env var names are left out (the env-file lint reports them).
 */
import { parseEnvFile, type EnvEntry } from '../dotenv/parse-env-file.js';

/** One key of the file. */
export interface ExampleVariable {
  name: string;
  file: string;
  /** 1-based line of the key. */
  line: number;
  /** The value as dotenv loads it, without `${}` expansion; `''` when empty. */
  value: string;
  /** The `#` lines right above the key (no blank line between), joined; else the comment after the value. */
  comment?: string;
}

/** The config schema's `envName`. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A commented-out assignment (`# DEBUG=1`) is a disabled variable, not a description. */
const COMMENTED_ASSIGNMENT = /^#\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=/;
const QUOTES = { single: "'", double: '"', backtick: '`' } as const;

/** Every valid key in file order; a key written twice appears twice. */
export function parseEnvExample(text: string, file: string): ExampleVariable[] {
  // The same line ends as parseEnvFile: LF, CRLF and a lone CR.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  return parseEnvFile(text)
    .entries.filter((entry) => ENV_NAME.test(entry.name))
    .map((entry) => {
      const comment = commentAbove(lines, entry.line) ?? commentAfter(lines[entry.line - 1] ?? '', entry);
      return { name: entry.name, file, line: entry.line, value: entry.value, ...(comment ? { comment } : {}) };
    });
}

/** The run of `#` lines ending right above `line`, joined with spaces; undefined when there is none. */
function commentAbove(lines: readonly string[], line: number): string | undefined {
  const parts: string[] = [];
  for (let index = line - 2; index >= 0; index -= 1) {
    const text = (lines[index] ?? '').trim();
    if (!text.startsWith('#') || COMMENTED_ASSIGNMENT.test(text)) break;
    const part = text.replace(/^#+\s?/, '').trim();
    if (part !== '') parts.unshift(part);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** `KEY=value # comment`: an unquoted value ends at the first `#` (dotenv's rule), a quoted one at its closing quote. */
function commentAfter(lineText: string, entry: EnvEntry): string | undefined {
  const after = entry.quoted === 'none' ? lineText.slice(lineText.indexOf('=') + 1) : lineText.slice(lineText.lastIndexOf(QUOTES[entry.quoted]) + 1);
  const hash = after.indexOf('#');
  if (hash === -1 || (entry.quoted !== 'none' && after.slice(0, hash).trim() !== '')) return undefined;
  const comment = after.slice(hash).replace(/^#+\s?/, '').trim();
  return comment === '' ? undefined : comment;
}

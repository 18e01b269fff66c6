/**
 * The lint rules for `.env` files: what dotenv loads without complaint (or skips without a word)
 * that other readers of the same file — `source .env` in a shell, Docker Compose, hosting
 * platforms' importers — read differently, or that is a plain mistake. Messages name the rule and
 * the fix, never the value; they name the variable only when it is a valid name.
 */
import type { EnvEntry, EnvFileProblem } from './parse-env-file.js';

/** What POSIX shells and hosting platforms accept; dotenv also reads `.` and `-`, which they reject. */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUOTE_NAMES: Readonly<Record<string, string>> = { "'": 'single', '"': 'double', '`': 'backtick' };

type Position = { line: number; column: number };

/** One parsed assignment and where its parts are. */
export interface EntryFacts {
  name: string;
  /** The value text as written, trimmed, quotes included. */
  raw: string;
  value: string;
  quoted: EnvEntry['quoted'];
  nameAt: Position;
  valueAt: Position;
  /** Where the same name was first assigned, when this is a repeat. */
  firstLine?: number;
  /** The `=` or the value sits on a later line than the name (`A` ⏎ `=1`, `A=` ⏎ `"x"`). */
  spansLines: boolean;
}

/** Problems of one assignment dotenv loaded: a repeated or invalid name, unquoted spaces, broken quotes. */
export function lintEntry(facts: EntryFacts): EnvFileProblem[] {
  const { name, raw, quoted, nameAt, valueAt, firstLine, spansLines } = facts;
  const problems: EnvFileProblem[] = [];
  const at = (ruleId: EnvFileProblem['ruleId'], position: Position, message: string): void => {
    problems.push({ ruleId, line: position.line, column: position.column, message });
  };
  const validName = VALID_NAME.test(name);
  if (!validName) {
    at('env-file-invalid-name', nameAt, 'invalid name: a name must start with a letter or `_` (dotenv loads it, but shells and hosting platforms reject it)');
  }
  if (firstLine !== undefined) {
    const who = validName ? `\`${name}\`` : 'this name';
    at('env-file-duplicate-key', nameAt, `${who} is assigned again; first defined on line ${firstLine} (dotenv keeps the last value)`);
  }
  if (spansLines) {
    at('env-file-syntax', nameAt, 'the assignment continues on a later line: dotenv joins the name with the `=` or value below it; put it on one line');
  }
  const quote = QUOTE_NAMES[raw[0] ?? ''];
  if (quoted === 'none' && quote !== undefined) {
    const closed = raw.indexOf(raw[0] ?? '', 1) !== -1;
    at(
      'env-file-syntax',
      valueAt,
      closed
        ? `text after the closing ${quote} quote: dotenv then keeps the quotes as part of the value; put it inside the quotes or make it a comment (\` # …\`)`
        : `the ${quote} quote is never closed: dotenv keeps the quote character as part of the value`
    );
  } else if (quoted === 'none' && /\s/.test(facts.value)) {
    at('env-file-unquoted-space', valueAt, 'unquoted value with whitespace: `source .env` would run the part after the space as a command; wrap the value in quotes');
  }
  return problems;
}

/**
 * The problem with a line no assignment covers, or undefined for blank and comment lines. dotenv
 * skips such lines silently, so the variable the author meant is simply missing at run time.
 */
export function lintSkippedLine(text: string, line: number): EnvFileProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const column = text.length - text.trimStart().length + 1;
  const equals = trimmed.indexOf('=');
  const name = equals === -1 ? '' : trimmed.slice(0, equals).replace(/^export\s+/, '').trim();
  if (name !== '' && !VALID_NAME.test(name)) {
    return {
      ruleId: 'env-file-invalid-name',
      line,
      column,
      message: 'invalid name: only letters, digits, `_`, `.` and `-` are allowed, starting with a letter or `_`; dotenv skips this line'
    };
  }
  const message = equals === 0 ? 'a value without a name; dotenv skips this line' : 'not a `NAME=value` line; dotenv skips it';
  return { ruleId: 'env-file-syntax', line, column, message };
}

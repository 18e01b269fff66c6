/**
 * Reads a `.env` file the way the app will: with the `dotenv` package's own line grammar
 * (`lib/main.js` `LINE`, unchanged from v16.4 through v17 and kept as v18's default parser), so
 * every name → value this returns is what `dotenv.parse` returns for the same text. On top, it
 * reports what dotenv accepts silently: repeated names, names starting with a digit, `.` or `-`,
 * unquoted spaces, assignments split over lines, broken quotes, and the lines it skips. Pure; a
 * problem's message never contains a value.
 */
import { lintEntry, lintSkippedLine } from './lint-env-file.js';

/** One assignment, in file order; a repeated name appears once per line (dotenv keeps the last). */
export interface EnvEntry {
  name: string;
  /** After dotenv's unquoting and, in double quotes, `\n`/`\r` expansion; `${VAR}` is not expanded. */
  value: string;
  /** 1-based line where the entry starts (a multi-line quoted value spans the lines after it). */
  line: number;
  quoted: 'none' | 'single' | 'double' | 'backtick';
}

/** Something dotenv accepts silently (or skips) that is likely a mistake. */
export interface EnvFileProblem {
  ruleId: 'env-file-duplicate-key' | 'env-file-invalid-name' | 'env-file-unquoted-space' | 'env-file-syntax' | 'env-file-binary';
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (SARIF's default). */
  column?: number;
  /** Never contains the value. */
  message: string;
}

/** The parse: every entry dotenv would load, and the problems found on the way. */
export interface ParsedEnvFile {
  entries: EnvEntry[];
  problems: EnvFileProblem[];
}

// dotenv's LINE, with `(?:^|^)`/`(?:$|$)` written `^`/`$`, `d` for group positions and `y` in place
// of `g` (see `matchLines`). Note `\s` spans newlines: a quoted value may, and so may the space around `=`.
const LINE =
  /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/dym;
const NOT_WHITESPACE = /\S/g;
/** Where `^` may match in `m` mode: after LF (CR is gone by then), U+2028 and U+2029. */
const LINE_TERMINATOR = /[\n\u2028\u2029]/g;
const QUOTED = /^(['"`])([\s\S]*)\1$/gm;
const QUOTE_KINDS = { "'": 'single', '"': 'double', '`': 'backtick' } as const;

/**
 * Parses `text` (a whole file, CRLF or LF, with or without a UTF-8 BOM) into entries and problems.
 * Line numbers count LF, CRLF and lone CR as line ends, as dotenv does.
 */
export function parseEnvFile(text: string): ParsedEnvFile {
  // A leading BOM would shift line 1's columns; dotenv's `\s*` skips it anyway (checkout strips it too).
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = new LineIndex(source);
  const covered = new Set<number>();
  const firstLines = new Map<string, number>();
  const entries: EnvEntry[] = [];
  const problems: EnvFileProblem[] = [];
  for (const match of matchLines(source)) {
    const name = match[1] ?? '';
    const nameAt = lines.locate(match.indices?.[1]?.[0] ?? match.index);
    const last = lines.locate(match.index + match[0].length).line;
    for (let line = lines.locate(match.index).line; line <= last; line += 1) covered.add(line);
    const raw = match[2] ?? '';
    const { value, quoted } = unquote(raw.trim());
    entries.push({ name, value, line: nameAt.line, quoted });
    const valueStart = (match.indices?.[2]?.[0] ?? 0) + (raw.length - raw.trimStart().length);
    const valueAt = lines.locate(valueStart);
    const firstLine = firstLines.get(name);
    problems.push(...lintEntry({ name, raw: raw.trim(), value, quoted, nameAt, valueAt, firstLine, spansLines: spansLines(match, valueStart) }));
    if (!firstLines.has(name)) firstLines.set(name, nameAt.line);
  }
  for (let line = 1; line <= lines.count; line += 1) {
    if (covered.has(line)) continue;
    const problem = lintSkippedLine(lines.text(line), line);
    if (problem !== undefined) problems.push(problem);
  }
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { entries, problems };
}

/**
 * The matches dotenv's `while (LINE.exec(lines))` finds, without its quadratic time on long runs of
 * blank lines (100 000 newlines and a stray letter take dotenv 30 s). Its global search tries every
 * line start; one that fails fails for every later line start up to the next non-space character,
 * since the leading `\s*` reaches the same character from each and only its longest run can be
 * followed by a name. So after a failure the search moves to the line after that character.
 */
function* matchLines(source: string): Generator<RegExpExecArray> {
  let start = 0;
  while (start < source.length) {
    LINE.lastIndex = start;
    const match = LINE.exec(source);
    if (match !== null) {
      yield match;
      start = match.index + match[0].length + 1;
      continue;
    }
    NOT_WHITESPACE.lastIndex = start;
    const next = NOT_WHITESPACE.exec(source);
    if (next === null) return;
    LINE_TERMINATOR.lastIndex = next.index;
    const lineEnd = LINE_TERMINATOR.exec(source);
    if (lineEnd === null) return;
    start = lineEnd.index + 1;
  }
}

/**
 * Whether the `=` (or, with a value, the value) sits on a later line than the name: dotenv's `\s`
 * crosses newlines, so `A` ⏎ `=1` and `A=` ⏎ `"x"` are assignments to it.
 */
function spansLines(match: RegExpExecArray, valueStart: number): boolean {
  const nameEnd = (match.indices?.[1]?.[1] ?? match.index) - match.index;
  const afterName = match[0].slice(nameEnd);
  const end = match[2] === undefined ? afterName.search(/[=:]/) + 1 : valueStart - match.index - nameEnd;
  return afterName.slice(0, end).includes('\n');
}

/** dotenv's unquoting, step for step: strip matching outer quotes; in double quotes expand `\n`, `\r`. */
function unquote(trimmed: string): Pick<EnvEntry, 'value' | 'quoted'> {
  const first = trimmed[0] ?? '';
  let value = trimmed.replace(QUOTED, '$2');
  const quoted = value !== trimmed ? QUOTE_KINDS[first as keyof typeof QUOTE_KINDS] : 'none';
  // dotenv tests the first character, not whether quotes were stripped: `"abc\n` (never closed) is expanded too.
  if (first === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return { value, quoted };
}

/** Offsets to 1-based line and column. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) this.starts.push(index + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  locate(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  text(line: number): string {
    const start = this.starts[line - 1] ?? 0;
    const next = this.starts[line];
    return this.source.slice(start, next === undefined ? undefined : next - 1);
  }
}

/**
 * Which of a rule's keywords every match starts with, read from its pattern's source. For such a
 * rule (`ghp_…`, `EAA…`, `://user:pass@`, most provider formats) the prefilter's keyword hits are
 * the only places a match can start, and the rule is tried there alone (match-rules.ts,
 * `findMatchesAt`), not over whole lines: on real code, keywords such as `key`, `pat` or `eaa` sit
 * on long minified and source-map lines, where the rule read every line whole or in windows.
 *
 * The reader takes the pattern's leading look-arounds as zero-width, then reads the literal text
 * that every alternative begins with (into a leading group, not past a quantifier). Anything it
 * does not understand means "no anchor": the rule runs as before.
 */
import type { SecretRule } from './contracts.js';
import { START } from './rules/pattern.js';

/** The rule's keywords (lowercase) that every match starts with, or undefined when it cannot tell. */
export function anchorKeywords(rule: SecretRule): string[] | undefined {
  const prefixes = literalPrefixes(rule.pattern.source);
  if (!prefixes) return undefined;
  const keywords = rule.keywords.map((keyword) => keyword.toLowerCase());
  const anchors = new Set<string>();
  for (const prefix of prefixes) {
    // The longest keyword the prefix starts with: a hit of it is where such a match starts.
    const keyword = keywords.filter((candidate) => candidate !== '' && prefix.toLowerCase().startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
    if (keyword === undefined) return undefined;
    anchors.add(keyword);
  }
  return [...anchors];
}

/**
 * A test of the literal text that starts every match of the pattern, in the pattern's own case
 * (any case with `i`); always true where there is none.
 */
export function startTestOf(pattern: RegExp): (text: string, start: number) => boolean {
  const prefixes = literalPrefixes(pattern.source);
  if (!prefixes) return () => true;
  const lower = prefixes.map((prefix) => prefix.toLowerCase());
  const ignoreCase = pattern.ignoreCase;
  // A token's start (`START`): `EAA` amid a line of base64 (thousands of times in an inlined
  // image) is turned away here, without a call into the regex engine.
  const token = pattern.source.startsWith(START);
  // Tried at every keyword hit: plain loops, no closure made per call.
  return (text, start) => {
    if (token && !startsToken(text, start)) return false;
    for (let index = 0; index < prefixes.length; index += 1) {
      if (ignoreCase ? sameIgnoringAsciiCase(text, start, lower[index] as string) : text.startsWith(prefixes[index] as string, start)) return true;
    }
    return false;
  };
}

/** What `START` tests: no letter, digit or `_` before, unless it ends an escape (`\n`, `\r`, `\t`). */
function startsToken(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  const word = (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95;
  if (!word) return true;
  return (before === 110 || before === 114 || before === 116) && start >= 2 && text.charCodeAt(start - 2) === 92;
}

function sameIgnoringAsciiCase(text: string, start: number, lower: string): boolean {
  if (start + lower.length > text.length) return false;
  for (let index = 0; index < lower.length; index += 1) {
    const code = text.charCodeAt(start + index);
    const folded = code >= 65 && code <= 90 ? code + 32 : code;
    if (folded !== lower.charCodeAt(index)) return false;
  }
  return true;
}

/** The literal texts every match of `source` starts with (one per alternative), or undefined. */
export function literalPrefixes(source: string): string[] | undefined {
  try {
    const reader = new PrefixReader(source);
    const prefixes = reader.disjunction();
    return reader.at === source.length && prefixes.every((prefix) => prefix !== '') ? prefixes : undefined;
  } catch {
    return undefined;
  }
}

class NotUnderstood extends Error {}

/** Characters that stand for themselves outside a class. */
const LITERAL = /[A-Za-z0-9_\-:/@#%&=<>"',;~!`]/;
/** Escapes of punctuation that stand for the character. */
const ESCAPED_LITERAL = /[.\\/\-+*?()[\]{}|^$:=@#&!<>"',;~`]/;

class PrefixReader {
  at = 0;

  constructor(private readonly source: string) {}

  /** The prefixes of each alternative up to the end of this disjunction (a `)` or the end). */
  disjunction(): string[] {
    const prefixes = [...this.alternative()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      prefixes.push(...this.alternative());
    }
    return prefixes;
  }

  /** Skips leading look-arounds, then reads a leading group's prefixes or literal characters; skips the rest. */
  private alternative(): string[] {
    while (this.lookaroundAhead()) this.skipGroup();
    let prefixes: string[];
    if (this.source[this.at] === '(') {
      const start = this.at;
      this.at += this.groupOpener().length;
      prefixes = this.disjunction();
      if (this.source[this.at] !== ')') throw new NotUnderstood();
      this.at += 1;
      // A quantified group (optional or repeated) gives no prefix of its own.
      if (this.quantifierAhead()) prefixes = [''];
      else if (this.at === start) throw new NotUnderstood();
    } else {
      prefixes = [this.literal()];
    }
    this.skipToEndOfAlternative();
    return prefixes;
  }

  /** Literal characters up to the first that is not one, less a last one a quantifier applies to. */
  private literal(): string {
    let text = '';
    for (;;) {
      const char = this.source[this.at] ?? '';
      let read: string | undefined;
      if (char !== '' && LITERAL.test(char)) read = char;
      else if (char === '\\' && ESCAPED_LITERAL.test(this.source[this.at + 1] ?? '')) read = this.source[this.at + 1];
      if (read === undefined) return text;
      const width = char === '\\' ? 2 : 1;
      this.at += width;
      if (this.quantifierAhead()) return text;
      text += read;
    }
  }

  private quantifierAhead(): boolean {
    const char = this.source[this.at];
    return char === '?' || char === '*' || char === '+' || char === '{';
  }

  private lookaroundAhead(): boolean {
    return /^\(\?(?:<=|<!|=|!)/.test(this.source.slice(this.at, this.at + 4));
  }

  private groupOpener(): string {
    return /^\((?:\?(?::|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))?.[0] ?? '(';
  }

  /** Past a balanced group starting at `(`, classes and escapes read as such. */
  private skipGroup(): void {
    let depth = 0;
    do {
      const char = this.source[this.at];
      if (char === undefined) throw new NotUnderstood();
      if (char === '\\') this.at += 2;
      else if (char === '[') this.skipClass();
      else {
        if (char === '(') depth += 1;
        else if (char === ')') depth -= 1;
        this.at += 1;
      }
    } while (depth > 0);
  }

  private skipClass(): void {
    this.at += 1;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new NotUnderstood();
    this.at += 1;
  }

  /** Past the rest of this alternative: to the next `|` or `)` of this depth, or the end. */
  private skipToEndOfAlternative(): void {
    for (;;) {
      const char = this.source[this.at];
      if (char === undefined || char === '|' || char === ')') return;
      if (char === '\\') this.at += 2;
      else if (char === '[') this.skipClass();
      else if (char === '(') this.skipGroup();
      else this.at += 1;
    }
  }
}

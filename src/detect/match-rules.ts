/**
 * Runs one rule's regex over a whole text (not line by line: no per-line strings) and yields where
 * its secret is. Line-scope rules run with the `m` flag, so `^`/`$` mean the line as they did when
 * rules ran per line; a match that still crosses a newline (`\s`, `[^"]` can) is re-run on its
 * first line alone, so line-scope matches never span lines and none is lost to the longer match.
 */
import type { SecretRule } from './contracts.js';

/** A rule with its pattern prepared for whole-text scanning. */
export interface CompiledRule {
  rule: SecretRule;
  /** The rule's pattern with `g` and `d`, and `m` for line scope. */
  pattern: RegExp;
  lineScope: boolean;
  /** Run only on the lines holding a keyword (see `SecretRule.keywordScope`). */
  keywordLines: boolean;
}

/** Where a rule found a secret; offsets are UTF-16 indexes into the scanned text. */
export interface RawMatch {
  rule: SecretRule;
  value: string;
  start: number;
  end: number;
  /** The name of the id a paired secret follows (named group `pairedWith`): a name, never a value. */
  pairedWith?: string;
}

export function compileRule(rule: SecretRule): CompiledRule {
  const lineScope = (rule.scope ?? 'line') === 'line';
  const flags = new Set([...rule.pattern.flags, 'g', 'd', ...(lineScope ? ['m'] : [])]);
  const keywordLines = lineScope && (rule.keywordScope ?? guessKeywordScope(rule)) === 'line';
  return { rule, pattern: new RegExp(rule.pattern.source, [...flags].join('')), lineScope, keywordLines };
}

/** `line` when a keyword is written literally in the pattern (escapes aside), so matches hold it. */
function guessKeywordScope(rule: SecretRule): 'line' | 'file' {
  const source = rule.pattern.source.replaceAll('\\', '').toLowerCase();
  return rule.keywords.some((keyword) => keyword !== '' && source.includes(keyword.toLowerCase())) ? 'line' : 'file';
}

/** Every match of the rule in `text`, left to right. */
export function* findMatches(text: string, compiled: CompiledRule): Generator<RawMatch> {
  const { pattern } = compiled;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      // An empty match holds no secret; step over it, or exec would return it forever.
      pattern.lastIndex += 1;
      continue;
    }
    if (compiled.lineScope && match[0].includes('\n')) {
      const lineEnd = endOfLine(text, match.index);
      yield* matchesOnLine(text, compiled, match.index, lineEnd);
      pattern.lastIndex = lineEnd + 1;
      continue;
    }
    const found = secretOf(match, compiled.rule);
    if (found) yield found;
  }
}

/**
 * Matches of a line-scope rule on the given lines only (the lines that hold one of its keywords).
 * Runs of adjacent lines are scanned as one slice; a slice ends at a line's end, so the regex
 * cannot run on through the rest of the text.
 */
export function* findMatchesOnLines(text: string, compiled: CompiledRule, lineStarts: readonly number[]): Generator<RawMatch> {
  for (let index = 0; index < lineStarts.length; ) {
    const start = lineStarts[index] as number;
    let end = endOfLine(text, start);
    for (index += 1; index < lineStarts.length && lineStarts[index] === end + 1; index += 1) {
      end = endOfLine(text, end + 1);
    }
    for (const match of findMatches(text.slice(start, end), compiled)) {
      yield { ...match, start: match.start + start, end: match.end + start };
    }
  }
}

/** Matches of the line holding `from` that start at `from` or later, found within that line only. */
function* matchesOnLine(text: string, compiled: CompiledRule, from: number, lineEnd: number): Generator<RawMatch> {
  const lineStart = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const line = text.slice(lineStart, lineEnd);
  const pattern = new RegExp(compiled.pattern.source, compiled.pattern.flags);
  pattern.lastIndex = from - lineStart;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const found = secretOf(match, compiled.rule);
    if (found) yield { ...found, start: found.start + lineStart, end: found.end + lineStart };
  }
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/**
 * The secret is the named group `secret`, else group `secretGroup`, else the whole match; a group
 * that did not take part (or is empty) means no secret.
 */
function secretOf(match: RegExpExecArray, rule: SecretRule): RawMatch | undefined {
  let value: string | undefined;
  let span: [number, number] | undefined;
  if (match.groups !== undefined && 'secret' in match.groups) {
    value = match.groups['secret'];
    span = match.indices?.groups?.['secret'];
  } else if (rule.secretGroup !== undefined) {
    value = match[rule.secretGroup];
    span = match.indices?.[rule.secretGroup];
  } else {
    value = match[0];
    span = [match.index, match.index + match[0].length];
  }
  if (!value || !span) return undefined;
  const pairedWith = match.groups?.['pairedWith'];
  return { rule, value, start: span[0], end: span[1], ...(pairedWith ? { pairedWith } : {}) };
}

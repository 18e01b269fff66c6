/**
 * Runs one rule's regex over a whole text (not line by line: no per-line strings) and yields where
 * its secret is. Line-scope rules run with the `m` flag, so `^`/`$` mean the line as they did when
 * rules ran per line; a match that still crosses a newline (`\s`, `[^"]` can) is re-run on its
 * first line alone, so line-scope matches never span lines and none is lost to the longer match.
 */
import type { SecretRule } from './contracts.js';
import { matchExtent, type MatchExtent } from './match-extent.js';
import { startTestOf } from './match-prefix.js';
import { LONG_LINE } from './prefilter.js';

/** A rule with its pattern prepared for whole-text scanning. */
export interface CompiledRule {
  rule: SecretRule;
  /** The rule's pattern with `g` and `d`, and `m` for line scope. */
  pattern: RegExp;
  lineScope: boolean;
  /** Run only on the lines holding a keyword (see `SecretRule.keywordScope`). */
  keywordLines: boolean;
  /** Each keyword line is read with the line before it (`SecretRule.readsLineBefore`). */
  lineBefore: boolean;
  /** The pattern with `y`: tried at one offset only (`findMatchesAt`). Made on first use. */
  sticky(): RegExp;
  /** Tells whether a match could start at an offset, by the literal text every match starts with (match-prefix.ts); made on first use. */
  couldStartAt(): (text: string, start: number) => boolean;
  /**
   * How far a match reaches, when bounded: a keyword-line rule then runs only around its keywords
   * on a long line. Read from the pattern on first use, as most runs have no long line for most
   * rules (reading all 330 patterns cost ~10 ms of each scan thread's start).
   */
  extent(): MatchExtent | undefined;
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
  const lineBefore = keywordLines && rule.readsLineBefore === true;
  // Windows around keywords stay within their line: a rule that reads the line before has none.
  let extent: MatchExtent | undefined | null = keywordLines && !lineBefore ? null : undefined;
  const extentOnce = (): MatchExtent | undefined => (extent === null ? (extent = matchExtent(rule.pattern.source)) : extent);
  const pattern = new RegExp(rule.pattern.source, [...flags].join(''));
  let sticky: RegExp | undefined;
  const stickyOnce = (): RegExp => (sticky ??= new RegExp(pattern.source, `${pattern.flags}y`));
  let couldStart: ((text: string, start: number) => boolean) | undefined;
  const couldStartOnce = () => (couldStart ??= startTestOf(pattern));
  return { rule, pattern, lineScope, keywordLines, lineBefore, extent: extentOnce, sticky: stickyOnce, couldStartAt: couldStartOnce };
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
 * The rule's matches that start at the given offsets (ascending): for a rule whose every match
 * starts with a keyword (match-prefix.ts), these are its keywords' starts, and the matches are
 * those {@link findMatches} finds over the whole text, each tried once where it can start rather
 * than searched for along whole lines.
 */
export function* findMatchesAt(text: string, compiled: CompiledRule, starts: readonly number[]): Generator<RawMatch> {
  const pattern = compiled.sticky();
  const couldStartAt = compiled.couldStartAt();
  // Past the end of the last match: matches do not overlap, as in a search from left to right.
  let from = 0;
  for (const start of starts) {
    // The prefilter's starts have passed this test (`key` is a hit for `KEY…`); any caller's may not have.
    if (start < from || !couldStartAt(text, start)) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    // An empty match holds no secret.
    if (match === null || match[0].length === 0) continue;
    if (compiled.lineScope && match[0].includes('\n')) {
      const lineEnd = endOfLine(text, start);
      yield* matchesOnLine(text, compiled, start, lineEnd);
      from = lineEnd + 1;
      continue;
    }
    from = start + match[0].length;
    const found = secretOf(match, compiled.rule);
    if (found) yield found;
  }
}

/**
 * Matches of a line-scope rule on the given lines only (the lines that hold one of its keywords).
 * Runs of adjacent lines are scanned as one slice; a slice ends at a line's end, so the regex
 * cannot run on through the rest of the text. A long line of a rule whose matches are bounded is
 * searched only around its keywords (`longLineKeywords`, see {@link aroundKeywords}).
 */
export function* findMatchesOnLines(
  text: string,
  compiled: CompiledRule,
  lineStarts: readonly number[],
  longLineKeywords?: readonly number[]
): Generator<RawMatch> {
  const extent = longLineKeywords ? compiled.extent() : undefined;
  const isWindowed = (start: number, end: number) => extent !== undefined && end - start > LONG_LINE;
  let keyword = 0;
  const from = (lineStart: number) => (compiled.lineBefore ? startOfLineBefore(text, lineStart) : lineStart);
  for (let index = 0; index < lineStarts.length; ) {
    const lineStart = lineStarts[index] as number;
    const start = from(lineStart);
    let end = endOfLine(text, lineStart);
    index += 1;
    if (extent && isWindowed(start, end)) {
      const keywords = longLineKeywords as readonly number[];
      while (keyword < keywords.length && (keywords[keyword] as number) < start) keyword += 2;
      const first = keyword;
      while (keyword < keywords.length && (keywords[keyword] as number) < end) keyword += 2;
      yield* aroundKeywords(text, compiled, extent, [start, end], keywords.slice(first, keyword));
      continue;
    }
    while (index < lineStarts.length && from(lineStarts[index] as number) <= end + 1) {
      const nextStart = lineStarts[index] as number;
      const nextEnd = endOfLine(text, nextStart);
      if (isWindowed(nextStart, nextEnd)) break;
      end = nextEnd;
      index += 1;
    }
    yield* inSlice(text, compiled, start, end);
  }
}

/**
 * The matches on a long line that lie around its keywords (`[from, to)` pairs). With E a match's
 * extent (its longest plus its look-arounds' reach), each keyword's window reaches 3E either way;
 * overlapping windows are merged; a window keeps the matches whose secret starts in its core, 2E in
 * from each end (an end that is the line's own is kept). A match holding the keyword, or seeing it
 * from a look-around, is in the core; a match in the core was read by the regex from text the
 * window holds whole. So nothing the whole line gives near a keyword is lost, and on a 5 MB source
 * map line holding "key" 3,000 times, the `KEY…` rule reads 3,000 windows of ~300 characters.
 */
function* aroundKeywords(text: string, compiled: CompiledRule, extent: MatchExtent, line: [number, number], keywords: readonly number[]): Generator<RawMatch> {
  const [lineStart, lineEnd] = line;
  // Not expected (the line is listed for a keyword on it), but never fewer matches than the whole line.
  if (keywords.length === 0) return yield* inSlice(text, compiled, lineStart, lineEnd);
  const edge = extent.longest + extent.reach;
  let from = Math.max(lineStart, (keywords[0] as number) - 3 * edge);
  let to = Math.min(lineEnd, (keywords[1] as number) + 3 * edge);
  for (let at = 2; at <= keywords.length; at += 2) {
    const nextFrom = at < keywords.length ? Math.max(lineStart, (keywords[at] as number) - 3 * edge) : Infinity;
    if (nextFrom <= to) {
      to = Math.min(lineEnd, Math.max(to, (keywords[at + 1] as number) + 3 * edge));
      continue;
    }
    const coreStart = from === lineStart ? from : from + 2 * edge;
    const coreEnd = to === lineEnd ? Infinity : to - 2 * edge;
    for (const match of inSlice(text, compiled, from, to)) if (match.start >= coreStart && match.start < coreEnd) yield match;
    from = nextFrom;
    to = Math.min(lineEnd, (keywords[at + 1] as number) + 3 * edge);
  }
}

/** The rule's matches in `text.slice(from, to)`, at offsets of the whole text. */
function* inSlice(text: string, compiled: CompiledRule, from: number, to: number): Generator<RawMatch> {
  for (const match of findMatches(text.slice(from, to), compiled)) {
    yield { ...match, start: match.start + from, end: match.end + from };
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

/** Where the line before the one starting at `lineStart` starts (0 for the first line). */
function startOfLineBefore(text: string, lineStart: number): number {
  return lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
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

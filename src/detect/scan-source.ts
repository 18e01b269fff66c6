/**
 * One source through the pipeline: prefilter → rules over the whole text → decoded spans →
 * reportLines → entropy → false-positive filters → confidence → suppressions → redacted findings.
 * Holds one file's derived data (its line index and candidates) and lets go of it on return.
 */
import type { Finding } from '../report/finding.js';
import { asciiBytes } from './ascii-bytes.js';
import { judgeConfidence } from './confidence.js';
import type { ScanSource, SecretRule } from './contracts.js';
import { findEncodedSpans, type EncodedSpan } from './decode-spans.js';
import { shannonEntropy } from './entropy.js';
import { applyFilters } from './filters/apply-filters.js';
import type { FilterVerdict } from './filters/filter-types.js';
import { onePerSpan, yieldToProviders } from './overlaps.js';
import type { Fingerprinter } from '../report/fingerprint.js';
import { findKnownValues, type SearchableValue } from './known-values.js';
import { LineIndex, lineAround, lineBefore } from './line-index.js';
import { blanked, sourceMapMappings } from './source-map-mappings.js';
import { findMatches, findMatchesAt, findMatchesOnLines, type CompiledRule, type RawMatch } from './match-rules.js';
import type { AllowCandidate, AllowList } from './suppressions/config-allow.js';
import { claimMarker, findInlineMarkers, type InlineMarker } from './suppressions/inline-markers.js';
import { KNOWN_VALUE_RULE_ID, toKnownValueFinding, toSecretFinding, type Encoding, type FindingPlace } from './to-finding.js';

/** A rule to run: on the given lines (line scope, keywords on few lines) or on the whole text. */
export interface RuleRun {
  compiled: CompiledRule;
  lineStarts?: readonly number[];
  /** Its keywords on long lines (`Selection.longLineKeywords`). */
  longLineKeywords?: readonly number[];
  /** Where its matches can start, when they all start with a keyword (`Selection.matchStarts`). */
  matchStarts?: readonly number[];
}

/** What the scanner prepared once for every source. */
export interface ScanDeps {
  /**
   * The compiled rules worth running on a text, and on which lines (the prefilter's choice), and
   * whether the text may hold an inline marker (`launch-ready:` in any case); `ascii` as
   * `asciiBytes` gives it.
   */
  selectRules(text: string, ascii?: Uint8Array): { runs: RuleRun[]; marked: boolean };
  fingerprinter: Fingerprinter;
  allowList: AllowList;
  knownValues: readonly SearchableValue[];
}

export interface SourceScanResult {
  findings: Finding[];
  /** The source's inline markers, when it was scanned in full (for unused-marker reporting). */
  markers?: InlineMarker[];
}

/** A rule's match, with where it is reported; `haystack` is the source text or a decoded span. */
interface Candidate {
  rule: SecretRule;
  value: string;
  haystack: string;
  start: number;
  end: number;
  /** The span in the source text: the secret itself, or the encoded span it was decoded from. */
  spanStart: number;
  spanEnd: number;
  /** Where it is reported; found when it is reported, unless only some lines are (then it decides whether). */
  place?: FindingPlace;
  encoding?: Encoding;
  pairedWith?: string;
}

/** Per-source state: the line index and the markers are built on first use. */
interface SourceState {
  source: ScanSource;
  index: LineIndex;
  /** The text as `asciiBytes` gives it: what the prefilter and the base64 search read. */
  ascii: Uint8Array;
  markers?: InlineMarker[];
}

export function scanSource(source: ScanSource, deps: ScanDeps): SourceScanResult {
  const state: SourceState = { source, index: new LineIndex(source.text), ascii: asciiBytes(source.text, source.bytes) };
  const scannedInFull = source.reportLines === undefined && source.origin !== 'history';
  const mappings = sourceMapMappings(source.path, source.text);
  const { runs, marked } = deps.selectRules(source.text, mappings ? blanked(state.ascii, mappings) : state.ascii);
  // The prefilter's pass saw no `launch-ready:`: no marker to look for.
  if (!marked) state.markers = [];
  else if (scannedInFull) state.markers = findInlineMarkers(source.text, state.index);
  const findings: Finding[] = [];
  const screened: Array<{ candidate: Candidate; verdict: FilterVerdict }> = [];
  for (const candidate of yieldToProviders(collectCandidates(state, runs, deps))) {
    const verdict = screen(candidate, state);
    if (verdict !== 'drop') screened.push({ candidate, verdict });
  }
  for (const { candidate, verdict } of onePerSpan(screened, ({ candidate }) => candidate)) {
    const finding = report(candidate, verdict, state, deps);
    if (finding) findings.push(finding);
  }
  if (source.origin === 'artifact') findings.push(...knownValueFindings(state, deps));
  findings.sort(byPosition);
  return { findings, markers: scannedInFull ? state.markers : undefined };
}

function collectCandidates(state: SourceState, runs: readonly RuleRun[], deps: ScanDeps): Candidate[] {
  const { text } = state.source;
  const candidates: Candidate[] = [];
  /** Rule and value of the plain matches: a decoded span repeating one (a plain token in a URL) adds nothing. */
  const plain = new Set<string>();
  for (const run of runs) {
    for (const match of runRule(text, run)) {
      plain.add(`${match.rule.id}\0${match.value}`);
      const place = placeIfPartial(state, match.start, match.end);
      if (place !== null) candidates.push({ ...match, haystack: text, spanStart: match.start, spanEnd: match.end, place });
    }
  }
  for (const span of encodedSpansOf(state)) {
    const place = placeIfPartial(state, span.start, span.end);
    if (place === null) continue;
    const name = assignedNameBefore(text, span.start);
    const haystack = name + span.decoded;
    for (const run of deps.selectRules(haystack).runs) {
      for (const match of runRule(haystack, run)) {
        // A match in the name alone is the plain text's own.
        if (match.end <= name.length || plain.has(`${match.rule.id}\0${match.value}`)) continue;
        candidates.push({ ...match, haystack, spanStart: span.start, spanEnd: span.end, place, encoding: span.encoding });
      }
    }
  }
  return candidates;
}

/** An assignment right before an encoded value, as far back as its line and 64 characters go. */
const ASSIGNED_NAME = /[A-Za-z0-9_.-]{1,60}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/;

/**
 * The name an encoded value is assigned to (`  CLOUDFLARE_API_TOKEN: ` before the base64 of a
 * Kubernetes Secret's `data`), else ''. The decoded value is scanned after it, so the rules that
 * need a provider's name beside a value with no prefix of its own see one.
 */
function assignedNameBefore(text: string, start: number): string {
  return ASSIGNED_NAME.exec(lineBefore(text, start, 64))?.[0] ?? '';
}

/**
 * The encoded spans to decode. A span never crosses a line (base64 and percent-encoded runs stop at
 * whitespace), so when only some lines are reported (a PR's added lines) only they are searched:
 * on a 1,000-file PR that is a third of the text.
 */
function encodedSpansOf(state: SourceState): EncodedSpan[] {
  const { text, reportLines } = state.source;
  if (!reportLines) return findEncodedSpans(text, state.ascii);
  const spans: EncodedSpan[] = [];
  for (const [start, end] of lineRanges(state.index, reportLines)) {
    for (const span of findEncodedSpans(text.slice(start, end), state.ascii.subarray(start, end))) spans.push({ ...span, start: span.start + start, end: span.end + start });
  }
  return spans;
}

/** Runs of consecutive lines as `[start, end)` offsets of the text, in order. */
function lineRanges(index: LineIndex, lines: ReadonlySet<number>): Array<[number, number]> {
  const sorted = [...lines].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (let at = 0; at < sorted.length; ) {
    let last = sorted[at] as number;
    const first = last;
    for (at += 1; at < sorted.length && sorted[at] === last + 1; at += 1) last += 1;
    if (first <= index.lineCount) ranges.push([index.startOf(first), index.startOf(last + 1)]);
  }
  return ranges;
}

function runRule(text: string, { compiled, lineStarts, longLineKeywords, matchStarts }: RuleRun): Iterable<RawMatch> {
  if (matchStarts) return findMatchesAt(text, compiled, matchStarts);
  return compiled.keywordLines && lineStarts ? findMatchesOnLines(text, compiled, lineStarts, longLineKeywords) : findMatches(text, compiled);
}

/**
 * A span's place when only some lines are reported (null: it touches none of them); undefined
 * when every line is, to be found if the candidate is reported at all: in a whole file, most
 * candidates are turned away by the filters, and placing them built the line index of the file.
 */
function placeIfPartial(state: SourceState, start: number, end: number): FindingPlace | undefined | null {
  if (!state.source.reportLines) return undefined;
  return placeOf(state, start, end) ?? null;
}

/**
 * Where a span is reported: at its first character, or, when that line is not among the reported
 * lines, at the first reported line it touches (a PEM block the change edits in the middle).
 * Undefined when it touches no reported line.
 */
function placeOf(state: SourceState, start: number, end: number): FindingPlace | undefined {
  const { reportLines } = state.source;
  const first = state.index.position(start);
  const lastLine = state.index.lineOf(Math.max(start, end - 1));
  if (!reportLines || reportLines.has(first.line)) {
    const endColumn = lastLine === first.line ? first.column + (end - start) : undefined;
    return { line: first.line, column: first.column, endColumn };
  }
  for (let line = first.line + 1; line <= lastLine; line += 1) if (reportLines.has(line)) return { line };
  return undefined;
}

/** Entropy and the false-positive filters: whether the candidate is a secret at all. */
function screen(candidate: Candidate, state: SourceState): FilterVerdict {
  const { rule, value, haystack, start, end } = candidate;
  if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) return 'drop';
  const line = lineAround(haystack, start, end);
  return applyFilters({ rule, value, line, path: state.source.path, text: haystack, start });
}

/** Suppressions, then the redacted finding. */
function report(candidate: Candidate, verdict: FilterVerdict, state: SourceState, deps: ScanDeps): Finding | undefined {
  const { rule, value } = candidate;
  if (isSuppressed(state, deps, candidate.spanStart, { ruleId: rule.id, path: state.source.path, value })) return undefined;
  return toSecretFinding({
    rule,
    value,
    source: state.source,
    place: candidate.place ?? (placeOf(state, candidate.spanStart, candidate.spanEnd) as FindingPlace),
    confidence: judgeConfidence(rule, value, verdict === 'lower'),
    fingerprint: deps.fingerprinter.ofSecret(rule.id, value, rule),
    encoding: candidate.encoding,
    pairedWith: candidate.pairedWith,
    markedFake: verdict === 'lower'
  });
}

/** Inline markers first (they sit next to the finding), then the config's allow entries. */
function isSuppressed(state: SourceState, deps: ScanDeps, spanStart: number, candidate: AllowCandidate): boolean {
  state.markers ??= findInlineMarkers(state.source.text, state.index);
  if (state.markers.length > 0 && claimMarker(state.markers, state.index.lineOf(spanStart))) return true;
  return deps.allowList.allows(candidate);
}

function knownValueFindings(state: SourceState, deps: ScanDeps): Finding[] {
  const findings: Finding[] = [];
  for (const hit of findKnownValues(state.source.text, deps.knownValues)) {
    const place = placeOf(state, hit.start, hit.end);
    if (!place) continue;
    const ruleId = KNOWN_VALUE_RULE_ID;
    if (isSuppressed(state, deps, hit.start, { ruleId, path: state.source.path, value: hit.known.value })) continue;
    findings.push(
      toKnownValueFinding({
        name: hit.known.name,
        length: hit.known.value.length,
        source: state.source,
        place,
        encoding: hit.encoding,
        fingerprint: deps.fingerprinter.ofSecret(`${ruleId}:${hit.known.name}`, hit.known.value)
      })
    );
  }
  return findings;
}

function byPosition(a: Finding, b: Finding): number {
  const lineOf = (finding: Finding) => (finding.location?.kind === 'file' ? finding.location.line : 0);
  const columnOf = (finding: Finding) => (finding.location?.kind === 'file' ? (finding.location.column ?? 0) : 0);
  return lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b) || a.ruleId.localeCompare(b.ruleId);
}

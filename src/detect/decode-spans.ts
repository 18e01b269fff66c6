/**
 * One level of decoding, so a secret hidden in base64 (`Authorization: Basic …`, a base64 env
 * blob, a Kubernetes Secret manifest) or percent-encoding (a connection string in a query
 * parameter) is still found. The scanner runs the same rules over each decoded span and reports at
 * the encoded span. Decoded text is not decoded again: one level catches the common cases, and
 * recursion would multiply the cost on generated files.
 */
import { asciiBytes } from './ascii-bytes.js';
import { base64RunsInWasm } from './kernels/byte-kernels.js';

/** A stretch of the text and what it decodes to; offsets are UTF-16 indexes. */
export interface EncodedSpan {
  start: number;
  end: number;
  encoding: 'base64' | 'url';
  decoded: string;
}

/**
 * Shorter runs decode to under 18 bytes: too short to hold a credential plus its context. (The
 * WebAssembly kernel looks for runs of 24 as it is written: byte-kernels.wat.)
 */
export const MIN_BASE64_RUN = 24;

/**
 * Longer spans are skipped: in practice they are embedded images, fonts and source maps in
 * bundles, and decoding them would cost more than scanning the file.
 */
export const MAX_DECODED_SPAN = 65_536;

/** At least this share of decoded bytes must be printable ASCII for base64 to count as text. */
const MIN_PRINTABLE_SHARE = 0.9;

/**
 * Every decodable span of `text`, base64 first, then URL-encoded, each in text order. `ascii`: the
 * text as `asciiBytes` gives it, when the caller has it already.
 */
export function findEncodedSpans(text: string, ascii?: Uint8Array): EncodedSpan[] {
  return [...findBase64Spans(text, ascii), ...findUrlEncodedSpans(text)];
}

/** Character classes of the base64 alphabets, as bits so a run's mix is one OR. */
const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const STANDARD = 8;
const URL_SAFE = 16;
const BASE64_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let code = 65; code <= 90; code += 1) table[code] = UPPER;
  for (let code = 97; code <= 122; code += 1) table[code] = LOWER;
  for (let code = 48; code <= 57; code += 1) table[code] = DIGIT;
  for (const char of '+/') table[char.charCodeAt(0)] = STANDARD;
  for (const char of '-_') table[char.charCodeAt(0)] = URL_SAFE;
  return table;
})();

/** Every maximal base64 run of `MIN_BASE64_RUN` or more characters that decodes to text. */
export function findBase64Spans(text: string, ascii?: Uint8Array): EncodedSpan[] {
  const runs = base64RunsInWasm(ascii ?? asciiBytes(text)) ?? base64RunsInTs(text);
  const spans: EncodedSpan[] = [];
  for (let at = 0; at < runs.length; at += 3) {
    const span = spanOfRun(text, runs[at] as number, runs[at + 1] as number, runs[at + 2] as number);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * Probe spacing: a run of `MIN_BASE64_RUN` (24) characters or more holds two consecutive multiples
 * of 12, so only pairs of probes 12 apart in one run (both on base64 characters, and every
 * character between) start a look at the run around them. On code most probes are turned away in
 * a few reads, where a loop over every character (the first form) read them all: about twice as
 * fast on the 200 MB benchmark corpus, and checking the gap before walking the run ~40% faster again.
 */
const PROBE_STEP = MIN_BASE64_RUN / 2;

/**
 * Every maximal run of `MIN_BASE64_RUN` or more base64 characters, as (start, end, class mix)
 * triples in order: the TypeScript twin of `base64RunsInWasm`.
 */
export function base64RunsInTs(text: string): number[] {
  const runs: number[] = [];
  const length = text.length;
  // Every run ending at or before this offset has been looked at.
  let seenTo = 0;
  for (let probe = 0; probe + PROBE_STEP < length; probe += PROBE_STEP) {
    if (base64Class(text, probe) === 0) continue;
    if (base64Class(text, probe + PROBE_STEP) === 0) {
      // No long run holds the next probe either: skip it.
      probe += PROBE_STEP;
      continue;
    }
    // Both probes are in one run only if every character between them is too: read the gap from
    // its far end, where a break lets the next pair start (on code, two words 12 apart cost a few reads).
    let gap = probe + PROBE_STEP - 1;
    while (gap > probe && base64Class(text, gap) !== 0) gap -= 1;
    if (gap > probe) continue;
    let start = probe;
    while (start > seenTo && base64Class(text, start - 1) !== 0) start -= 1;
    let mix = 0;
    let end = start;
    for (let kind = base64Class(text, end); kind !== 0; kind = base64Class(text, end)) {
      mix |= kind;
      end += 1;
    }
    if (end - start >= MIN_BASE64_RUN) runs.push(start, end, mix);
    seenTo = end;
    // The next probe is the first multiple of the step after the run (the loop adds one step).
    probe = (Math.floor(end / PROBE_STEP) + 1) * PROBE_STEP - PROBE_STEP;
  }
  return runs;
}

/** The run `[start, end)` (and its `=` padding) as a decoded span, when it is long enough, looks like base64 and decodes to text. */
function spanOfRun(text: string, start: number, end: number, mix: number): EncodedSpan | undefined {
  const length = end - start;
  if (length > MAX_DECODED_SPAN || !looksLikeBase64(length, mix) || !leadsLikeText(text, start, length)) return undefined;
  const padded = text.startsWith('==', end) ? end + 2 : text.charCodeAt(end) === 61 ? end + 1 : end;
  const decoded = decodeBase64Text(text.slice(start, padded));
  return decoded === undefined ? undefined : { start, end: padded, encoding: 'base64', decoded };
}

/** The base64 class bits of the character at `index`; 0 outside the alphabets and past the end. */
function base64Class(text: string, index: number): number {
  const code = text.charCodeAt(index);
  // NaN past the end fails the comparison, as does anything outside ASCII.
  return code < 128 ? (BASE64_CLASS[code] as number) : 0;
}

/**
 * Cheap checks before decoding: base64 of text mixes upper and lower case, never mixes the
 * standard (`+/`) and URL-safe (`-_`) alphabets, and never leaves one character in the last group.
 * Most identifiers (`snake_case_names`) and paths fail here.
 */
function looksLikeBase64(length: number, mix: number): boolean {
  return length % 4 !== 1 && (mix & (UPPER | LOWER)) === (UPPER | LOWER) && (mix & (STANDARD | URL_SAFE)) !== (STANDARD | URL_SAFE);
}

/**
 * Each 4-character group starts with the top 6 bits of a byte; for printable ASCII (0x20–0x7e)
 * that is `I`–`Z` or `a`–`f`. Checking the first 8 groups (one miss allowed) turns away camelCase
 * and snake_case identifiers without decoding them: on the TypeScript compiler's own source, 27,000
 * runs pass `looksLikeBase64` and almost none pass this.
 */
function leadsLikeText(text: string, start: number, length: number): boolean {
  let misses = 0;
  for (let offset = 0; offset < Math.min(length, 32); offset += 4) {
    const code = text.charCodeAt(start + offset);
    if (!((code >= 73 && code <= 90) || (code >= 97 && code <= 102)) && ++misses > 1) return false;
  }
  return true;
}

/** The decoded text when it is mostly printable; undefined for binary (keys, images, hashes). */
export function decodeBase64Text(run: string): string | undefined {
  // The first 48 characters settle most runs (camelCase identifiers, binary blobs) cheaply.
  if (run.length > 64 && !isMostlyPrintable(Buffer.from(run.slice(0, 48), 'base64'))) return undefined;
  const bytes = Buffer.from(run, 'base64');
  return bytes.length > 0 && isMostlyPrintable(bytes) ? bytes.toString('utf8') : undefined;
}

function isMostlyPrintable(bytes: Buffer): boolean {
  let printable = 0;
  for (const byte of bytes) if ((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d) printable += 1;
  return printable / bytes.length >= MIN_PRINTABLE_SHARE;
}

/** Characters that end a URL-encoded span: whitespace, quotes, brackets, and separators around URLs. */
const URL_SPAN_END = /[\s"'`<>(){}[\]|\\^,;]/;

export function findUrlEncodedSpans(text: string): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  let percent = text.indexOf('%');
  while (percent !== -1) {
    if (!isHexPair(text, percent + 1)) {
      percent = text.indexOf('%', percent + 1);
      continue;
    }
    const start = spanEdge(text, percent, -1);
    const end = spanEdge(text, percent, 1);
    if (end - start <= MAX_DECODED_SPAN) spans.push({ start, end, encoding: 'url', decoded: decodePercent(text.slice(start, end)) });
    percent = text.indexOf('%', end);
  }
  return spans;
}

function isHexPair(text: string, at: number): boolean {
  return /^[0-9A-Fa-f]{2}$/.test(text.slice(at, at + 2));
}

/** The first offset of the span (direction -1) or the offset after it (direction 1). */
function spanEdge(text: string, from: number, direction: 1 | -1): number {
  let at = from;
  while (at + direction >= 0 && at + direction < text.length && !URL_SPAN_END.test(text.charAt(at + direction))) at += direction;
  return direction === 1 ? at + 1 : at;
}

/**
 * `%xx` sequences to bytes, read as UTF-8; a `%` not followed by two hex digits stays as it is
 * (`decodeURIComponent` would throw on the whole string). `+` stays `+`: in base64 inside a URL it
 * is data, not a space.
 */
export function decodePercent(encoded: string): string {
  return encoded.replace(/(?:%[0-9A-Fa-f]{2})+/g, (sequence) =>
    Buffer.from(sequence.replaceAll('%', ''), 'hex').toString('utf8')
  );
}

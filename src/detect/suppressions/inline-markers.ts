/**
 * Inline suppression: a `launch-ready:allow` comment on the line of a finding, or on a line of its
 * own just before it, with an optional reason (`# launch-ready:allow reason: fixture`).
 * `launch-ready:ignore` (the first form) still works. A marker that follows code on its line
 * covers that line only, so `a = "…" // launch-ready:allow` never silences the next line too.
 */
import type { LineIndex } from '../line-index.js';

export const ALLOW_MARKER = 'launch-ready:allow';
/** What every marker starts with: the prefilter looks for it in its pass over each text. */
export const MARKER_KEYWORD = 'launch-ready:';
/** The first form of the marker, kept as an alias. */
export const IGNORE_MARKER = 'launch-ready:ignore';

export interface InlineMarker {
  /** 1-based line of the marker. */
  line: number;
  column: number;
  /** The lines it suppresses: its own, and the next when the marker stands alone on its line. */
  covers: number[];
  reason?: string;
  used: boolean;
}

/**
 * Followed by the end of the line, a space, `-->` or `*\/`: a quoted `'launch-ready:allow'` in
 * code that handles markers (or in docs, in backticks) is not a marker.
 */
const MARKER = /launch-ready:(?:allow|ignore)(?=$|[ \t\r\n]|-->|\*\/)/y;
const REASON = /^[ \t]+reason:[ \t]*(.*?)[ \t]*(?:-->|\*\/)?[ \t\r]*$/;
/** Nothing but comment openers before the marker: the line is the comment. */
const STANDALONE_PREFIX = /^[ \t]*(?:\/\/+|#+|--|<!--|\/\*+|\*|;+|%+|'|REM)?[ \t]*$/i;

/** Every marker in the text, in order. One `indexOf` pass; most files have none. */
export function findInlineMarkers(text: string, index: LineIndex): InlineMarker[] {
  const markers: InlineMarker[] = [];
  for (let at = text.indexOf('launch-ready:'); at !== -1; at = text.indexOf('launch-ready:', at + 1)) {
    MARKER.lastIndex = at;
    const match = MARKER.exec(text);
    if (!match) continue;
    const { line, column } = index.position(at);
    const lineStart = index.startOf(line);
    const newline = text.indexOf('\n', at);
    const rest = text.slice(at + match[0].length, newline === -1 ? text.length : newline);
    const standalone = STANDALONE_PREFIX.test(text.slice(lineStart, at));
    const reason = REASON.exec(rest)?.[1] || undefined;
    markers.push({ line, column, covers: standalone ? [line, line + 1] : [line], reason, used: false });
  }
  return markers;
}

/** Marks and reports whether a marker covers `line`. */
export function claimMarker(markers: readonly InlineMarker[], line: number): boolean {
  let claimed = false;
  for (const marker of markers) {
    if (marker.covers.includes(line)) {
      marker.used = true;
      claimed = true;
    }
  }
  return claimed;
}

/**
 * Offsets in a text → 1-based line and column, by binary search over the offsets where lines start.
 * The scanner runs its regexes over the whole text, so it never splits the text into line strings;
 * the index is built on the first question (most files have no match and never build it).
 * Lines end at `\n`; a `\r` before it stays part of the line, as git and editors count lines.
 */

/** 1-based line; 1-based column in UTF-16 code units (SARIF's default `columnKind`). */
export interface TextPosition {
  line: number;
  column: number;
}

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The 1-based line holding `offset` (an offset at a `\n` belongs to the line it ends). */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  position(offset: number): TextPosition {
    const line = this.lineOf(offset);
    return { line, column: offset - this.startOf(line) + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  startOf(line: number): number {
    return this.lineStarts()[line - 1] ?? this.text.length;
  }

  /** Number of lines; a trailing newline does not open a line of its own. */
  get lineCount(): number {
    const starts = this.lineStarts();
    const last = starts[starts.length - 1] as number;
    return last === this.text.length && starts.length > 1 ? starts.length - 1 : starts.length;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    this.starts = starts;
    return starts;
  }
}

/**
 * The line around `[start, end)` without building an index, clipped to `radius` characters on each
 * side: filters look at nearby words ("sha256", "integrity"), and a minified bundle's line can be
 * megabytes long, where far-away words say nothing about this match.
 */
export function lineAround(text: string, start: number, end: number, radius = 256): string {
  const after = text.slice(end, end + radius);
  const newline = after.indexOf('\n');
  return `${lineBefore(text, start, radius)}${text.slice(start, end)}${newline === -1 ? after : after.slice(0, newline)}`;
}

/**
 * The text before `start` on its line, at most `radius` characters. The line's start is looked for
 * within the radius only: searched back to it, each match on a megabyte line read the whole line.
 */
export function lineBefore(text: string, start: number, radius: number): string {
  const before = text.slice(Math.max(0, start - radius), start);
  return before.slice(before.lastIndexOf('\n') + 1);
}

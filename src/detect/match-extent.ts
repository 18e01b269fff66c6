/**
 * How far a rule's match can reach, read from its pattern's source: the longest text a match can
 * cover, and how far its look-arounds look beyond it. With both bounded, the matches that hold a
 * keyword lie within a known distance of it, so on a very long line (a minified bundle, a source
 * map's `sourcesContent`) the rule need not run over the whole line (match-rules.ts).
 *
 * A small reader of the syntax the rule packs use (ES2018 without the `u`/`v` flags): anything it
 * cannot bound — `*`, `+`, `{n,}`, a back-reference, a construct it does not know — makes the
 * extent undefined, and the rule runs over whole lines as before.
 */

export interface MatchExtent {
  /** The longest text a match can cover, in UTF-16 code units. */
  longest: number;
  /** How far past either end of a match its look-arounds can look. */
  reach: number;
}

/** The extent of `source`, or undefined when it is unbounded or not understood. */
export function matchExtent(source: string): MatchExtent | undefined {
  try {
    const reader = new Reader(source);
    const extent = reader.disjunction();
    if (reader.at < source.length) return undefined;
    return Number.isFinite(extent.longest) && Number.isFinite(extent.reach) ? extent : undefined;
  } catch {
    return undefined;
  }
}

class Unbounded extends Error {}

const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;

class Reader {
  at = 0;

  constructor(private readonly source: string) {}

  disjunction(): MatchExtent {
    let extent = this.alternative();
    while (this.source[this.at] === '|') {
      this.at += 1;
      const other = this.alternative();
      extent = { longest: Math.max(extent.longest, other.longest), reach: Math.max(extent.reach, other.reach) };
    }
    return extent;
  }

  private alternative(): MatchExtent {
    let longest = 0;
    let reach = 0;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      longest += term.longest;
      reach = Math.max(reach, term.reach);
    }
    return { longest, reach };
  }

  private term(): MatchExtent {
    const atom = this.atom();
    const times = this.quantifier();
    if (times === undefined) return atom;
    if (!Number.isFinite(times) && atom.longest > 0) throw new Unbounded();
    return { longest: atom.longest * (Number.isFinite(times) ? times : 0), reach: atom.reach };
  }

  /** The most repeats the quantifier after an atom allows (1 with none; Infinity for `*`, `+`, `{n,}`). */
  private quantifier(): number | undefined {
    const char = this.source[this.at];
    let times: number | undefined;
    if (char === '*' || char === '+') {
      times = Infinity;
      this.at += 1;
    } else if (char === '?') {
      times = 1;
      this.at += 1;
    } else if (char === '{') {
      const found = QUANTIFIER.exec(this.source.slice(this.at));
      if (!found) return undefined;
      times = found[2] === undefined ? Number(found[1]) : found[3] === '' ? Infinity : Number(found[3]);
      this.at += found[0].length;
    }
    if (times !== undefined && this.source[this.at] === '?') this.at += 1;
    return times;
  }

  private atom(): MatchExtent {
    const char = this.source[this.at] as string;
    switch (char) {
      case '^':
      case '$':
        this.at += 1;
        return { longest: 0, reach: 0 };
      case '(':
        return this.group();
      case '[':
        this.characterClass();
        return { longest: 1, reach: 0 };
      case '\\':
        return this.escape();
      default:
        this.at += 1;
        return { longest: 1, reach: 0 };
    }
  }

  private group(): MatchExtent {
    const rest = this.source.slice(this.at);
    const opener = /^\((?:\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>|[a-z]*-?[a-z]*:))?/.exec(rest)?.[0] ?? '(';
    this.at += opener.length;
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Unbounded();
    this.at += 1;
    const lookaround = opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!';
    // A look-around matches nothing itself; what it reads is reach.
    return lookaround ? { longest: 0, reach: Math.max(inner.reach, inner.longest + inner.reach) } : inner;
  }

  private characterClass(): void {
    this.at += 1;
    if (this.source[this.at] === '^') this.at += 1;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new Unbounded();
    this.at += 1;
  }

  private escape(): MatchExtent {
    const next = this.source[this.at + 1] ?? '';
    this.at += 2;
    if (next === 'b' || next === 'B') return { longest: 0, reach: 1 };
    // Back-references (and legacy octal escapes, which read alike): their length is another group's.
    if (/[1-9k]/.test(next)) throw new Unbounded();
    if (next === 'x') this.at += 2;
    else if (next === 'u') this.at += 4;
    else if (next === 'c') this.at += 1;
    return { longest: 1, reach: 0 };
  }
}

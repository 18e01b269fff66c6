// One file of the outside corpus being written: its lines, and the labels of the lines that hold
// a secret, a hard negative or an ambiguous value (1-based line numbers, fixed as lines are added).

export class CorpusFile {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.positives = [];
    this.negatives = [];
    this.ambiguous = [];
  }

  /** Lines with nothing to label. */
  add(...lines) {
    this.lines.push(...lines);
    return this;
  }

  /**
   * A line holding a secret. `secret`: `{ provider, category, doc }` and `value` (exact, as
   * written or before encoding); `shape` says how it is written (e.g. `env`, `curl -u`, `pem`);
   * `alsoLines`: further lines (offsets from this one) where a report of it counts too.
   */
  secret(line, { provider, category, doc, value, shape, encoding, alsoLines = [] }) {
    this.lines.push(line);
    const at = this.lines.length;
    this.positives.push({ file: this.path, line: at, provider, category, doc, value, shape, encoding, alsoLines: alsoLines.map((offset) => at + offset) });
    return this;
  }

  negative(line, { kind, value, shape }) {
    this.lines.push(line);
    this.negatives.push({ file: this.path, line: this.lines.length, kind, value, shape });
    return this;
  }

  unclear(line, { why, value, shape }) {
    this.lines.push(line);
    this.ambiguous.push({ file: this.path, line: this.lines.length, why, value, shape });
    return this;
  }

  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

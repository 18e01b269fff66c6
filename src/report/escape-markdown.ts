/**
 * Escaping for PR-controlled text (paths, titles, messages, evidence, URLs, env names, reasons)
 * before it enters GitHub Flavored Markdown: the comment, the job summary and SARIF help text.
 * `core.summary` and the comments API do not escape anything for us.
 */

/** Default cap for inline text, so one hostile field cannot eat the 65,536-character comment. */
export const DEFAULT_MAX_INLINE = 500;

// C0/C1 controls and DEL: newlines would end a table row, ESC would drive a terminal; matching them
// is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
// Bidirectional overrides and isolates: "Trojan Source" (CVE-2021-42574) makes text read differently
// from what it is; a reviewer must see the path as it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
// GFM inline syntax (CommonMark §2.4: any ASCII punctuation may be backslash-escaped), table cell
// separators (GFM §4.10: `\|` stays in the cell), strikethrough `~`, math `$`, and `:` so that
// `https://…` or `javascript:` in a message never turns into an extended autolink.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-!|~$:]/g;
// GitHub links `@user`, `@org/team` and `#123` after rendering, on the HTML text, so an entity
// such as `&#64;` would still notify; a zero-width joiner after the sigil breaks the pattern.
const MENTION = /([@#])(?=[\p{L}\p{N}_])/gu;
// GFM extended autolinks also start at `www.` (GFM §6.9): escaping its dot stops that.
const WWW = /\b(www)\./gi;
// `1. x` at the start of a line would open a list when a caller puts the text first on a line.
const ORDERED_LIST = /^(\s*\d{1,9})([.)])/;
const ZWJ = '\u200d';

/**
 * Cuts `text` to at most `maxLength` characters, adding `…`; never splits a surrogate pair.
 * @param maxLength default {@link DEFAULT_MAX_INLINE}
 */
export function truncateText(text: string, maxLength = DEFAULT_MAX_INLINE): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, Math.max(0, maxLength - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line of plain text: newlines and controls become spaces, bidi controls are removed. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(BIDI, '');
}

/**
 * Escapes untrusted text for inline Markdown, table cells included: every character with a meaning
 * in GFM is escaped (`&`, `<` and `>` as HTML entities, so nothing can open a tag or forge our
 * hidden `<!-- … -->` marker), newlines become spaces, `@mention` and `#123` are neutralised, and
 * the result is capped.
 * @param maxLength cap on the input before escaping; default {@link DEFAULT_MAX_INLINE}
 */
export function escapeMarkdown(text: string, maxLength = DEFAULT_MAX_INLINE): string {
  return truncateText(toSingleLine(text), maxLength)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replace(WWW, '$1\\.')
    .replace(ORDERED_LIST, '$1\\$2')
    .replace(MENTION, `$1${ZWJ}`);
}

/**
 * Renders untrusted text as inline code that is safe in a GFM table cell.
 *
 * A Markdown code span cannot do this: backslashes do not escape inside it (CommonMark §6.1), so a
 * `|` would still split the table row and a backtick run would need a longer fence. An HTML
 * `<code>` element works everywhere, but Markdown is still parsed between its tags, so every
 * character outside a small safe set is written as a numeric entity, which GFM decodes to a literal
 * character and never re-parses. Mentions are not linked inside `<code>`, so no joiner is needed
 * and the text copies as it is.
 * @param maxLength default {@link DEFAULT_MAX_INLINE}
 */
export function codeSpan(text: string, maxLength = DEFAULT_MAX_INLINE): string {
  const safe = truncateText(toSingleLine(text), maxLength)
    .replace(/[^A-Za-z0-9 .,/=\-\u00a0-\uffff]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(WWW, '$1&#46;');
  return `<code>${safe}</code>`;
}

/**
 * Escaping for text from outside (target names, URLs, incident titles, refs) before it enters the
 * status page's HTML, in text and in double-quoted attributes alike (the five characters the HTML
 * spec gives meaning to there). Controls and bidi overrides go first, as in the Markdown escaper.
 */
import { toSingleLine, truncateText } from '../../report/escape-markdown.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param maxLength cap before escaping; default 300 characters */
export function escapeHtml(text: string, maxLength = 300): string {
  return truncateText(toSingleLine(text), maxLength).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * An http(s) URL fit for an `href`, or undefined: any other scheme (`javascript:`, `data:`) is
 * shown as text only, never linked.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

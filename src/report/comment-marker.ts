/** The hidden first line that finds our PR comment again; the renderers escape it out of user text. */
export const COMMENT_MARKER = '<!-- launch-ready:comment -->';

/**
 * The marker of one sticky comment: the shared one, or with a `comment-key` its own, so two
 * workflows running launch-ready on one PR keep one comment each. Neither marker starts another:
 * the key ends before ` -->`.
 */
export function commentMarker(key?: string): string {
  return key ? `<!-- launch-ready:comment:${key} -->` : COMMENT_MARKER;
}

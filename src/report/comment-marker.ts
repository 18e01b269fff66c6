/** The hidden first line that finds our PR comment again; the renderers escape it out of user text. */
export const COMMENT_MARKER = '<!-- launch-ready:comment -->';

/**
 * Which findings become inline annotations on the PR's "Files changed" tab. The publisher turns
 * each into `core.error`/`core.warning`/`core.notice`; this only chooses and words them.
 */
import type { Finding, Severity } from './finding.js';
import { compareFindings } from './finding.js';
import { toSingleLine, truncateText } from './escape-markdown.js';

/** The workflow command an annotation becomes: `::error`, `::warning` or `::notice`. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One inline annotation, in the shape of `@actions/core`'s `AnnotationProperties` plus level and text. */
export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Repository-relative path, as GitHub matches it against the diff. */
  file: string;
  /** 1-based. */
  startLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job, and
 * drops the rest silently (actions/toolkit docs/problem-matchers.md, "Limitations"). Choosing them
 * here keeps the most severe, where printing in scan order would keep the first ten found.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Readonly<Record<Severity, AnnotationLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice'
};

/**
 * Annotations for file-located findings, most severe first, at most {@link ANNOTATIONS_PER_LEVEL}
 * per level; `omitted` counts the file-located findings that did not make it (route and env
 * findings have no line to annotate and are not counted: the comment and summary show them).
 */
export function selectAnnotations(findings: readonly Finding[]): { annotations: Annotation[]; omitted: number } {
  const perLevel: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of [...findings].sort(compareFindings)) {
    const annotation = toAnnotation(finding);
    if (!annotation) continue;
    if (perLevel[annotation.level] >= ANNOTATIONS_PER_LEVEL) {
      omitted += 1;
      continue;
    }
    perLevel[annotation.level] += 1;
    annotations.push(annotation);
  }
  return { annotations, omitted };
}

function toAnnotation(finding: Finding): Annotation | undefined {
  const location = finding.location;
  if (location?.kind !== 'file') return undefined;
  const what = toSingleLine(finding.message) + (finding.evidence ? ` (${toSingleLine(finding.evidence)})` : '');
  const lines = finding.remediation ? [what, `Fix: ${toSingleLine(finding.remediation)}`] : [what];
  const annotation: Annotation = {
    level: LEVEL[finding.severity],
    title: truncateText(toSingleLine(`${finding.title} [${finding.ruleId}]`), 200),
    message: truncateText(lines.join('\n'), 1000),
    file: location.path,
    startLine: Math.max(1, Math.trunc(location.line) || 1)
  };
  if (location.column !== undefined && location.column >= 1) {
    annotation.startColumn = location.column;
    // Finding.endColumn is exclusive (as in SARIF); an annotation's endColumn is the last column.
    if (location.endColumn !== undefined && location.endColumn > location.column) annotation.endColumn = location.endColumn - 1;
  }
  return annotation;
}

import type { Report } from '../report/report.js';
import { renderComment } from '../report/render-comment.js';
import { renderJson } from '../report/render-json.js';
import { renderSarif } from '../report/render-sarif.js';
import { renderText } from '../report/render-text.js';
import { COMMENT_MARKER } from '../report/comment-marker.js';
import { VERSION } from '../version.js';
import type { OutputFormat } from './parse-cli-args.js';

/** The CLI's `--format`: the same renderers the action publishes with. */
export function renderFormat(report: Report, format: OutputFormat, options: { color: boolean }): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'markdown':
      return renderComment(report, { marker: COMMENT_MARKER });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, { toolVersion: VERSION }), null, 2)}\n`;
  }
}

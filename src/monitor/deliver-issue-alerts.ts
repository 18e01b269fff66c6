/**
 * The issue channel: one GitHub issue per incident, found by its hidden marker before anything is
 * created, so a retried run or two overlapping runs never open a second one (and when two created
 * one at the same instant, the oldest stays and the others are closed as duplicates). Comments on
 * change; on recovery a comment with the downtime, then closed. A failure is a warning: the state
 * is already saved, and the next change tries again.
 */
import type { IssueWriter, ListedIssue } from '../github/issue-writer.js';
import { summarizeGitHubError, httpStatus } from '../github/github-error.js';
import type { Logger } from '../logger.js';
import type { AlertAction } from './alert-action.js';
import { INCIDENT_LABEL, incidentMarker, issueTitle, renderChangeComment, renderIssueBody, renderNoticeBody, renderRecoveryComment } from './render-alert.js';

export async function deliverIssueAlerts(writer: IssueWriter, actions: readonly AlertAction[], logger: Logger): Promise<void> {
  for (const action of actions) {
    try {
      await deliver(writer, action, logger);
    } catch (error) {
      const hint = httpStatus(error) === 403 || httpStatus(error) === 404 ? ' — the workflow needs `permissions: issues: write`' : '';
      logger.warning(`could not ${action.kind} the issue of incident ${action.incident.id} (${summarizeGitHubError(error)}${hint})`);
    }
  }
}

async function deliver(writer: IssueWriter, action: AlertAction, logger: Logger): Promise<void> {
  const existing = await marked(writer, action);
  if (action.kind === 'open' || action.kind === 'notice') {
    if (existing[0]) return logger.info(`incident ${action.incident.id} already has issue #${existing[0].number}`);
    const body = action.kind === 'open' ? renderIssueBody(action) : renderNoticeBody(action);
    const created = await writer.create({ title: issueTitle(action.incident), body, labels: [INCIDENT_LABEL] });
    logger.info(`opened issue #${created.number} for ${action.incident.name}`);
    await closeDuplicates(writer, await marked(writer, action));
    return;
  }
  const issue = existing[0];
  if (!issue) return logger.warning(`incident ${action.incident.id} has no open issue to ${action.kind === 'close' ? 'close' : 'comment on'}`);
  if (action.kind === 'comment') return writer.comment(issue.number, renderChangeComment(action));
  await writer.comment(issue.number, renderRecoveryComment(action.incident));
  await writer.close(issue.number, 'completed');
  logger.info(`closed issue #${issue.number}: ${action.incident.name} recovered`);
}

/** The open issues carrying this incident's marker, oldest first. */
async function marked(writer: IssueWriter, action: AlertAction): Promise<ListedIssue[]> {
  const marker = incidentMarker(action.incident);
  return (await writer.listOpen(INCIDENT_LABEL)).filter((issue) => issue.body.startsWith(marker));
}

/** Two runs that both created an issue in the same instant: the oldest is the incident's. */
async function closeDuplicates(writer: IssueWriter, issues: readonly ListedIssue[]): Promise<void> {
  const [kept, ...duplicates] = issues;
  for (const duplicate of duplicates) {
    await writer.comment(duplicate.number, `Duplicate of #${kept!.number}: another run opened it at the same time.`);
    await writer.close(duplicate.number, 'not_planned');
  }
}

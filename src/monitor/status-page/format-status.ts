/** Words and numbers shared by the status page and its Markdown, so both say the same thing. */
import type { CertificateView, StatusView, TargetState } from './build-status-view.js';

/** Up or down in words with a shape, so the state never rests on colour alone. */
export const STATE_TEXT: Readonly<Record<TargetState, string>> = { up: '▲ Up', down: '▼ Down', unknown: '• No data' };

export const OVERALL_TEXT: Readonly<Record<StatusView['overall'], string>> = {
  operational: 'All systems operational',
  degraded: 'Some systems are having problems',
  unknown: 'No monitoring data yet'
};

/** `2026-12-07 17:20 UTC`: UTC, so the page reads the same wherever it was built. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return 'unknown time';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-12-21` */
export function formatDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : 'unknown date';
}

/** `340 ms`, or an em dash when there is no value. */
export function formatMs(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** `✖ Expired`, `⚠ Expires in 5 days`, `✔ In 80 days` (the date is shown beside it). */
export function describeExpiry(certificate: CertificateView): string {
  const days = (count: number): string => `${count} day${count === 1 ? '' : 's'}`;
  if (certificate.state === 'expired') return '✖ Expired';
  if (certificate.state === 'soon') return `⚠ Expires in ${days(certificate.daysLeft)}`;
  return `✔ In ${days(certificate.daysLeft)}`;
}

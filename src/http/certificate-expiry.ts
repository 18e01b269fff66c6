/**
 * How close a certificate is to expiry, and how bad that is: shared by the checks that read TLS
 * facts (smoke for the routes it requests, domain for every declared host), so both warn alike.
 */
import type { Severity } from '../report/finding.js';

const DAY_MS = 86_400_000;
/** Under this many days: high (renewal is overdue; Let's Encrypt renews at 30). */
export const EXPIRY_WARNING_DAYS = 14;
/** Under this many days: critical (customers see the browser's warning within days). */
export const EXPIRY_CRITICAL_DAYS = 3;

/** Whole days from `now` to `validTo` (ISO 8601), negative once expired. */
export function daysUntilExpiry(validTo: string, now: Date): number {
  return Math.floor((Date.parse(validTo) - now.getTime()) / DAY_MS);
}

/** The severity for `days` left, or undefined when the certificate is far from expiry. */
export function expirySeverity(days: number): Severity | undefined {
  if (days < EXPIRY_CRITICAL_DAYS) return 'critical';
  return days < EXPIRY_WARNING_DAYS ? 'high' : undefined;
}

/** "expires in 2 days (2026-12-09)". */
export function describeExpiry(days: number, validTo: string): string {
  return `expires in ${days} day${days === 1 ? '' : 's'} (${validTo.slice(0, 10)})`;
}

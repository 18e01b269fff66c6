/**
 * What to do when a known failure happens after launch, written once here: expired certificate,
 * broken redirect, failed deploy, missing email, leaked secret. The ones this run found come first
 * and open; the others stay folded, ready for the day they happen.
 */
import type { Finding } from '../report/finding.js';
import type { Report } from '../report/report.js';

interface Playbook {
  title: string;
  /** Which findings mean this failure happened. */
  matches: (finding: Finding) => boolean;
  steps: string[];
}

const PLAYBOOKS: readonly Playbook[] = [
  {
    title: 'Expired or untrusted certificate',
    matches: (finding) => /tls|cert/i.test(finding.ruleId),
    steps: [
      'Renew at the certificate’s issuer or edge (hosting dashboards renew Let’s Encrypt certificates when the DNS points at them).',
      'Check that every host’s DNS still points at the edge that holds the certificate: a moved record stops renewals.',
      'Re-run `launch-ready run --checks smoke` (and `domain`) to confirm the new expiry date.'
    ]
  },
  {
    title: 'Broken redirect',
    matches: (finding) => /redirect|http-not-https/i.test(finding.ruleId),
    steps: [
      'Follow the chain by hand: `curl -sIL https://HOST/PATH` shows every hop.',
      'Fix the loop or the stray host in the app’s or the edge’s redirect rules, one hop to the canonical host.',
      'Roll back the last deploy if the redirect broke with it, then fix forward.'
    ]
  },
  {
    title: 'Failed deploy',
    matches: (finding) => /not-ready|preview-failed|no-preview|unreachable|route-failed|flow-failed/i.test(finding.ruleId),
    steps: [
      'Roll back to the last good deploy from the hosting dashboard (or redeploy its commit).',
      'Read the build and runtime logs of the failed deploy; a missing env var is the usual cause (see Environment variables).',
      'Fix on a branch; the pull request’s smoke test proves the fix before it reaches production.'
    ]
  },
  {
    title: 'Email not delivered or not authenticated',
    matches: (finding) => /email|spf|dkim|dmarc|\bmx\b|inbox/i.test(finding.ruleId),
    steps: [
      'Check the MX, SPF, DKIM and DMARC records against what the email provider’s dashboard expects.',
      'Send a test message and read its headers: `spf=pass`, `dkim=pass`, `dmarc=pass`.',
      'Until fixed, tell customers another way to reach you (a status note, the contact page).'
    ]
  },
  {
    title: 'Leaked secret',
    matches: (finding) => finding.check === 'secrets',
    steps: [
      'Rotate the credential at its provider first: removing it from the code does not un-leak it.',
      'Update the new value where it is set (hosting platform, CI secrets), then remove the old one from the code and history if needed.',
      'Check the provider’s logs for use of the old credential.'
    ]
  }
];

export function renderRecoverySteps(report: Report): string[] {
  const findings = report.results.flatMap((result) => result.findings).filter((finding) => !finding.known);
  const seen = PLAYBOOKS.filter((playbook) => findings.some(playbook.matches));
  const unseen = PLAYBOOKS.filter((playbook) => !seen.includes(playbook));
  const lines = ['## Recovery steps', ''];
  if (seen.length === 0) lines.push('None of these failures was found in this run; the steps are here for the day one happens.', '');
  for (const playbook of seen) lines.push(`### ${playbook.title} (found in this run)`, '', ...playbook.steps.map((step, index) => `${index + 1}. ${step}`), '');
  for (const playbook of unseen) {
    lines.push(`<details><summary>${playbook.title}</summary>`, '', ...playbook.steps.map((step, index) => `${index + 1}. ${step}`), '', '</details>', '');
  }
  return lines.slice(0, -1);
}

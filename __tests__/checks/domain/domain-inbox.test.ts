/**
 * The inbox test inside the domain check (the mail layer itself is tested against Dovecot in
 * __tests__/mail): a mailbox that cannot be read is a finding, never a silent pass, and the
 * password reaches nothing the pipeline puts out.
 */
import { createServer, type Server } from 'node:net';
import type { Check } from '../../../src/checks/check.js';
import { CHECKS } from '../../../src/checks/registry.js';
import { run } from '../../../src/run.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { checkDeps } from '../../helpers/check-deps.js';

const PASSWORD = 'imap-PLANTED-domain-password-7d1e';
const domainCheck = CHECKS.find((check) => check.name === 'domain') as Check;

/** A port that accepts connections and closes them at once: no IMAP greeting ever comes. */
let closing: Server;
let port: number;
beforeAll(async () => {
  closing = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  port = (closing.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => closing.close(() => resolve())));

const yaml = () =>
  [
    'domain:',
    '  email:',
    '    inbox:',
    '      host: localhost',
    `      port: ${port}`,
    '      user: tester@example.test',
    '      password: ${env.INBOX_PASSWORD}',
    '      within: 2s',
    '      expect: { to: tester@example.test, subjectContains: Confirm your email }'
  ].join('\n');

test('a password missing from the environment: one high finding that names the variable, and the rest of the check runs', async () => {
  const outcome = await domainCheck.run(parseConfig(yaml(), 'launch-ready.yml'), {} as Context, checkDeps());
  expect(outcome.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['high email-inbox-unavailable']);
  expect(outcome.findings[0]!.message).toMatch(/^The confirmation email to tester@example\.test was not checked: .*INBOX_PASSWORD/);
  expect(outcome.metrics).toMatchObject({ emailArrived: 0 });
});

test('a mailbox that hangs up: a finding, and the password is cut from the whole report', async () => {
  const report = await run({
    config: parseConfig(yaml(), 'launch-ready.yml'),
    context: { eventName: 'local', kind: 'local', workspace: process.cwd(), hasToken: false } as Context,
    checks: ['domain'],
    deps: { ...checkDeps({ env: { INBOX_PASSWORD: PASSWORD } }) }
  });
  const domain = report.results.find((result) => result.check === 'domain')!;
  expect(domain.findings.map((finding) => finding.ruleId)).toEqual(['email-inbox-unavailable']);
  expect(JSON.stringify(report)).not.toContain(PASSWORD);
});

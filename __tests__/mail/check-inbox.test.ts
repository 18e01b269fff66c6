/**
 * Issue #17, acceptance 2: the inbox test against a real IMAP server (Dovecot) and a real DNS
 * zone (dnsmasq), both on 127.0.0.1, with messages the test signed: one that passes, one whose
 * body changed after signing, one signed by another domain, one that never arrives. The password
 * and the body's secret never reach a finding, an error or a log line.
 */
import { createServer, type Socket } from 'node:net';
import { systemClock } from '../../src/clock.js';
import { recordingLogger } from '../../src/logger.js';
import { checkInbox, createMailDnsResolver, type InboxDeps, type InboxOutcome } from '../../src/mail/index.js';
import { deliveredMessage, PASSWORD, RECIPIENT, SECRET_BODY, startMailWorld, type MailWorld } from './mail-fixture.js';

let world: MailWorld;
const logger = recordingLogger();
const outcomes: InboxOutcome[] = [];

beforeAll(async () => {
  world = await startMailWorld();
});

afterAll(async () => {
  // Everything any test produced: no password, no body text.
  const everything = JSON.stringify(outcomes.map(({ redact: _redact, ...shown }) => shown)) + logger.lines.join('\n');
  expect(everything).not.toContain(PASSWORD);
  expect(everything).not.toContain(SECRET_BODY);
  await world.stop();
});

function deps(overrides: Partial<InboxDeps> = {}): InboxDeps {
  return {
    env: { INBOX_PASSWORD: PASSWORD },
    clock: systemClock(),
    signal: new AbortController().signal,
    resolver: createMailDnsResolver({ nameservers: [world.dns.nameserver], timeoutMs: 1000 }),
    ca: world.ca,
    since: new Date(Date.now() - 5_000),
    pollMs: 500,
    logger,
    ...overrides
  };
}

async function run(subject: string, overrides: Partial<InboxDeps> = {}, withinMs?: number): Promise<InboxOutcome> {
  const outcome = await checkInbox(world.inbox(), deps(overrides), { expect: { to: RECIPIENT, subjectContains: subject }, ...(withinMs ? { withinMs } : {}) });
  outcomes.push(outcome);
  return outcome;
}

const rules = (outcome: InboxOutcome): string[] => outcome.findings.map((finding) => `${finding.ruleId}:${finding.severity}`).sort();

test('a message signed by the From domain, with SPF and DMARC passing, gives no finding', async () => {
  await world.imap.append(await deliveredMessage({ subject: 'Confirm your email [pass]', signer: world.shop }));
  const outcome = await run('confirm your email [pass]');
  expect(outcome).toMatchObject({ arrived: true, subject: 'Confirm your email [pass]', findings: [], redact: [PASSWORD] });
});

test('a message that arrives during the wait (STARTTLS mailbox) wakes the wait', async () => {
  const inbox = world.inbox({ port: world.imap.starttlsPort, tls: 'starttls' });
  const later = setTimeout(() => void deliveredMessage({ subject: 'Welcome aboard [late]', signer: world.shop }).then((raw) => world.imap.append(raw)), 700);
  try {
    const outcome = await checkInbox(inbox, deps(), { expect: { to: RECIPIENT, subjectContains: '[late]' } });
    outcomes.push(outcome);
    expect(outcome).toMatchObject({ arrived: true, subject: 'Welcome aboard [late]', findings: [] });
  } finally {
    clearTimeout(later);
  }
});

test('a body changed after signing: DKIM fails (high), saying why and how to fix it', async () => {
  await world.imap.append(await deliveredMessage({ subject: 'Confirm your email [broken]', signer: world.shop, tamper: true }));
  const outcome = await run('[broken]');
  expect(rules(outcome)).toContain('email-dkim-failed:high');
  const dkim = outcome.findings.find((finding) => finding.ruleId === 'email-dkim-failed')!;
  expect(dkim.message).toContain('d=shop.test s=s1');
  expect(dkim.message).toContain('Confirm your email [broken]');
  expect(dkim.remediation).toMatch(/after it is signed/);
  expect(dkim.location).toEqual({ kind: 'url', url: `mailto:${RECIPIENT}` });
});

test('a message signed by the provider\'s domain: not aligned (high) and DMARC fails (high)', async () => {
  await world.imap.append(await deliveredMessage({ subject: 'Confirm your email [foreign]', signer: world.mailer }));
  const outcome = await run('[foreign]');
  expect(rules(outcome)).toEqual(['email-dkim-not-aligned:high', 'email-dmarc-failed:high']);
  const aligned = outcome.findings.find((finding) => finding.ruleId === 'email-dkim-not-aligned')!;
  expect(aligned.message).toContain('signed by mailer.test, not by shop.test');
  expect(aligned.remediation).toContain('d=shop.test');
});

test('signed by the provider but SPF aligned: DMARC passes, so the foreign signature is medium', async () => {
  await world.imap.append(await deliveredMessage({ subject: 'Confirm your email [spf-aligned]', signer: world.mailer, bounceDomain: 'shop.test' }));
  expect(rules(await run('[spf-aligned]'))).toEqual(['email-dkim-not-aligned:medium']);
});

test("the receiving server's Authentication-Results decide SPF and DMARC", async () => {
  const authenticationResults = 'mx.inbox.test; dkim=pass (good) header.d=shop.test; spf=softfail (mx.inbox.test: 192.0.2.10 is not allowed) smtp.mailfrom=shop.test; dmarc=pass header.from=shop.test';
  await world.imap.append(await deliveredMessage({ subject: 'Confirm your email [receiver]', signer: world.shop, authenticationResults }));
  const outcome = await run('[receiver]');
  expect(rules(outcome)).toEqual(['email-spf-failed:medium']);
  expect(outcome.findings[0]!.message).toContain('softfail (the receiving server)');
  expect(outcome.findings[0]!.evidence).toContain('receiver mx.inbox.test: dkim=pass spf=softfail dmarc=pass');
});

test('a message that never arrives ends at the deadline with a high finding', async () => {
  const outcome = await run('[never]', {}, 1_500);
  expect(outcome.arrived).toBe(false);
  expect(rules(outcome)).toEqual(['email-not-received:high']);
  expect(outcome.findings[0]!.message).toBe(`No message to ${RECIPIENT} with "[never]" in the subject reached INBOX within 1.5 s.`);
});

test("the caller's signal ends the wait with its reason", async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('check deadline')), 300);
  await expect(run('[aborted]', { signal: controller.signal }, 60_000)).rejects.toThrow('check deadline');
});

test('a refused login is an error that names the user, never the password', async () => {
  const wrong = 'wrong-PLANTED-password-77aa';
  const outcome = await run('[pass]', { env: { INBOX_PASSWORD: wrong } });
  expect(outcome.error).toMatch(/refused the login of tester@example.test/);
  expect(JSON.stringify(outcome.error)).not.toContain(wrong);
  expect(outcome.redact).toEqual([wrong]);
});

test('an unset password variable is an error naming the variable', async () => {
  const outcome = await run('[pass]', { env: {} });
  expect(outcome.error).toMatch(/environment variable INBOX_PASSWORD is not set/);
  expect(outcome.findings).toEqual([]);
});

test('a server certificate from an unknown CA is an error, and the password is not sent', async () => {
  const outcome = await run('[pass]', { ca: undefined });
  expect(outcome.error).toMatch(/TLS certificate of 127.0.0.1:\d+ is not trusted/);
});

test('an IMAP server that accepts and never answers ends at the deadline as an error, not a hang', async () => {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  try {
    const outcome = await checkInbox(world.inbox({ port }), deps(), { expect: { to: RECIPIENT, subjectContains: '[pass]' }, withinMs: 800 });
    outcomes.push(outcome);
    expect(outcome.error).toBe(`INBOX on 127.0.0.1:${port} did not answer within 0.8 s`);
    expect(outcome.findings).toEqual([]);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

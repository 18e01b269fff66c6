/** domain.email.inbox: its keys and defaults, and located errors that never echo a password. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';

const section = (lines: string[]): string[] => ['domain:', '  email:', '    inbox:', ...lines.map((line) => `      ${line}`)];

test('every key parses; within becomes milliseconds', () => {
  const config = parseConfig(
    section([
      'host: imap.example.com',
      'port: 1143',
      'tls: starttls',
      'user: ${env.INBOX_USER}',
      'password: ${env.INBOX_PASSWORD}',
      'mailbox: Launch',
      'within: 90s',
      'expect: { to: launch-test@example.com, subjectContains: Confirm your email, from: no-reply@example.com }'
    ]).join('\n'),
    'launch-ready.yml'
  );
  expect(config.domain!.email!.inbox).toEqual({
    host: 'imap.example.com',
    port: 1143,
    tls: 'starttls',
    user: '${env.INBOX_USER}',
    password: '${env.INBOX_PASSWORD}',
    mailbox: 'Launch',
    withinMs: 90_000,
    expect: { to: 'launch-test@example.com', subjectContains: 'Confirm your email', from: 'no-reply@example.com' }
  });
});

test('defaults: tls on 993 (143 with starttls), INBOX, 2 minutes, no expectation', () => {
  const parse = (extra: string[]) => parseConfig(section(['host: imap.example.com', 'user: tester', 'password: ${env.P}', ...extra]).join('\n'), 'launch-ready.yml').domain!.email!.inbox;
  expect(parse([])).toEqual({ host: 'imap.example.com', port: 993, tls: 'tls', user: 'tester', password: '${env.P}', mailbox: 'INBOX', withinMs: 120_000 });
  expect(parse(['tls: starttls'])!.port).toBe(143);
});

test('a password written in the file is a located error that does not repeat it', () => {
  const message = configErrorFor(section(['host: imap.example.com', 'user: tester', 'password: hunter2-PLANTED-literal']));
  expect(message).toBe('launch-ready.yml:6:17: domain.email.inbox.password: expected a reference to an environment variable, like ${env.VERCEL_TOKEN}');
  expect(message).not.toContain('hunter2');
});

test.each([
  ['a port out of range', ['host: imap.example.com', 'port: 70000', 'user: t', 'password: ${env.P}'], 'launch-ready.yml:5:13: domain.email.inbox.port: expected a port from 1 to 65535, like 993; got 70000'],
  ['a plaintext mode', ['host: imap.example.com', 'tls: none', 'user: t', 'password: ${env.P}'], 'launch-ready.yml:5:12: domain.email.inbox.tls: expected one of tls, starttls; got "none"'],
  ['a host that is not a host name', ['host: imap example', 'user: t', 'password: ${env.P}'], 'launch-ready.yml:4:13: domain.email.inbox.host: expected a host name like shop.example.com; got "imap example"'],
  ['a recipient that is not an address', ['host: h', 'user: t', 'password: ${env.P}', 'expect: { to: nobody, subjectContains: x }'], 'launch-ready.yml:7:21: domain.email.inbox.expect.to: expected an email address like launch-test@example.com; got "nobody"'],
  ['no password', ['host: h', 'user: t'], 'launch-ready.yml:4:7: domain.email.inbox: missing required key "password"'],
  ['a misspelt key', ['host: h', 'user: t', 'password: ${env.P}', 'withn: 1m'], 'launch-ready.yml:7:7: unknown key "withn" in domain.email.inbox; did you mean "within"?']
])('%s', (_name, lines, expected) => {
  expect(configErrorFor(section(lines))).toBe(expected);
});

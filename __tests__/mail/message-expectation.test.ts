/** Which message counts: received since the run started (less a little skew), to the address, with the subject fragment. */
import { CLOCK_SKEW_MS, matchesEnvelope, searchQuery, type EnvelopeFacts } from '../../src/mail/message-expectation.js';

const since = new Date('2026-03-01T12:00:00Z');
const expectation = { to: 'Launch-Test@example.com', subjectContains: 'confirm your' };
const base: EnvelopeFacts = { subject: 'Please Confirm your email', to: [{ address: 'launch-test@EXAMPLE.com' }], from: [{ address: 'no-reply@shop.test' }], receivedAt: since };

test.each<[string, EnvelopeFacts, boolean]>([
  ['matches without case', base, true],
  ['received just before the run, within the clock skew', { ...base, receivedAt: new Date(since.getTime() - CLOCK_SKEW_MS + 1) }, true],
  ['received before the run: an earlier run\'s', { ...base, receivedAt: new Date(since.getTime() - CLOCK_SKEW_MS - 1) }, false],
  ['no received date', { ...base, receivedAt: undefined }, false],
  ['another subject', { ...base, subject: 'Your receipt' }, false],
  ['to someone else', { ...base, to: [{ address: 'other@example.com' }] }, false],
  ['to us in Cc', { ...base, to: [], cc: [{ address: 'launch-test@example.com' }] }, true]
])('%s', (_name, envelope, expected) => {
  expect(matchesEnvelope(envelope, expectation, since)).toBe(expected);
});

test('from, when given, must match too', () => {
  expect(matchesEnvelope(base, { ...expectation, from: 'no-reply@shop.test' }, since)).toBe(true);
  expect(matchesEnvelope(base, { ...expectation, from: 'billing@shop.test' }, since)).toBe(false);
});

test('the IMAP search starts a day early (SINCE has day granularity) and narrows by to, subject and from', () => {
  expect(searchQuery({ ...expectation, from: 'no-reply@shop.test' }, since)).toEqual({
    since: new Date('2026-02-28T12:00:00Z'),
    to: 'Launch-Test@example.com',
    subject: 'confirm your',
    from: 'no-reply@shop.test'
  });
});

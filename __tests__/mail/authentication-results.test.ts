/** The receiving server's verdicts: the topmost Authentication-Results only, comments and folding ignored. */
import { headerBlock, receiverVerdicts } from '../../src/mail/authentication-results.js';

test.each([
  ['mx.google.com; dkim=pass header.i=@shop.test header.s=s1; spf=pass (google.com: domain of bounce@shop.test designates 192.0.2.10 as permitted sender) smtp.mailfrom=shop.test; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.test',
    { authservId: 'mx.google.com', results: { dkim: 'pass', spf: 'pass', dmarc: 'pass' } }],
  ['mx.example.net 1; DKIM=Fail (bad; signature) header.d=shop.test; dkim=pass header.d=mailer.test; spf=softfail',
    { authservId: 'mx.example.net', results: { dkim: 'fail', spf: 'softfail' } }],
  ['mx.example.net; none', { authservId: 'mx.example.net', results: {} }]
])('%s', (value, expected) => {
  expect(receiverVerdicts(`Authentication-Results: ${value}\r\nSubject: x`)).toEqual(expected);
});

test('the topmost header wins over one that came with the message, and folded lines are unfolded', () => {
  const headers = ['Authentication-Results: mx.inbox.test;', '\tdkim=fail', '  (body hash did not verify); dmarc=fail', 'Received: from x', 'Authentication-Results: forged.example; dkim=pass; dmarc=pass'].join('\r\n');
  expect(receiverVerdicts(headers)).toEqual({ authservId: 'mx.inbox.test', results: { dkim: 'fail', dmarc: 'fail' } });
});

test('no header, no verdicts; the header block ends at the first empty line', () => {
  expect(receiverVerdicts('Subject: hi')).toBeUndefined();
  expect(headerBlock(Buffer.from('Subject: hi\r\n\r\nAuthentication-Results: body; dkim=pass\r\n'))).toBe('Subject: hi');
  expect(receiverVerdicts(headerBlock(Buffer.from('Subject: hi\r\n\r\nAuthentication-Results: body; dkim=pass\r\n')))).toBeUndefined();
});

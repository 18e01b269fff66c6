/**
 * Secret-shaped test values, assembled at run time: a literal realistic token in this repository
 * would trip GitHub push protection (and our own tree scan). None of these is a real credential.
 */
import { recordingLogger } from '../../../src/logger.js';

const join = (...parts: string[]) => parts.join('');

export const FAKE = {
  githubClassic: join('ghp', '_', 'A1b2'.repeat(9)),
  githubOauth: join('gho', '_', 'Zy9X'.repeat(9)),
  githubFineGrained: join('github', '_pat_', '11AB'.repeat(5), 'CD', '_', 'q1W2e3R4t5'.repeat(5), 'Y6u7I8o9P'),
  awsKeyId: join('AKIA', 'QWER2345TYUI6723'),
  awsTempKeyId: join('ASIA', 'ZXCV7654MNBV3245'),
  awsSecret: join('Zq8/', 'Lm4+Tx7Pn2Rv'.repeat(3)),
  stripeLive: join('sk', '_live_', '51Hq', 'Zx9Kp2Lm'.repeat(3)),
  stripeRestricted: join('rk', '_live_', '51Hq', 'Wv8Jn3Ko'.repeat(3)),
  stripeTest: join('sk', '_test_', '51Hq', 'Ab3Cd4Ef'.repeat(3)),
  slackBot: join('xox', 'b-', '2948571036-', '7391846205713-', 'AbCdEfGhIjKlMnOpQrStUvWx'),
  slackWebhook: join('https://hooks', '.slack.com/services/', 'T0A1B2C3D/', 'B4E5F6G7H/', 'Qw3rTy6uIo9pAs2dFg5hJk8l'),
  privateKeyHeader: join('-----BEGIN ', 'RSA PRIVATE', ' KEY-----'),
  googleApiKey: join('AIza', 'Sy', 'D1e2F3g4'.repeat(4), '-'),
  npmToken: join('npm', '_', 'a1B2c3D4e5'.repeat(3), 'F6g7H8')
} as const;

/** Every planted value, for leak assertions. */
export const ALL_FAKE_VALUES: readonly string[] = Object.values(FAKE);

/**
 * Fails when a planted value, or any 12-character run of it past the 4-character prefix that
 * evidence may show, appears in the text: catches partial leaks too, not just whole values.
 */
export function expectNotLeaked(text: string, values: readonly string[] = ALL_FAKE_VALUES): void {
  for (const value of values) {
    expect(text).not.toContain(value);
    const tail = value.slice(4);
    for (let start = 0; start + 12 <= tail.length; start += 1) {
      const window = tail.slice(start, start + 12);
      if (text.includes(window)) throw new Error(`leaked part of a planted secret: …${window.slice(0, 2)}…`);
    }
  }
}

/** JSON of an outcome plus every recorded log line: the whole output surface of a check. */
export function outputSurface(outcome: unknown, logger: ReturnType<typeof recordingLogger>): string {
  return `${JSON.stringify(outcome)}\n${logger.lines.join('\n')}`;
}

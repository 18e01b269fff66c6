/**
 * Rules and secret-shaped values for the engine's tests. The rules are the engine's own (not the
 * built-in pack, which has its own tests), so each behaviour is tested with the smallest rule that
 * shows it. Values are assembled at run time: a literal realistic token would trip push protection.
 */
import type { SecretsConfig } from '../../src/config/config-types.js';
import type { ScannerOptions, SecretRule, SecretScanner } from '../../src/detect/contracts.js';
import { createSecretScanner } from '../../src/detect/create-scanner.js';

export const join = (...parts: string[]): string => parts.join('');

/** 32 characters of mixed base62 with no ascending run and no repeats: not a placeholder. */
const BODY = join('Q7w8E9r0', 'T1y2U3i4', 'O5p6A7s8', 'D9f0G1h2');
const BODY_2 = join('Zx9Kp2Lm', 'Wv8Jn3Ko', 'Rb4Tc5Yd', 'Hq6Fs7Ge');
const BODY_3 = join('m4Nb7Vc1', 'Xz3Lk9Jh', 'Gf2Ds8Ap', 'Oi5Uy6Tr');

export const VALUES = {
  token: join('tok', '_', BODY),
  token2: join('tok', '_', BODY_2),
  token3: join('tok', '_', BODY_3),
  /** Ends in `OK`: the checksum rule verifies it. */
  checked: join('chk', '_', BODY.slice(0, 30), 'OK'),
  /** Ends in `NO`: the checksum fails. */
  unchecked: join('chk', '_', BODY.slice(0, 30), 'NO'),
  generic: join('s3cr', 'Et-V4lu', 'e-9xQ2'),
  pemBody: [join('MIIEow', 'IBAAKCAQEA', BODY), BODY_2 + BODY_3, join(BODY_3, 'AQAB')]
} as const;

export const tokenRule: SecretRule = {
  id: 'test-token',
  title: 'Test token',
  description: 'A provider-style token with a fixed prefix.',
  severity: 'critical',
  keywords: ['tok_'],
  pattern: /\btok_[A-Za-z0-9]{32}\b/g,
  remediation: 'Rotate the test token.',
  category: 'saas'
};

export const checksumRule: SecretRule = {
  id: 'test-checked',
  title: 'Checked token',
  description: 'A token with an offline checksum.',
  severity: 'high',
  keywords: ['chk_'],
  pattern: /\bchk_[A-Za-z0-9]{32}\b/g,
  verify: (secret) => (secret.endsWith('OK') ? true : secret.endsWith('NO') ? false : undefined),
  confidence: 'medium',
  remediation: 'Rotate it.',
  category: 'source-host'
};

export const pemRule: SecretRule = {
  id: 'test-private-key',
  title: 'Test private key',
  description: 'A whole PEM block.',
  severity: 'critical',
  keywords: ['begin test private key'],
  pattern: /-----BEGIN TEST PRIVATE KEY-----[\s\S]*?-----END TEST PRIVATE KEY-----/g,
  scope: 'file',
  remediation: 'Replace the key pair.',
  category: 'key'
};

export const genericRule: SecretRule = {
  id: 'generic-secret',
  title: 'Generic secret',
  description: 'A value assigned to a name with `secret` in it.',
  severity: 'high',
  keywords: ['secret'],
  pattern: /secret[a-z_]*["']?\s*[:=]\s*["']?([A-Za-z0-9_+/-]{12,})/gi,
  secretGroup: 1,
  minEntropy: 3,
  confidence: 'medium',
  remediation: 'Move it to a secret store.',
  category: 'generic'
};

export const uuidKeyRule: SecretRule = {
  id: 'uuid-key',
  title: 'UUID-format key',
  description: 'A provider whose keys are UUIDs.',
  severity: 'high',
  keywords: ['uuidkey'],
  pattern: /uuidkey=([0-9a-f-]{36})/g,
  secretGroup: 1,
  skipFilters: ['uuid'],
  remediation: 'Rotate it.',
  category: 'cloud'
};

export const ALL_RULES: readonly SecretRule[] = [tokenRule, checksumRule, pemRule, genericRule, uuidKeyRule];

export function pemBlock(): string {
  return ['-----BEGIN TEST PRIVATE KEY-----', ...VALUES.pemBody, '-----END TEST PRIVATE KEY-----'].join('\n');
}

export function secretsConfig(overrides: Partial<SecretsConfig> = {}): SecretsConfig {
  return { scan: 'diff', paths: { include: [], exclude: [] }, artifacts: [], allow: [], disableRules: [], rules: [], ...overrides };
}

export const TODAY = new Date('2025-06-15T12:00:00Z');

export function scannerWith(options: Partial<Omit<ScannerOptions, 'config'>> & { config?: Partial<SecretsConfig> } = {}): SecretScanner {
  return createSecretScanner({
    rules: ALL_RULES,
    today: () => TODAY,
    ...options,
    config: secretsConfig(options.config)
  });
}

/** Scans one file scanned in full (`present`) unless told otherwise. */
export function scanText(text: string, path = 'src/app.ts', scanner = scannerWith()) {
  return scanner.scan({ path, text, origin: 'present' });
}

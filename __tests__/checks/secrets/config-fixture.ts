import type { Config, SecretsConfig } from '../../../src/config/config-types.js';

/** A Config with the documented defaults and the given `secrets` overrides. */
export function configWith(secrets: Partial<SecretsConfig> = {}): Config {
  return {
    failOn: 'critical',
    headers: {},
    timeoutMs: 600_000,
    secrets: {
      scan: 'diff',
      paths: { include: [], exclude: [] },
      artifacts: [],
      allow: [],
      disableRules: [],
      rules: [],
      ...secrets
    }
  };
}

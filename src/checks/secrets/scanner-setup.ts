/**
 * Everything a secret scanner is built from, as plain data: the main thread builds its scanner
 * from it, and each scan worker builds an identical one from the copy it is sent (functions,
 * regular expressions and dates do not cross threads; the rules are compiled again on each side).
 */
import type { SecretsConfig } from '../../config/config-types.js';
import type { KnownValue, SecretScanner } from '../../detect/contracts.js';
import type { Automaton } from '../../detect/keyword-automaton.js';
import { createSecretScanner } from '../../detect/create-scanner.js';
import { compileCustomRules } from '../../detect/custom-rules.js';
import { BUILTIN_RULES } from '../../detect/rules/index.js';

export interface ScannerSetup {
  secrets: SecretsConfig;
  /** Values of the `secret: true` env vars set in this run, searched in artifacts. */
  knownValues: KnownValue[];
  /** Today (ISO 8601), for the expiry of allow entries: the same day in every thread. */
  today: string;
  fingerprintSalt?: string;
  fingerprintKey?: string;
  /** Where findings about allow entries point. */
  configFile?: string;
  /** The main thread's keyword automaton, for a worker's scanner (`ScannerOptions.automaton`). */
  automaton?: Automaton;
}

/** The main thread's scanner (`deferStretching`), or a worker's (`handOverStretching`). */
export function createScannerFromSetup(setup: ScannerSetup, side: 'main' | 'worker'): SecretScanner {
  return createSecretScanner({
    rules: [...BUILTIN_RULES, ...compileCustomRules(setup.secrets.rules)],
    config: setup.secrets,
    knownValues: setup.knownValues,
    today: () => new Date(setup.today),
    fingerprintSalt: setup.fingerprintSalt,
    fingerprintKey: setup.fingerprintKey,
    configFile: setup.configFile,
    ...(setup.automaton ? { automaton: setup.automaton } : {}),
    deferStretching: side === 'main',
    handOverStretching: side === 'worker'
  });
}

import { ConfigFileError } from '../../src/config/config-problems.js';
import { parseConfig } from '../../src/config/parse-config.js';

/** The located message parseConfig throws for `lines` (as `launch-ready.yml`), or fails the test when it does not throw. */
export function configErrorFor(lines: readonly string[]): string {
  try {
    parseConfig(lines.join('\n'), 'launch-ready.yml');
  } catch (error) {
    if (error instanceof ConfigFileError) return error.message;
    throw error;
  }
  throw new Error('expected parseConfig to throw');
}

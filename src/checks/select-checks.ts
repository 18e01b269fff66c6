import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import { ConfigError } from '../errors.js';
import { suggestName } from '../config/suggest-name.js';
import type { Check } from './check.js';

export interface SelectedCheck {
  check: Check;
  /** Why it will not run (skipped), e.g. "no `smoke:` section in launch-ready.yml". */
  skipReason?: string;
}

/**
 * `auto` runs every check that applies to this config and context and lists the others as
 * skipped; an explicit list runs exactly those, and an unknown name is a usage error.
 */
export function selectChecks(
  registry: readonly Check[],
  requested: 'auto' | readonly string[],
  config: Config,
  context: Context
): SelectedCheck[] {
  if (requested !== 'auto') {
    const names = registry.map((check) => check.name);
    for (const name of requested) {
      if (!names.includes(name)) {
        const hint = suggestName(name, names);
        throw new ConfigError(
          `unknown check "${name}"${hint ? `; did you mean "${hint}"?` : ''} (available: ${names.join(', ')})`
        );
      }
    }
  }
  return registry.map((check) => {
    if (requested !== 'auto') {
      return requested.includes(check.name) ? { check } : { check, skipReason: 'not in the requested checks' };
    }
    const applicability = check.appliesTo(config, context);
    return applicability.applies ? { check } : { check, skipReason: applicability.reason };
  });
}

import type { Check } from './check.js';
import { domainCheck } from './domain/index.js';
import { envCheck } from './env/index.js';
import { monitorCheck } from './monitor/index.js';
import { perfCheck } from './perf/index.js';
import { secretsCheck } from './secrets/index.js';
import { smokeCheck } from './smoke/index.js';

/** Every check, in report order. A new check is one folder under src/checks/ and one line here. */
export const CHECKS: readonly Check[] = [secretsCheck, envCheck, smokeCheck, perfCheck, domainCheck, monitorCheck];

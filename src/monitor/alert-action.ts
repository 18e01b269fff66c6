/** What a run asks the alert channels to say: the transition decides, the channels deliver. */
import type { Incident } from './monitor-state.js';
import type { ProbeResult } from './probe-result.js';

export type AlertAction =
  /** `failuresBeforeAlert` consecutive failures: a new incident. `lastGoodAt` is the last passing run. */
  | { kind: 'open'; incident: Incident; probe: ProbeResult; lastGoodAt?: string }
  /** Still down, but what it says changed (severity, status or evidence). */
  | { kind: 'comment'; incident: Incident; probe: ProbeResult; previous: string }
  /** Passed again: closed with the downtime measured from the first failing run. */
  | { kind: 'close'; incident: Incident; probe: ProbeResult };

/** What a run asks the alert channels to say: the transition decides, the channels deliver. */
import type { Incident } from './monitor-state.js';
import type { ProbeResult } from './probe-result.js';

export type AlertAction =
  /** `failuresBeforeAlert` consecutive failures: a new incident. `lastGoodAt` is the last passing run. */
  | { kind: 'open'; incident: Incident; probe: ProbeResult; lastGoodAt?: string }
  /** Still down, but what it says changed (severity, status or evidence). */
  | { kind: 'comment'; incident: Incident; probe: ProbeResult; previous: string }
  /** Passed again: closed with the downtime measured from the first failing run. */
  | { kind: 'close'; incident: Incident; probe: ProbeResult }
  /**
   * A host's DNS answer changed while it still resolves (a new address, another CNAME target):
   * said at once, ahead of any outage, as an issue of its own for a person to confirm. `incident`
   * names the notice (its id is the marker); it is not kept among the state's incidents.
   */
  | { kind: 'notice'; incident: Incident; probe: ProbeResult; previous: string };

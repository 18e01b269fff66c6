/**
 * The secret scanner: rules, prefilter, fingerprint key, allow-list and known values are prepared
 * once; `scan` runs one source through the pipeline (scan-source.ts); the two end-of-run methods
 * report what the suppressions and known values did not do.
 *
 * Unused suppressions are only reported where "unused" is true. A source scanned in part (the lines
 * a PR adds, a commit of history) hides the findings a marker or entry exists for, so:
 * - an inline marker is judged only in sources scanned in full (no `reportLines`, not history);
 * - a config allow entry is judged only when every source of the run was scanned in full: in a PR
 *   scan, an entry for `docs/**` is not unused because the PR does not touch docs.
 */
import { compareFindings, type Finding } from '../report/finding.js';
import { suggestName } from '../config/suggest-name.js';
import type { ScannerOptions, SecretRule, SecretScanner } from './contracts.js';
import { createFingerprinter } from '../report/fingerprint.js';
import { prepareKnownValues } from './known-values.js';
import { compileRule, type CompiledRule } from './match-rules.js';
import { createPrefilter } from './prefilter.js';
import { MARKER_KEYWORD } from './suppressions/inline-markers.js';
import { scanSource, type ScanDeps } from './scan-source.js';
import { compileAllowList, type AllowList } from './suppressions/config-allow.js';
import {
  DEFAULT_CONFIG_FILE,
  expiredAllowEntryFinding,
  unknownDisabledRuleFinding,
  unusedAllowEntryFinding,
  unusedMarkerFinding
} from './suppressions/suppression-findings.js';
import { knownValueTooShortFinding } from './to-finding.js';

export function createSecretScanner(options: ScannerOptions): SecretScanner {
  const { config } = options;
  const configFile = options.configFile ?? DEFAULT_CONFIG_FILE;
  const disabled = new Set(config.disableRules);
  const rules = options.rules.filter((rule) => !disabled.has(rule.id));
  const compiled = new Map<SecretRule, CompiledRule>(rules.map((rule) => [rule, compileRule(rule)]));
  const prefilter = createPrefilter(rules, { marker: MARKER_KEYWORD, ...(options.automaton ? { automaton: options.automaton } : {}) });
  const known = prepareKnownValues(options.knownValues ?? []);
  const deps: ScanDeps = {
    selectRules: (text, ascii) => {
      const { selections, marked } = prefilter.selectAndLook(text, ascii);
      const runs = selections.map(({ rule, lineStarts, longLineKeywords, matchStarts }) => ({ compiled: compiled.get(rule) as CompiledRule, lineStarts, longLineKeywords, matchStarts }));
      return { runs, marked };
    },
    fingerprinter: createFingerprinter(options.fingerprintSalt, {
      deferStretching: options.deferStretching === true,
      handOverStretching: options.handOverStretching === true,
      key: options.fingerprintKey
    }),
    allowList: compileAllowList(config.allow, options.today()),
    knownValues: known.searchable
  };
  let scannedInPart = false;
  let scannedAny = false;
  let scannedArtifact = false;
  let unusedMarkers: Finding[] = [];
  return {
    scan(source) {
      scannedAny = true;
      scannedInPart ||= source.reportLines !== undefined || source.origin === 'history';
      scannedArtifact ||= source.origin === 'artifact';
      const { findings, markers } = scanSource(source, deps);
      for (const marker of markers ?? []) if (!marker.used) unusedMarkers.push(unusedMarkerFinding(source.path, marker));
      return findings;
    },
    unusedSuppressions() {
      const judgeEntries = scannedAny && !scannedInPart;
      // Sorted: with scan workers, files are finished in no fixed order.
      return [...unusedMarkers.sort(compareFindings), ...configFindings({ options, allowList: deps.allowList, judgeEntries, configFile })];
    },
    allows({ ruleId, path }) {
      return deps.allowList.allows({ ruleId, path, value: '' });
    },
    notes() {
      return scannedArtifact ? known.tooShort.map((name) => knownValueTooShortFinding(name)) : [];
    },
    settleFingerprints(findings) {
      return Promise.resolve(deps.fingerprinter.publish(findings));
    },
    needsStretching(finding) {
      return deps.fingerprinter.needsStretching(finding.fingerprint);
    },
    async valueFingerprints(findings) {
      const fingerprints = await deps.fingerprinter.valueFingerprints(findings.map((finding) => finding.fingerprint));
      return findings.map((finding, index) => {
        const fingerprint = fingerprints[index] ?? finding.fingerprint;
        return fingerprint === finding.fingerprint ? finding : { ...finding, fingerprint };
      });
    },
    stretchedCount() {
      return deps.fingerprinter.stretchedCount();
    },
    keywordAutomaton() {
      return prefilter.automaton;
    },
    takeShare() {
      const share = {
        allowUsed: deps.allowList.states.filter((state) => state.used).map((state) => state.index),
        unusedMarkers,
        toStretch: deps.fingerprinter.takeHandedOver(),
        scannedAny,
        scannedInPart,
        scannedArtifact
      };
      unusedMarkers = [];
      return share;
    },
    absorb(share) {
      for (const index of share.allowUsed) {
        const state = deps.allowList.states[index];
        if (state) state.used = true;
      }
      unusedMarkers.push(...share.unusedMarkers);
      for (const [provisional, input] of share.toStretch) deps.fingerprinter.adopt(provisional, input);
      scannedAny ||= share.scannedAny;
      scannedInPart ||= share.scannedInPart;
      scannedArtifact ||= share.scannedArtifact;
    }
  };
}

/** Expired entries always; unused entries when the whole run was scanned in full; unknown disabled ids. */
function configFindings(input: { options: ScannerOptions; allowList: AllowList; judgeEntries: boolean; configFile: string }): Finding[] {
  const { options, allowList, judgeEntries, configFile } = input;
  const findings: Finding[] = [];
  for (const state of allowList.states) {
    if (state.expired) findings.push(expiredAllowEntryFinding(state, configFile));
    else if (!state.used && judgeEntries) findings.push(unusedAllowEntryFinding(state, configFile));
  }
  const ids = options.rules.map((rule) => rule.id);
  for (const id of new Set(options.config.disableRules)) {
    if (!ids.includes(id)) findings.push(unknownDisabledRuleFinding(id, suggestName(id, ids), configFile));
  }
  return findings;
}

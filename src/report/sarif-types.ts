/**
 * The subset of SARIF 2.1.0 that `renderSarif` writes (OASIS SARIF v2.1.0; the JSON schema is
 * `sarif-2.1.0-rtm.5.json`). Typed here rather than with `@types/sarif` to keep the dependency list
 * short: these are the fields GitHub code scanning reads ("SARIF support for code scanning").
 */

/** `result.level` and `defaultConfiguration.level` (§3.27.10). */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** A `message` or `multiformatMessageString`: plain text, optionally Markdown (§3.11, §3.12). */
export interface SarifMessage {
  text: string;
  markdown?: string;
}

/** A `reportingDescriptor` in `tool.driver.rules` (§3.49). */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity': string; precision: 'high'; tags: string[] };
}

/** A `region` (§3.30): 1-based line and columns. */
export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endColumn?: number;
}

/** A `result` (§3.27): one finding at one place. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: SarifRegion;
    };
  }>;
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  properties?: Record<string, string>;
}

/** A `run` (§3.14): one tool, its rules and its results. */
export interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
  results: SarifResult[];
}

/** The top-level `sarifLog` object (§3.13). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

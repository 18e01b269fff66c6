/** The loop between sources and scanner, with a recording scanner: counts, skips, env files. */
import type { ScanSource, SecretScanner } from '../../../src/detect/contracts.js';
import { scanMetrics, scanSources } from '../../../src/checks/secrets/scan-sources.js';
import { sourceItem, type SourceItem } from '../../../src/checks/secrets/sources/source-item.js';
import type { Finding } from '../../../src/report/finding.js';

function recordingScanner(): SecretScanner & { scanned: ScanSource[] } {
  const scanned: ScanSource[] = [];
  return {
    scanned,
    scan(source) {
      scanned.push(source);
      return source.text.includes('SECRET') ? [{ ruleId: 'fake-rule', location: { kind: 'file', path: source.path, line: 1 } } as Finding] : [];
    },
    unusedSuppressions: () => [],
    allows: () => false,
    notes: () => [],
    settleFingerprints: async (findings) => [...findings],
    needsStretching: () => false,
    valueFingerprints: async (findings) => [...findings],
    stretchedCount: () => 0,
    takeShare: () => ({ allowUsed: [], unusedMarkers: [], toStretch: [], scannedAny: false, scannedInPart: false, scannedArtifact: false }),
    keywordAutomaton: () => ({ table: new Int32Array(128), outputs: [[]], longest: 1 }),
    absorb: () => {}
  };
}

async function* stream(items: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* items;
}

test('every source is scanned once; skips are counted by reason; env files only from git', async () => {
  const scanner = recordingScanner();
  const { findings, tally } = await scanSources(
    [
      {
        items: stream([
          sourceItem({ path: 'src/a.ts', text: 'const a = 1;\n', origin: 'present' }),
          sourceItem({ path: '.env', text: 'KEY=SECRET\n', origin: 'present' }),
          { kind: 'skipped', path: 'logo.png', reason: 'binary' },
          { kind: 'skipped', path: 'node_modules/x.js', reason: 'vendored' },
          { kind: 'skipped', path: 'vendor/y.rb', reason: 'vendored' }
        ]),
        committed: true
      },
      { items: [sourceItem({ path: 'dist/.env', text: 'é\n', origin: 'artifact' })], committed: false }
    ],
    scanner
  );
  expect(scanner.scanned.map((source) => source.path)).toEqual(['src/a.ts', '.env', 'dist/.env']);
  expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
    ['fake-rule', undefined],
    ['committed-env-file', 'critical']
  ]);
  expect(scanMetrics(tally, { commits: 4, notes: [] }, { commits: true })).toEqual({
    filesScanned: 3,
    bytesScanned: 13 + 11 + 3,
    commitsScanned: 4,
    filesSkipped: 3,
    skippedBinary: 1,
    skippedVendored: 2
  });
  expect(Object.keys(scanMetrics(tally, { commits: 4, notes: [] }, { commits: false }))).not.toContain('commitsScanned');
});

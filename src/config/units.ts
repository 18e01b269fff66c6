/**
 * The two units `launch-ready.yml` writes as text: durations ("250ms", "30s", "5m", "1h", "2d") and
 * percentages ("10%"). The schema's `duration` and `percentage` definitions use the same grammar.
 */

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const PERCENTAGE = /^(\d+(?:\.\d+)?)%$/;
const MS_PER_UNIT = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Milliseconds in a duration such as `250ms`, `1.5s`, `5m`, `1h` or `2d`; fractions of a millisecond are
 * rounded. Throws a plain `Error` for any other text: callers validate against the schema first.
 */
export function parseDurationMs(text: string): number {
  const match = DURATION.exec(text);
  if (!match) throw new Error(`not a duration: ${JSON.stringify(text)}`);
  return Math.round(Number(match[1]) * MS_PER_UNIT[match[2] as keyof typeof MS_PER_UNIT]);
}

/**
 * The fraction a percentage stands for: `10%` → 0.1. Throws a plain `Error` for any other text:
 * callers validate against the schema first.
 */
export function parsePercentage(text: string): number {
  const match = PERCENTAGE.exec(text);
  if (!match) throw new Error(`not a percentage: ${JSON.stringify(text)}`);
  // Divide the digits rather than multiply by 0.01 so 10% is exactly 0.1, not 0.1000…02.
  return Number(match[1]) / 100;
}

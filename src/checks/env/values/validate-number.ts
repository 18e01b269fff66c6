/**
 * Numeric values: `port`, `integer`, `number` and `duration`. Only plain decimal text counts, never
 * what `Number()` would also accept (`0x1F`, `1_000`, `Infinity`, `''` → 0): apps parse these with
 * `parseInt`/`Number` and a value that only JavaScript's coercion understands is a bug waiting.
 */
import type { EnvVarSpec } from '../../../config/config-types.js';
import { invalid, valid, type ValueVerdict } from './value-verdict.js';

type Bounds = Pick<EnvVarSpec, 'min' | 'max'>;

const DIGITS = /^\d+$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The units of the `ms` package that apps use for timeouts; one number, one unit. */
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const MS_PER_UNIT: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_PORT = 65535;

/** A TCP/UDP port, 1–65535 (0 asks the OS for any port, which a configured port never means). */
export function validatePort(raw: string, bounds: Bounds): ValueVerdict {
  const expected = `expected a port 1–${MAX_PORT}`;
  if (!DIGITS.test(raw)) {
    if (/^[+-]/.test(raw)) return invalid(`${expected} without a sign`);
    if (DECIMAL.test(raw)) return invalid(`${expected}, got a decimal number`);
    return invalid(`${expected}, got text that is not a number`);
  }
  const port = Number(raw);
  if (port < 1 || port > MAX_PORT) return invalid(`${expected}, got a number out of range`);
  return withinBounds(port, bounds);
}

/** A safe integer (|n| ≤ 2^53 − 1, beyond which `Number` rounds), optionally signed. */
export function validateInteger(raw: string, bounds: Bounds): ValueVerdict {
  if (!INTEGER.test(raw)) {
    if (DECIMAL.test(raw)) return invalid('expected an integer, got a decimal number');
    return invalid('expected an integer, got text that is not a number');
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return invalid('expected an integer, got one beyond ±9007199254740991 (not exact in JavaScript)');
  return withinBounds(value, bounds);
}

/** A finite decimal number, with an optional sign, fraction and exponent. */
export function validateNumber(raw: string, bounds: Bounds): ValueVerdict {
  if (!DECIMAL.test(raw)) return invalid('expected a decimal number, got text that is not one');
  const value = Number(raw);
  if (!Number.isFinite(value)) return invalid('expected a finite number, got one too large to represent');
  return withinBounds(value, bounds);
}

/** `250ms`, `1.5s`, `30s`, `5m`, `1h`, `2d`; normalized to whole milliseconds. */
export function validateDuration(raw: string): ValueVerdict {
  const match = DURATION.exec(raw);
  if (!match) {
    if (DECIMAL.test(raw)) return invalid('expected a duration with a unit (ms, s, m, h or d), got a bare number');
    return invalid('expected a duration like 250ms, 30s, 5m, 1h or 2d');
  }
  const ms = Number(match[1]) * (MS_PER_UNIT[match[2] ?? ''] ?? Number.NaN);
  if (!Number.isFinite(ms)) return invalid('expected a duration, got one too large to represent');
  return valid(String(Math.round(ms)));
}

/** Applies `min`/`max`; the valid verdict carries the canonical decimal (`007` → `7`, `1e3` → `1000`). */
function withinBounds(value: number, { min, max }: Bounds): ValueVerdict {
  if (min !== undefined && value < min) return invalid(`expected at least ${min}, got a smaller number`);
  if (max !== undefined && value > max) return invalid(`expected at most ${max}, got a larger number`);
  return valid(String(value === 0 ? 0 : value));
}

/**
 * The stored state document, read back defensively: it lives in a git ref or a file that anyone
 * with write access could edit, and a half-written or hand-edited one must not crash a scheduled
 * run. Anything unexpected is a `CorruptState` whose message says where; the caller warns and
 * starts fresh (issue #18: "a corrupt or missing store is a warning and a fresh start").
 */
import { SEVERITIES } from '../report/finding.js';
import { STATE_VERSION, type DailyRollup, type Incident, type MonitorState, type ProbePoint, type TargetState } from './monitor-state.js';

export class CorruptState extends Error {}

type Json = Record<string, unknown>;

/** The state in `text`; throws {@link CorruptState} naming the first field that is wrong. */
export function parseMonitorState(text: string): MonitorState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorruptState(`not JSON (${(error as Error).message.slice(0, 80)})`);
  }
  const root = object(data, 'the document');
  if (root.version !== STATE_VERSION) throw new CorruptState(`version: expected ${STATE_VERSION}, got ${JSON.stringify(root.version)?.slice(0, 20)}`);
  const targets: Record<string, TargetState> = {};
  for (const [key, value] of Object.entries(object(root.targets, 'targets'))) targets[key] = targetState(value, `targets[${JSON.stringify(key)}]`);
  const incidents = array(root.incidents, 'incidents').map((value, index) => incident(value, `incidents[${index}]`));
  return { version: STATE_VERSION, targets, incidents };
}

export function serializeMonitorState(state: MonitorState): string {
  return `${JSON.stringify(state)}\n`;
}

function targetState(value: unknown, at: string): TargetState {
  const raw = object(value, at);
  const kind = oneOf(raw.kind, ['route', 'flow', 'host'] as const, `${at}.kind`);
  return {
    target: string(raw.target, `${at}.target`),
    kind,
    name: string(raw.name, `${at}.name`),
    ...optional(raw, 'url', (v) => string(v, `${at}.url`)),
    up: boolean(raw.up, `${at}.up`),
    since: date(raw.since, `${at}.since`),
    consecutiveFailures: count(raw.consecutiveFailures, `${at}.consecutiveFailures`),
    ...optional(raw, 'lastGoodAt', (v) => date(v, `${at}.lastGoodAt`)),
    ...optional(raw, 'expiresAt', (v) => date(v, `${at}.expiresAt`)),
    ...optional(raw, 'answer', (v) => string(v, `${at}.answer`)),
    history: array(raw.history, `${at}.history`).map((point, index) => probePoint(point, `${at}.history[${index}]`)),
    // A state written before the rollups existed has none: it starts counting days from now, and
    // until then the 30-day uptime rests on the raw points alone.
    daily: raw.daily === undefined ? [] : array(raw.daily, `${at}.daily`).map((entry, index) => dailyRollup(entry, `${at}.daily[${index}]`))
  };
}

function dailyRollup(value: unknown, at: string): DailyRollup {
  const raw = object(value, at);
  const day = date(raw.day, `${at}.day`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new CorruptState(`${at}.day: expected a UTC date YYYY-MM-DD`);
  const total = count(raw.total, `${at}.total`);
  const ok = count(raw.ok, `${at}.ok`);
  if (ok > total) throw new CorruptState(`${at}.ok: expected at most total (${total})`);
  return { day, ok, total };
}

function probePoint(value: unknown, at: string): ProbePoint {
  const raw = object(value, at);
  return {
    at: date(raw.at, `${at}.at`),
    ok: boolean(raw.ok, `${at}.ok`),
    ...optional(raw, 'latencyMs', (v) => number(v, `${at}.latencyMs`)),
    ...optional(raw, 'status', (v) => count(v, `${at}.status`))
  };
}

function incident(value: unknown, at: string): Incident {
  const raw = object(value, at);
  const id = string(raw.id, `${at}.id`);
  if (!/^inc-[0-9a-f]{12}$/.test(id)) throw new CorruptState(`${at}.id: expected inc- and 12 hex digits`);
  return {
    id,
    target: string(raw.target, `${at}.target`),
    name: string(raw.name, `${at}.name`),
    severity: oneOf(raw.severity, SEVERITIES.filter((severity) => severity !== 'info'), `${at}.severity`),
    title: string(raw.title, `${at}.title`),
    failingSince: date(raw.failingSince, `${at}.failingSince`),
    openedAt: date(raw.openedAt, `${at}.openedAt`),
    ...optional(raw, 'closedAt', (v) => date(v, `${at}.closedAt`)),
    ...optional(raw, 'downtimeMs', (v) => number(v, `${at}.downtimeMs`)),
    signature: string(raw.signature, `${at}.signature`)
  };
}

function optional<K extends string, T>(raw: Json, key: K, read: (value: unknown) => T): Partial<Record<K, T>> {
  return raw[key] === undefined ? {} : ({ [key]: read(raw[key]) } as Record<K, T>);
}

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CorruptState(`${at}: expected an object`);
  return value as Json;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new CorruptState(`${at}: expected an array`);
  return value;
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new CorruptState(`${at}: expected a string`);
  return value;
}

function boolean(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new CorruptState(`${at}: expected true or false`);
  return value;
}

function number(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new CorruptState(`${at}: expected a number ≥ 0`);
  return value;
}

function count(value: unknown, at: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new CorruptState(`${at}: expected an integer ≥ 0`);
  return value as number;
}

function date(value: unknown, at: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new CorruptState(`${at}: expected an ISO 8601 date`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (!allowed.includes(value as T)) throw new CorruptState(`${at}: expected one of ${allowed.join(', ')}`);
  return value as T;
}

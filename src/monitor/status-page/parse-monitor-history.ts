/**
 * Reads a monitor history from JSON text: the status page renders whatever the file holds, so the
 * shape is checked first and a bad file is a located ConfigError (`history.json: targets[1].samples[0].at:
 * expected an ISO 8601 time`), exit 2, never a crash halfway through the page.
 */
import { ConfigError } from '../../errors.js';
import type { StatusHistory } from './status-history.js';

type Json = Record<string, unknown>;

export function parseMonitorHistory(text: string, file: string): StatusHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not valid JSON (${(error as Error).message.slice(0, 120)}); expected the monitor's history file`, { file });
  }
  const fail = (where: string, expected: string): never => {
    throw new ConfigError(`${where}: expected ${expected}`, { file });
  };
  const root = object(data, 'the top level', fail);
  time(root.generatedAt, 'generatedAt', fail);
  for (const [index, target] of array(root.targets, 'targets', fail).entries()) {
    const where = `targets[${index}]`;
    const entry = object(target, where, fail);
    nonEmptyString(entry.name, `${where}.name`, fail);
    if (!['route', 'flow', 'host'].includes(entry.kind as string)) fail(`${where}.kind`, 'route, flow or host');
    if (entry.url !== undefined) nonEmptyString(entry.url, `${where}.url`, fail);
    for (const [at, sample] of array(entry.samples, `${where}.samples`, fail).entries()) {
      const item = object(sample, `${where}.samples[${at}]`, fail);
      time(item.at, `${where}.samples[${at}].at`, fail);
      if (typeof item.ok !== 'boolean') fail(`${where}.samples[${at}].ok`, 'true or false');
      for (const key of ['latencyMs', 'status'] as const) {
        if (item[key] !== undefined && (typeof item[key] !== 'number' || !Number.isFinite(item[key]))) fail(`${where}.samples[${at}].${key}`, 'a number');
      }
    }
    if (entry.daily !== undefined) for (const [at, day] of array(entry.daily, `${where}.daily`, fail).entries()) dailyEntry(day, `${where}.daily[${at}]`, fail);
  }
  for (const [index, incident] of array(root.incidents, 'incidents', fail).entries()) {
    const entry = object(incident, `incidents[${index}]`, fail);
    for (const key of ['id', 'target', 'title'] as const) nonEmptyString(entry[key], `incidents[${index}].${key}`, fail);
    if (!['critical', 'high', 'medium', 'low'].includes(entry.severity as string)) fail(`incidents[${index}].severity`, 'critical, high, medium or low');
    time(entry.openedAt, `incidents[${index}].openedAt`, fail);
    if (entry.closedAt !== undefined) time(entry.closedAt, `incidents[${index}].closedAt`, fail);
  }
  for (const [index, certificate] of array(root.certificates, 'certificates', fail).entries()) {
    const entry = object(certificate, `certificates[${index}]`, fail);
    nonEmptyString(entry.host, `certificates[${index}].host`, fail);
    time(entry.expiresAt, `certificates[${index}].expiresAt`, fail);
  }
  for (const [index, deploy] of array(root.deploys, 'deploys', fail).entries()) {
    const entry = object(deploy, `deploys[${index}]`, fail);
    time(entry.at, `deploys[${index}].at`, fail);
    for (const key of ['environment', 'ref'] as const) nonEmptyString(entry[key], `deploys[${index}].${key}`, fail);
    if (entry.url !== undefined) nonEmptyString(entry.url, `deploys[${index}].url`, fail);
  }
  return data as StatusHistory;
}

type Fail = (where: string, expected: string) => never;

function dailyEntry(value: unknown, where: string, fail: Fail): void {
  const entry = object(value, where, fail);
  if (typeof entry.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.day) || !Number.isFinite(Date.parse(entry.day))) fail(`${where}.day`, 'a UTC date such as 2026-12-07');
  for (const key of ['ok', 'total'] as const) {
    if (!Number.isInteger(entry[key]) || (entry[key] as number) < 0) fail(`${where}.${key}`, 'a whole number ≥ 0');
  }
  if ((entry.ok as number) > (entry.total as number)) fail(`${where}.ok`, `at most total (${entry.total as number})`);
}

function object(value: unknown, where: string, fail: Fail): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : fail(where, 'an object');
}

function array(value: unknown, where: string, fail: Fail): unknown[] {
  return Array.isArray(value) ? value : fail(where, 'a list');
}

function nonEmptyString(value: unknown, where: string, fail: Fail): void {
  if (typeof value !== 'string' || value === '') fail(where, 'a non-empty string');
}

function time(value: unknown, where: string, fail: Fail): void {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value) || !Number.isFinite(Date.parse(value))) fail(where, 'an ISO 8601 time such as 2026-12-07T17:20:00Z');
}

/**
 * UUIDs (RFC 9562 §4: 8-4-4-4-12 hex digits) are identifiers: request ids, tenant ids, GUIDs in
 * project files. A rule whose documented format is a UUID (Heroku API keys) opts out with
 * `skipFilters: ['uuid']`.
 */
import type { SharedFilter } from './filter-types.js';

const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const uuidFilter: SharedFilter = {
  name: 'uuid',
  judge: ({ value }) => (isUuid(value) ? 'drop' : 'keep')
};

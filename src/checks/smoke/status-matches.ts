import type { StatusExpectation } from '../../config/config-types.js';

/** Whether `status` is one the expectation accepts: a code, a class like `2xx`, or any of a list. */
export function statusMatches(status: number, expected: StatusExpectation): boolean {
  const accepted = Array.isArray(expected) ? expected : [expected];
  return accepted.some((entry) => (typeof entry === 'number' ? entry === status : entry[0] === String(status)[0]));
}

/** `200`, `2xx`, `200 or 302`: how the report states an expectation. */
export function describeStatus(expected: StatusExpectation): string {
  const accepted = Array.isArray(expected) ? expected : [expected];
  return accepted.map(String).join(' or ');
}

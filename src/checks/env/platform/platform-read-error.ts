/**
 * Why a platform's variables could not be read: a missing token, a refused token, an unknown
 * project, an outage. Not a bug and not a finding: the env check reports it as a note and goes on
 * without the platform. Messages say what to check and never hold the token.
 */
import type { PlatformName } from './platform-variable.js';

export class PlatformReadError extends Error {
  readonly platform: PlatformName;
  /** The HTTP status when the platform answered with an error. */
  readonly status?: number;

  constructor(platform: PlatformName, message: string, status?: number) {
    super(message);
    this.name = 'PlatformReadError';
    this.platform = platform;
    this.status = status;
  }
}

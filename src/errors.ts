/**
 * The two kinds of error: a `ConfigError` is the user's to fix (bad config, bad input, bad flag)
 * and becomes exit code 2 with its message and no stack; anything else is a bug.
 */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export class ConfigError extends Error {
  readonly position?: SourcePosition;

  constructor(message: string, position?: SourcePosition) {
    super(position ? `${formatPosition(position)}: ${message}` : message);
    this.name = 'ConfigError';
    this.position = position;
  }
}

export function formatPosition(position: SourcePosition): string {
  let text = position.file;
  if (position.line !== undefined) text += `:${position.line}`;
  if (position.line !== undefined && position.column !== undefined) text += `:${position.column}`;
  return text;
}

/** Exit codes, the CLI's and the action's contract. */
export const EXIT = { passed: 0, failed: 1, usage: 2, crash: 3 } as const;

/** Where progress lines go: `core.info` in the action, stderr in the CLI, an array in tests. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} };

/** A logger that keeps every line, for tests that assert nothing secret was logged. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(`info: ${message}`),
    warning: (message) => void lines.push(`warning: ${message}`),
    debug: (message) => void lines.push(`debug: ${message}`)
  };
}

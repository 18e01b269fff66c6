/** Reported in SARIF, JSON and the comment footer; kept equal to package.json by a test. */
export const VERSION = '0.1.0';

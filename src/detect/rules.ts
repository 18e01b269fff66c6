/** The built-in rule pack lives in `rules/`; this path stays for the code that imports it. */
export { BUILTIN_RULES } from './rules/index.js';
export type { SecretRule } from './contracts.js';

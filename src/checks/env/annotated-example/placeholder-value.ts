/**
 * Whether an annotated entry's value is an obvious placeholder, which then becomes the variable's
 * `example` (a real-looking value is never copied into the schema).
 */
const PLACEHOLDER_WHOLE = /^(?:x{3,}|\.{3,}|\*{3,}|changeme|change[-_]me|replace[-_]?me|todo|tbd|placeholder|dummy|example)$/i;
const PLACEHOLDER_PART = [
  /<[^<>]+>/, // <your-key>
  /\{\{[^{}]+\}\}/, // {{ api_key }}
  /\byour[-_]/i, // your-project-id
  /[-_]here$/i, // sk_test_key_here
  /(?:^|[-_.])(?:changeme|placeholder|replace[-_]?me)(?:$|[-_.])/i,
  /^[a-z][\w+.-]*:\/\/(?:[^/@]*@)?(?:[\w-]+\.)*example\.(?:com|org|net)(?=[:/?#]|$)/i // https://app.example.com
];

/** An obvious placeholder, safe to show as an example; an empty value is not one. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  return PLACEHOLDER_WHOLE.test(trimmed) || PLACEHOLDER_PART.some((pattern) => pattern.test(trimmed));
}

/**
 * What a hosting platform tells us about one variable: its name and the environments it is set
 * for, never its value. The env check adds these to the drift picture.
 */

export type PlatformName = 'vercel' | 'netlify';

/**
 * The environments both platforms deploy to, in the order findings list them. Vercel names its
 * targets this way; Netlify's deploy contexts are mapped onto them (see `read-netlify-variables.ts`).
 */
export const PLATFORM_TARGETS = ['production', 'preview', 'development'] as const;
export type PlatformTarget = (typeof PLATFORM_TARGETS)[number];

export interface PlatformVariable {
  platform: PlatformName;
  name: string;
  /** The subset of `PLATFORM_TARGETS` it is set for, in that order; may be empty. */
  targets: string[];
}

/** How findings and errors name the platform. */
export const PLATFORM_LABELS: Readonly<Record<PlatformName, string>> = { vercel: 'Vercel', netlify: 'Netlify' };

/**
 * One entry per name, targets merged and ordered: Vercel keeps one record per value, so a
 * variable set differently for production and preview comes back twice.
 */
export function mergePlatformVariables(platform: PlatformName, entries: Iterable<{ name: string; targets: Iterable<string> }>): PlatformVariable[] {
  const byName = new Map<string, Set<string>>();
  for (const entry of entries) {
    const targets = byName.get(entry.name) ?? new Set<string>();
    for (const target of entry.targets) targets.add(target);
    byName.set(entry.name, targets);
  }
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, targets]) => ({ platform, name, targets: PLATFORM_TARGETS.filter((target) => targets.has(target)) }));
}

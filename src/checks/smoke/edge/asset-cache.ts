/**
 * Static assets with a content hash in their name (`app-3f9a1c2b.js`) never change under that name,
 * so browsers and CDNs may keep them for a long time; a short or missing Cache-Control makes every
 * visit download them again. The assets are the ones the declared HTML pages load from their own
 * origin, a few at most, each asked once.
 */
import { HttpFailure } from '../../../http/http-types.js';
import type { Finding } from '../../../report/finding.js';
import { headerOf, mediaTypeOf, type RouteAnswer } from '../route-answer.js';
import type { SendDeps } from '../send-route.js';
import { shownUrl, smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

/** 30 days: what "cacheable for a long time" means here (Lighthouse's "efficient cache policy" wants far more for hashed files). */
export const MIN_ASSET_MAX_AGE_SECONDS = 2_592_000;
/** Assets asked at most per run: enough to see the policy, few enough to stay a smoke test. */
const MAX_ASSETS = 8;
const ASSET_REFERENCE = /<(?:script\b[^>]*\bsrc|link\b[^>]*\bhref)\s*=\s*["']?([^"'\s>]+)/gi;
/** A name part of 8+ characters with letters and digits before the extension: a build hash. */
const HASHED_NAME = /[.-](?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{8,}\.(?:m?js|css|woff2?|svg|png|jpe?g|webp|avif)$/;

export function hashedAssetsOf(pages: readonly RouteAnswer[]): string[] {
  const found = new Set<string>();
  for (const page of pages) {
    if (mediaTypeOf(page) !== 'text/html') continue;
    const origin = new URL(page.finalUrl).origin;
    for (const match of page.bodyText.matchAll(ASSET_REFERENCE)) {
      const url = safeUrl(match[1]!, page.finalUrl);
      if (url && url.origin === origin && HASHED_NAME.test(url.pathname)) found.add(`${url.origin}${url.pathname}`);
      if (found.size >= MAX_ASSETS) return [...found];
    }
  }
  return [...found];
}

export async function assetCacheFindings(pages: readonly RouteAnswer[], deps: SendDeps, timeoutMs: number, headers: Readonly<Record<string, string>>): Promise<Finding[]> {
  const shortLived: string[] = [];
  for (const asset of hashedAssetsOf(pages)) {
    try {
      const response = await deps.http.request({ method: 'GET', url: asset, headers, timeoutMs, signal: deps.signal, maxBodyBytes: 0 });
      if (response.status === 200 && !longLived(headerOf({ headers: response.headers }, 'cache-control'))) {
        shortLived.push(`${new URL(asset).pathname} (${headerOf({ headers: response.headers }, 'cache-control') ?? 'no Cache-Control'})`);
      }
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
    }
  }
  if (shortLived.length === 0) return [];
  const first = pages.find((page) => mediaTypeOf(page) === 'text/html')!;
  return [
    smokeFinding({
      rule: SMOKE_RULES.assetNotCached,
      message: `${shortLived.length} hashed static asset${shortLived.length === 1 ? '' : 's'} can be cached only briefly, so every visit downloads ${shortLived.length === 1 ? 'it' : 'them'} again: ${shortLived.slice(0, 3).join(', ')}${shortLived.length > 3 ? ', …' : ''}.`,
      method: 'GET',
      url: shownUrl(new URL(first.finalUrl).origin + '/'),
      key: ['assets'],
      remediation: 'Serve files whose name carries a content hash with Cache-Control: public, max-age=31536000, immutable.'
    })
  ];
}

function longLived(cacheControl: string | undefined): boolean {
  if (!cacheControl) return false;
  const value = cacheControl.toLowerCase();
  if (/\b(no-store|no-cache)\b/.test(value)) return false;
  const maxAge = Number(/(?:^|[,\s])(?:s-)?max-age\s*=\s*(\d+)/.exec(value)?.[1] ?? 0);
  return maxAge >= MIN_ASSET_MAX_AGE_SECONDS || /\bimmutable\b/.test(value);
}

function safeUrl(reference: string, base: string): URL | undefined {
  try {
    return new URL(reference, base);
  } catch {
    return undefined;
  }
}

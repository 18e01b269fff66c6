/**
 * Cookies across the steps of a flow (log in, then load the dashboard), on tough-cookie: RFC 6265
 * with the Public Suffix List, so a response cannot set `Domain=com` or `Domain=github.io` and have
 * it sent to every other site under that suffix, which a hand-written subset would miss.
 *
 * Synchronous (tough-cookie's in-memory store). Follows what a browser does: Domain, Path, Secure
 * (http://localhost and 127.0.0.1 count as secure origins, as in browsers), Max-Age/Expires;
 * HttpOnly cookies are sent, since this is not a script. Cookies are not per port (RFC 6265 §8.5).
 */
import { CookieJar as ToughCookieJar } from 'tough-cookie';

export interface CookieJar {
  /** Keeps the cookies a response from `url` set; malformed or foreign ones are ignored. */
  store(url: string, setCookie: string | string[] | undefined): void;
  /** The `Cookie` header value for a request to `url`, or undefined when no cookie applies. */
  header(url: string): string | undefined;
}

/** An empty jar: one per flow, so flows never see each other's sessions. */
export function createCookieJar(): CookieJar {
  const jar = new ToughCookieJar();
  return {
    store(url, setCookie) {
      if (setCookie === undefined) return;
      for (const line of [setCookie].flat()) {
        try {
          jar.setCookieSync(line, url, { ignoreError: true });
        } catch {
          // An invalid URL: nothing to keep.
        }
      }
    },
    header(url) {
      try {
        return jar.getCookieStringSync(url) || undefined;
      } catch {
        return undefined;
      }
    }
  };
}

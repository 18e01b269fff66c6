/** What a route answered, after its redirects: the input of every judgement of the smoke check. */
export interface RouteAnswer {
  status: number;
  /** Lower-case names, as the HTTP client gives them. */
  headers: Readonly<Record<string, string | string[]>>;
  /** The body as UTF-8 text (invalid bytes replaced), at most the client's cap. */
  bodyText: string;
  bodyBytes: number;
  bodyTruncated: boolean;
  /** Where the redirects ended. */
  finalUrl: string;
  redirects: number;
  /** From the first request to the last body byte, redirects included. */
  durationMs: number;
}

/** One header as a single string (repeated headers joined as HTTP joins them), or undefined. */
export function headerOf(answer: Pick<RouteAnswer, 'headers'>, name: string): string | undefined {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The media type without parameters, lower case: `application/json` for `application/json; charset=utf-8`. */
export function mediaTypeOf(answer: Pick<RouteAnswer, 'headers'>): string | undefined {
  return headerOf(answer, 'content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * One HTTPS request per declared host, `GET https://host/` with no body kept: its certificate, its
 * headers (the edge's marks) and whether it answers at all. Shared by the certificate and edge
 * findings, so each host is asked once.
 */
import { HttpFailure, type HttpClient, type HttpResponse } from '../../http/http-types.js';

export interface HostProbe {
  url: string;
  response?: HttpResponse;
  failure?: HttpFailure;
}

export async function probeHost(http: HttpClient, host: string, options: { timeoutMs: number; signal: AbortSignal }): Promise<HostProbe> {
  const url = `https://${host}/`;
  try {
    return { url, response: await http.request({ method: 'GET', url, timeoutMs: options.timeoutMs, signal: options.signal, maxBodyBytes: 0 }) };
  } catch (error) {
    if (error instanceof HttpFailure) return { url, failure: error };
    throw error;
  }
}

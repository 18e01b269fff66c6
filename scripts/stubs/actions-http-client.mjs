// Stands in for @actions/http-client inside the bundle. @actions/core imports it only for
// getIDToken (OIDC), which launch-ready never calls; the real client pulls in undici 6 (~540 KB),
// close to half the bundle. Anything that does reach this stub fails loudly rather than silently.
export class HttpClient {
  constructor() {
    throw new Error('@actions/http-client is not bundled with launch-ready (core.getIDToken is unsupported)');
  }
}
export class BearerCredentialHandler {
  constructor() {
    throw new Error('@actions/http-client is not bundled with launch-ready (core.getIDToken is unsupported)');
  }
}

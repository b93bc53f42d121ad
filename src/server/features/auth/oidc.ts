import * as client from 'openid-client';
import type { Config } from '../../config.ts';

export type OidcIdentity = { issuer: string; subject: string; email: string | null };

export type OidcClient = {
  /** Where to send the browser, plus what must be kept until the callback. */
  start(): Promise<{ url: URL; state: string; nonce: string; codeVerifier: string }>;
  /** Checks the callback (state, nonce, PKCE, ID token signature) and returns who signed in. */
  finish(
    callbackUrl: URL,
    saved: { state: string; nonce: string; codeVerifier: string },
  ): Promise<OidcIdentity>;
};

/** Discovers the provider and returns a client for the authorization code flow with PKCE. */
export async function createOidcClient(oidc: NonNullable<Config['oidc']>): Promise<OidcClient> {
  const issuerUrl = new URL(oidc.issuer);
  // Plain http is only accepted for a provider on this machine (development and the in-process test provider).
  const local =
    issuerUrl.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuerUrl.hostname);
  const configuration = await client.discovery(
    issuerUrl,
    oidc.clientId,
    oidc.clientSecret,
    undefined,
    local ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  return {
    async start() {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: oidc.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, nonce, codeVerifier };
    },
    async finish(callbackUrl, saved) {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: saved.codeVerifier,
        expectedState: saved.state,
        expectedNonce: saved.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      // In the code flow a provider may return the scope's claims (email) only from userinfo (OIDC Core 5.4).
      let profile: Readonly<Record<string, unknown>> = claims;
      if (claims.email === undefined && configuration.serverMetadata().userinfo_endpoint) {
        profile = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      }
      // Only an address the provider says it verified may link an account; a missing claim is not a yes.
      const verified = profile.email_verified === true || profile.email_verified === 'true';
      const email = typeof profile.email === 'string' && verified ? profile.email : null;
      return { issuer: claims.iss, subject: claims.sub, email };
    },
  };
}

import 'server-only';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';

// Which sign-in methods this installation offers, from the environment alone. The sign-in page
// shows a button for each; auth.ts builds the matching Auth.js providers.

export type OAuthProviderId = 'github' | 'google' | 'microsoft-entra-id';

export interface OAuthMethod {
  id: OAuthProviderId;
  name: string;
  clientId: string;
  clientSecret: string;
  issuer?: string;
}

// Multi-tenant issuers let people sign in with an email address their tenant never verified;
// since accounts are matched by email, only a single tenant's issuer is accepted.
const MULTI_TENANT_ISSUER = /login\.microsoftonline\.com\/(common|organizations|consumers)(\/|$)/i;

function entraMethod(): OAuthMethod | null {
  const { AUTH_MICROSOFT_ENTRA_ID_ID: clientId, AUTH_MICROSOFT_ENTRA_ID_SECRET: clientSecret } = env;
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  if (!clientId || !clientSecret || !issuer) return null;
  if (MULTI_TENANT_ISSUER.test(issuer)) {
    logger.warn('Microsoft Entra ID sign-in is off: AUTH_MICROSOFT_ENTRA_ID_ISSUER must name a single tenant');
    return null;
  }
  return { id: 'microsoft-entra-id', name: 'Microsoft', clientId, clientSecret, issuer };
}

function computeOAuthMethods(): OAuthMethod[] {
  const methods: (OAuthMethod | null)[] = [
    env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
      ? { id: 'github', name: 'GitHub', clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }
      : null,
    env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
      ? { id: 'google', name: 'Google', clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }
      : null,
    entraMethod(),
  ];
  return methods.filter((method): method is OAuthMethod => method !== null);
}

let oauthMethods: OAuthMethod[] | undefined;

export function configuredOAuthMethods(): OAuthMethod[] {
  oauthMethods ??= computeOAuthMethods();
  return oauthMethods;
}

export interface MagicLinkSettings {
  smtpUrl: string;
  from: string;
}

export function magicLinkSettings(): MagicLinkSettings | null {
  return env.SMTP_URL && env.EMAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM } : null;
}

/** What the sign-in page may offer; no secrets. */
export function publicSignInMethods(): { oauth: { id: OAuthProviderId; name: string }[]; magicLink: boolean } {
  return {
    oauth: configuredOAuthMethods().map(({ id, name }) => ({ id, name })),
    magicLink: magicLinkSettings() !== null,
  };
}

import type { Env } from '@/lib/env';

type OAuthEnv = Pick<Env, 'AUTH_GITHUB_ID' | 'AUTH_GOOGLE_ID' | 'AUTH_MICROSOFT_ENTRA_ID_ID' | 'AUTH_MICROSOFT_ENTRA_ID_ISSUER'>;

/**
 * The origins a sign-in form may hand over to: each configured OAuth provider's authorization
 * endpoint (a form post answered with a redirect there is checked against form-action).
 */
export function oauthFormTargets(env: OAuthEnv): string[] {
  const targets: string[] = [];
  if (env.AUTH_GITHUB_ID) targets.push('https://github.com');
  if (env.AUTH_GOOGLE_ID) targets.push('https://accounts.google.com');
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) targets.push(new URL(env.AUTH_MICROSOFT_ENTRA_ID_ISSUER).origin);
  return targets;
}

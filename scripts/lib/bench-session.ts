// Signs in over HTTP the way a browser does (Auth.js: the CSRF cookie and token, then the
// credentials callback) and returns the Cookie header of the session, for loading signed-in pages.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '').filter(Boolean);
}

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }),
  });
  const session = cookiesOf(response).filter((cookie) => cookie.includes('session-token'));
  if (session.length === 0) throw new Error(`Signing in as ${email} gave no session cookie (HTTP ${response.status})`);
  return session.join('; ');
}

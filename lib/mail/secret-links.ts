// Links in an email that act for whoever holds them: a sign-in link and a set-password invitation
// (a `token` parameter), and a candidate's private status page (the token is its last segment).

const STATUS_PAGE_TOKEN = /(\/applications\/status\/)[A-Za-z0-9_-]{43}/g;
// `&amp;` too: the HTML part escapes the ampersands of its hrefs.
const TOKEN_PARAMETER = /([?&](?:amp;)?token=)[^&#\s"'<>]+/g;

export const HIDDEN_SECRET = '[hidden]';

/** The email with the secret part of each such link replaced by HIDDEN_SECRET; the rest stays readable. */
export function hideSecretLinks(body: string): string {
  return body.replace(STATUS_PAGE_TOKEN, `$1${HIDDEN_SECRET}`).replace(TOKEN_PARAMETER, `$1${HIDDEN_SECRET}`);
}

/** An email with its secret links hidden, and whether there were any. */
export function withSecretLinksHidden<T extends { html: string; text: string }>(email: T): T & { secretLinksHidden: boolean } {
  const html = hideSecretLinks(email.html);
  const text = hideSecretLinks(email.text);
  return { ...email, html, text, secretLinksHidden: html !== email.html || text !== email.text };
}

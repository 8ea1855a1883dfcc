/**
 * A whole document around an email's HTML part, for a sandboxed iframe's srcdoc: the frame gets
 * a language and a title (screen readers and axe expect both), and a CSP that loads nothing
 * from outside (no tracking pixels fetched by an admin's browser).
 */
export function emailPreviewDocument(html: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<title>Email preview</title>',
    '<style>body{font-family:system-ui,sans-serif;color:#111;margin:1rem;line-height:1.5}a{color:#1d4ed8}</style>',
    `</head><body>${html}</body></html>`,
  ].join('');
}

// The status link's token, for the pages and routes that read it: made and hashed where the
// application is written (db/status-token.ts), its shape and path in lib/domain/status-link.ts.
export { createStatusToken, hashStatusToken } from '@/db/status-token';
export { isWellFormedStatusToken, statusPath } from '@/lib/domain/status-link';

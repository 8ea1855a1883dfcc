// No imports: next.config.ts reads this, and its loader resolves no `@/` paths.

/**
 * The request header by which proxy.ts hands a search's board segment (board-view.ts) to the
 * rewrite in next.config.ts. A client may send it too: that reaches only `/board/<segment>`, a
 * public route anyone can fetch, and only on a `/jobs` with filters, where proxy.ts sets it anew.
 */
export const BOARD_VIEW_HEADER = 'x-portico-board-view';

/** Set by proxy.ts on the routes it guards, so requireUser() can send the visitor back there. */
export const PATHNAME_HEADER = 'x-portico-pathname';

// Runs in the browser before the page hydrates. Zod probes `new Function` once to decide
// whether to compile its parsers; no page's CSP allows eval, so the probe fails quietly but
// the browser still reports it as a violation. Parsing without the compiled fast path costs
// nothing a form would notice.
//
// Zod keeps its settings in one object on globalThis, shared by every copy of it and created
// only when absent (zod/v4/core/core.js), and reads `jitless` when a schema is built. Setting
// it here, instead of importing zod's `config()`, keeps zod's core out of the pages that never
// parse (the board and job pages: ~5 KB gzip and ~190 ms of main-thread time in Lighthouse's
// mobile run). e2e/content-security-policy.spec.ts fails if a page reports the probe again.
const shared = globalThis as { __zod_globalConfig?: Record<string, unknown> };
(shared.__zod_globalConfig ??= {}).jitless = true;

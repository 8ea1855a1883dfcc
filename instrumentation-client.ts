import { config } from 'zod/v4/core';

// Runs in the browser before the page hydrates. Zod probes `new Function` once to decide
// whether to compile its parsers; no page's CSP allows eval, so the probe fails quietly but
// the browser still reports it as a violation. Parsing without the compiled fast path costs
// nothing a form would notice.
config({ jitless: true });

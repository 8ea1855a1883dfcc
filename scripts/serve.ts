import { createServer } from 'node:http';
import next from 'next';
import { withPublicPageCache } from './lib/serve-public-page';

// The production server (`npm start`, the e2e suite and the bench run it): Next's own handler,
// with the public board and job pages answered from lib/public-page-cache when they can be.
// Usage: tsx scripts/serve.ts --port 3000 [--hostname 127.0.0.1]

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const port = Number(option('--port') ?? process.env.PORT ?? 3000);
// Loopback by default: only behind a trusted proxy should anyone else reach it (README, Security).
const hostname = option('--hostname') ?? process.env.HOSTNAME ?? '127.0.0.1';
// The production start-up checks (instrumentation.ts) read where the server listens from here.
process.env.HOSTNAME = hostname;

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const server = createServer(withPublicPageCache(app.getRequestHandler()));
  server.listen(port, hostname, () => console.log(`▲ Portico (Next.js production server) on http://${hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

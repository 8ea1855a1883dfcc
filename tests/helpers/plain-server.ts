import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A plain Node HTTP server on a free loopback port, standing in for Next's where a hook works on
 * any server in the process (Node's diagnostics channels). close() drops its open connections.
 */
export async function startPlainServer(handler: RequestListener): Promise<{ base: string; close: () => void }> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

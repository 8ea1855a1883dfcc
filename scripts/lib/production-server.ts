/**
 * How to run the production server (scripts/serve.ts) in a child process: `npm start`, the e2e
 * suite and the bench all serve the app the same way. Plain Node with tsx, without the
 * react-server condition the other scripts use: Next's server loads its own React builds.
 */
export function productionServerCommand(port: string | number, hostname?: string): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), ...(hostname ? ['--hostname', hostname] : [])],
  };
}

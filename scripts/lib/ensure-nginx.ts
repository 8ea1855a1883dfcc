import { spawnSync } from 'node:child_process';

const hasNginx = () => spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;

/**
 * The topology suite runs deploy/nginx.conf in Debian's nginx-light (the proxy the
 * deployment uses). As root with apt it is installed when missing, like Chromium for the e2e suite.
 */
export function ensureNginx(log: (line: string) => void): void {
  if (hasNginx()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    log('Installing nginx from the system packages (apt-get install nginx-light) …');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    // Debian starts the packaged service on install; the suite runs its own nginx.
    spawnSync('sh', ['-c', 'command -v service >/dev/null && service nginx stop'], { stdio: 'ignore' });
  }
  if (!hasNginx()) throw new Error('nginx is needed for the topology suite: apt-get install nginx-light');
}

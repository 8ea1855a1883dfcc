import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startChild, type Child } from './processes';

const DEPLOY_DIR = path.resolve('deploy');

/**
 * deploy/nginx/portico-upstreams.conf with its instances' addresses replaced by these, in the
 * order they first appear (app1:3000 is the first), so the suite runs the committed server
 * parameters (health checks, backups) and not a copy of them.
 */
function upstreamsFor(addresses: string[]): string {
  const committed = readFileSync(path.join(DEPLOY_DIR, 'nginx', 'portico-upstreams.conf'), 'utf8');
  const named = [...new Set([...committed.matchAll(/^server\s+(\S+)/gm)].map((match) => match[1]!))];
  if (named.length !== addresses.length) throw new Error(`deploy/nginx/portico-upstreams.conf names ${named.length} instances, the topology runs ${addresses.length}`);
  return committed.replace(/^(server\s+)(\S+)/gm, (_line, server: string, address: string) => `${server}${addresses[named.indexOf(address)]}`);
}

/**
 * nginx with deploy/nginx.conf exactly as committed: the file is copied unchanged next to
 * the two includes a deployment writes (its listen line and its app instances), and nginx runs
 * with a prefix of its own for pid, temp and cache files.
 */
export function startNginx(dir: string, { port, upstreams }: { port: number; upstreams: string[] }): Child {
  const confDir = path.join(dir, 'conf');
  mkdirSync(path.join(confDir, 'nginx'), { recursive: true });
  for (const dirName of ['temp', 'cache']) mkdirSync(path.join(dir, dirName), { recursive: true, mode: 0o777 });
  for (const file of ['nginx.conf', 'nginx/mime.types.conf']) copyFileSync(path.join(DEPLOY_DIR, file), path.join(confDir, file));
  writeFileSync(path.join(confDir, 'nginx', 'portico-listen.conf'), `listen 127.0.0.1:${port};\n`);
  writeFileSync(path.join(confDir, 'nginx', 'portico-upstreams.conf'), upstreamsFor(upstreams));
  // Workers of a root master run as nobody: they must write the cache and temp files.
  spawnSync('chmod', ['-R', 'a+rwX', dir]);
  const args = ['-p', `${dir}/`, '-c', path.join(confDir, 'nginx.conf'), '-g', 'daemon off;'];
  const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused deploy/nginx.conf:\n${check.stderr}`);
  return startChild('nginx', 'nginx', args);
}

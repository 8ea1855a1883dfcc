import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startChild, type Child } from './processes';

const DEPLOY_DIR = path.resolve('deploy');

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
  writeFileSync(path.join(confDir, 'nginx', 'portico-upstreams.conf'), upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;\n`).join(''));
  // Workers of a root master run as nobody: they must write the cache and temp files.
  spawnSync('chmod', ['-R', 'a+rwX', dir]);
  const args = ['-p', `${dir}/`, '-c', path.join(confDir, 'nginx.conf'), '-g', 'daemon off;'];
  const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused deploy/nginx.conf:\n${check.stderr}`);
  return startChild('nginx', 'nginx', args);
}

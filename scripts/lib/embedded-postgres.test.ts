import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDataDir, startEmbeddedPostgres } from './embedded-postgres';

// A crash of `npm run dev` (SIGKILL) leaves the postmaster running with its lock file. The next
// start must find it through postmaster.pid and reuse it, not fail on "lock file exists".
const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'portico-embedded-'));
chmodSync(dataRoot, 0o755); // mkdtemp makes it 0700: out of reach of the postgres user when we are root
const port = 55_000 + Math.floor(Math.random() * 4000);
const projectDir = path.resolve(import.meta.dirname, '../..');

afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

function startInChild(): Promise<number> {
  // A separate process that starts the cluster, reports, then waits to be killed.
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(path.join(projectDir, 'scripts/lib/embedded-postgres.ts'))};
    await startEmbeddedPostgres({ projectDir: ${JSON.stringify(projectDir)}, name: 'x', port: ${port}, dataDirOverride: ${JSON.stringify(path.join(dataRoot, 'pg'))}, log: () => {} });
    console.log('READY');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectDir, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve(child.pid!);
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
}

describe('embedded PostgreSQL', () => {
  it('reuses a postmaster orphaned by a killed parent, then stops it', async () => {
    const parent = await startInChild();
    process.kill(parent, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    const pidFile = path.join(dataRoot, 'pg', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true); // the orphan is still running

    const lines: string[] = [];
    const cluster = await startEmbeddedPostgres({ projectDir, name: 'x', port, dataDirOverride: path.join(dataRoot, 'pg'), log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/orphaned PostgreSQL .* reusing it/);
    const sql = postgres(cluster.databaseUrl('postgres'), { max: 1 });
    const [row] = await sql<{ ok: number }[]>`select 1 as ok`;
    await sql.end();
    expect(row?.ok).toBe(1);

    await cluster.stop();
    expect(existsSync(pidFile)).toBe(false);
  }, 90_000);

  it('keeps the data in the project unless the postgres user cannot reach it', () => {
    const open = path.join(dataRoot, 'open-project');
    mkdirSync(open, { recursive: true });
    expect(resolveDataDir(open, 'postgres')).toBe(path.join(open, '.data', 'postgres'));

    const closedParent = path.join(dataRoot, 'closed');
    const closed = path.join(closedParent, 'project');
    mkdirSync(closed, { recursive: true });
    chmodSync(closedParent, 0o700);
    const resolved = resolveDataDir(closed, 'postgres');
    if (process.getuid?.() === 0) {
      // As root PostgreSQL runs as `postgres`, which cannot enter a 0700 root-owned folder.
      expect(resolved.startsWith(closed)).toBe(false);
      expect(resolved).toMatch(/portico\/[0-9a-f]{12}\/postgres$/);
    } else {
      expect(resolved).toBe(path.join(closed, '.data', 'postgres'));
    }
  });
});

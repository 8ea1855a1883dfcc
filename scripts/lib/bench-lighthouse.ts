import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// Lighthouse (mobile: its default emulation and throttling) on the public pages: the median of
// three runs of each category score, and the JavaScript and HTML each page transferred. A report,
// not an assertion; on a shared machine the performance score moves with the load.

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function chromePath(): string | undefined {
  return process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

interface Lhr {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

/** One run of the lighthouse CLI (npm package, pinned in devDependencies), which starts its own Chromium. */
function runLighthouse(url: string): Promise<Lhr> {
  const bin = path.resolve('node_modules', '.bin', 'lighthouse');
  const args = [url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: chromePath() ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}: ${err.slice(-500)}`));
      try {
        resolve(JSON.parse(out) as Lhr);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export async function benchLighthouse(base: string, pages: string[], log: (line: string) => void): Promise<string> {
  const lines = [
    `| page (Lighthouse mobile, median of ${RUNS}) | performance | accessibility | best practices | SEO | TBT (ms) | JS transferred (KB) | HTML transferred (KB) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const page of pages) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const tbt: number[] = [];
    const js: number[] = [];
    const html: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const lhr = await runLighthouse(`${base}${page}`);
      for (const category of CATEGORIES) scores[category]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      tbt.push(Number(lhr.audits['total-blocking-time']?.numericValue ?? 0));
      const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []) as NetworkItem[];
      js.push(items.filter((i) => i.resourceType === 'Script').reduce((sum, i) => sum + (i.transferSize ?? 0), 0));
      html.push(items.filter((i) => i.resourceType === 'Document').reduce((sum, i) => sum + (i.transferSize ?? 0), 0));
    }
    const cells = CATEGORIES.map((c) => String(median(scores[c] ?? [])));
    lines.push(`| \`${page}\` | ${cells.join(' | ')} | ${median(tbt).toFixed(0)} | ${(median(js) / 1024).toFixed(1)} | ${(median(html) / 1024).toFixed(1)} |`);
    log(`lighthouse ${page}: ${cells.join(' / ')}`);
  }
  return lines.join('\n');
}

import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules (eslint.layers.mjs) are only worth having if they fire: lint virtual files
// placed in each layer and check which imports are refused. lintText resolves the imports
// against the real tree, so each import below names a file that exists.

const root = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import/no-restricted-paths' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it('refuse a component importing a server action from app/', async () => {
    const errors = await layerErrors(
      'components/admin/users/probe-form.tsx',
      "import { inviteUserAction } from '@/app/admin/users/actions';\nexport const probe = inviteUserAction;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/page passes the action to the form as a prop/)]);
  });

  it('refuse a component importing the database, even for a type, but not db/types.ts', async () => {
    expect(await layerErrors('components/probe.tsx', "import type { PublicJob } from '@/db/queries/jobs';\nexport type P = PublicJob;\n")).toEqual([
      expect.stringMatching(/never import the database/),
    ]);
    expect(await layerErrors('components/probe.tsx', "import type { PublicJob } from '@/db/types';\nexport type P = PublicJob;\n")).toEqual([]);
  });

  it('refuse public-site code importing staff code', async () => {
    const errors = await layerErrors(
      'components/job/probe.tsx',
      "import { JobStatusBadge } from '@/components/dashboard/job-status-badge';\nexport const probe = JobStatusBadge;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/Public-site code never imports staff/)]);
  });

  it('refuse a query importing lib/, relative paths included, but allow lib/domain', async () => {
    expect(await layerErrors('db/queries/probe.ts', "import { logger } from '../../lib/logger';\nexport const probe = logger;\n")).toEqual([
      expect.stringMatching(/db\/queries may import only db\/ and lib\/domain/),
    ]);
    expect(await layerErrors('db/queries/probe.ts', "import { TAGS } from '@/lib/domain/cache-tags';\nexport const probe = TAGS;\n")).toEqual([]);
  });

  it('keep lib/domain free of every other layer, types included', async () => {
    expect(await layerErrors('lib/domain/probe.ts', "import type { Job } from '@/db/schema';\nexport type Probe = Job;\n")).toEqual([
      expect.stringMatching(/imports nothing but itself/),
    ]);
  });

  it('refuse SQL built in lib/, but allow its types', async () => {
    expect(await layerErrors('lib/jobs/probe.ts', "import { sql } from 'drizzle-orm';\nexport const probe = sql`select 1`;\n")).toEqual([
      expect.stringMatching(/All SQL lives in db\/queries/),
    ]);
    expect(await layerErrors('lib/jobs/probe.ts', "import type { SQL } from 'drizzle-orm';\nexport type Probe = SQL;\n")).toEqual([]);
  });

  it('leave tests free to reach into any layer', async () => {
    expect(await layerErrors('db/queries/probe.test.ts', "import { logger } from '@/lib/logger';\nexport const probe = logger;\n")).toEqual([]);
  });
});

import postgres from 'postgres';

// The suite's own database (scripts/test.ts creates it and passes DATABASE_URL; the webServer seeds it), for asserting
// what was stored — never a shared or production database.
let client: postgres.Sql | undefined;

export function db(): postgres.Sql {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the browser tests through `npm test` or `npm run test:e2e`.');
  client ??= postgres(url, { max: 2, onnotice: () => {} });
  return client;
}

export async function applicationCount(jobSlug: string, email?: string): Promise<number> {
  const [row] = await db()<{ count: number }[]>`
    select count(*)::int as count
    from applications a join jobs j on j.id = a.job_id join candidates c on c.id = a.candidate_id
    where j.slug = ${jobSlug} and (${email ?? null}::text is null or c.email = ${email ?? ''})`;
  return row?.count ?? 0;
}

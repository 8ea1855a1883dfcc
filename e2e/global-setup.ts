import postgres from 'postgres';

// Runs once after Playwright's webServer answers and before any spec: checks that the server was
// started on the suite's own database and seeded with the demo accounts the specs sign in with,
// so a wrong database or a failed seed is one clear message instead of hundreds of red tests.
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: run the browser tests with `npm run test:e2e` (it makes a fresh database), or point DATABASE_URL at an empty one.');
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ email: string }[]>`select email from users where email in ('admin@example.com', 'manager@example.com') and active`;
    if (rows.length < 2) throw new Error(`The database at DATABASE_URL has no active demo accounts: the server's seed (SEED_DEMO=true) did not run on it.`);
  } finally {
    await sql.end();
  }
}

import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` needs no database; `db:migrate` (scripts/db-migrate.ts) applies the output.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/portico' },
  strict: true,
  verbose: true,
});

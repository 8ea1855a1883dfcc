import 'server-only';
import postgres from 'postgres';
import { env } from '@/lib/env';

// A small pool of its own for streamed exports: a cursor holds its connection for as long as
// the download runs, so a few slow clients must not starve the pool every page depends on.
const EXPORT_POOL_MAX = 4;
const globalForExport = globalThis as unknown as { porticoExportSql?: postgres.Sql };

export function exportSql(): postgres.Sql {
  if (!globalForExport.porticoExportSql) {
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`.');
    globalForExport.porticoExportSql = postgres(env.DATABASE_URL, {
      max: EXPORT_POOL_MAX,
      onnotice: () => {},
      connection: { application_name: 'portico-export' },
    });
  }
  return globalForExport.porticoExportSql;
}

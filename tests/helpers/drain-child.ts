// Run as a child process by lib/mail/drain-outbox.crash.test.ts, which kills it mid-send:
//   tsx --conditions=react-server tests/helpers/drain-child.ts <smtpUrl> <leaseMs> <dedupeKey>...
import { createDb } from '@/db/client';
import { smtpDeliver } from '@/lib/mail/deliver';
import { drainOutbox } from '@/lib/mail/drain-outbox';

const [smtpUrl, leaseMs, ...keys] = process.argv.slice(2);
if (!smtpUrl || !leaseMs || !process.env.DATABASE_URL) throw new Error('usage: drain-child <smtpUrl> <leaseMs> <dedupeKey>...');
const { db, sql } = createDb(process.env.DATABASE_URL, { max: 2 });
await drainOutbox(db, smtpDeliver({ smtpUrl, from: 'Portico <jobs@example.com>' }), { leaseMs: Number(leaseMs), onlyDedupeKeys: keys });
await sql.end();

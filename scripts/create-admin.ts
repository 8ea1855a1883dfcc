import './lib/load-env';
import { parseArgs } from 'node:util';
import { runMigrations } from '../db/migrate';
import { createDb } from '../db/client';
import { createAdmin } from '../db/queries/create-admin';
import { env } from '../lib/env';
import { provideDatabase } from './lib/database';

// `npm run create-admin -- --email you@example.com --name "Your Name"`: the first admin of a real
// installation (see README, Set-up). The password is typed at the terminal without echo, or read
// from standard input with --password-stdin; with --link (or an empty password) the script
// prints a one-time set-password link instead, valid 72 hours. Audited as user.created.

const log = (line: string) => console.log(`[create-admin] ${line}`);
const fail = (line: string): never => {
  console.error(`[create-admin] ${line}`);
  process.exit(1);
};

const USAGE = 'Usage: npm run create-admin -- --email you@example.com --name "Your Name" [--password-stdin | --link]';
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        link: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (!values.email || !values.name) fail(USAGE);
if (values['password-stdin'] && values.link) fail('Give --password-stdin or --link, not both.');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // The first line is the password (a trailing newline from `echo` or a file is not part of it).
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

async function askPassword(): Promise<string | null> {
  if (values.link) return null;
  if (values['password-stdin']) return readStdin();
  if (!process.stdin.isTTY) fail(`Standard input is not a terminal: pipe the password with --password-stdin, or use --link.\n${USAGE}`);
  const { default: password } = await import('@inquirer/password');
  const first = await password({ message: 'Password (at least 12 characters; empty for a one-time set-password link):', mask: false });
  if (first === '') return null;
  const again = await password({ message: 'The same password again:', mask: false });
  if (again !== first) fail('The two passwords differ; nothing was created.');
  return first;
}

const password = await askPassword();
// Set here, used at the very end: the database must be stopped whatever happened.
let exitCode = 0;
const database = await provideDatabase('portico', log);
try {
  await runMigrations(database.url);
  const { db, sql } = createDb(database.url, { max: 1 });
  try {
    const result = await createAdmin({ email: values.email!, name: values.name!, password }, db);
    if (!result.ok) {
      // Not fail(): the database must still be stopped below.
      console.error(
        `[create-admin] ${result.reason === 'exists' ? `A user with the email ${values.email} exists already; nothing was changed.` : `Nothing was created:\n  ${result.problems.join('\n  ')}`}`,
      );
      exitCode = 1;
    } else if (result.invitation) {
      const link = new URL(`/set-password?token=${result.invitation.token}`, env.APP_URL).toString();
      log(`Admin ${result.invitation.email} created. Open this link to choose the password (once, until ${result.invitation.expiresAt.toISOString()}):`);
      console.log(link);
    } else {
      log(`Admin ${values.email} created; sign in at ${new URL('/sign-in', env.APP_URL).toString()}`);
    }
  } finally {
    await sql.end();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);

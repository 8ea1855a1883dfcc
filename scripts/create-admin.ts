import './lib/load-env';
import { parseArgs } from 'node:util';
import { createAdmin } from '../lib/auth/create-admin';
import { env } from '../lib/env';
import { withMigratedDatabase } from './lib/with-database';

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
const exitCode = await withMigratedDatabase(log, async (db) => {
  const result = await createAdmin({ email: values.email!, name: values.name!, password }, db);
  if (!result.ok) {
    const reason =
      result.reason === 'exists'
        ? `A user with the email ${values.email} exists already; nothing was changed.`
        : `Nothing was created:\n  ${result.problems.join('\n  ')}`;
    console.error(`[create-admin] ${reason}`);
    return 1;
  }
  if (result.invitation) {
    const link = new URL(`/set-password?token=${result.invitation.token}`, env.APP_URL).toString();
    log(`Admin ${result.invitation.email} created. Open this link to choose the password (once, until ${result.invitation.expiresAt.toISOString()}):`);
    console.log(link);
  } else {
    log(`Admin ${values.email} created; sign in at ${new URL('/sign-in', env.APP_URL).toString()}`);
  }
  return 0;
});
// Explicit: something in the database client's shutdown resets process.exitCode.
process.exit(exitCode);

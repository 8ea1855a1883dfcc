import postgres from 'postgres';

// Two database roles (issue 10 item 9). The owner (MIGRATION_DATABASE_URL) owns every table and
// runs the migrations; the app (DATABASE_URL) reads and writes rows only. Owning a table is what
// lets a role drop or disable its triggers, so the app owns none of Portico's tables, and it has
// no UPDATE, DELETE or TRUNCATE on audit_log at all: even a compromised app cannot rewrite the
// audit trail. Run after every migration (db:migrate and the start-up do), so new tables are granted.

/** pg-boss creates and migrates its own schema when the worker starts (as the app's role). */
const PG_BOSS_SCHEMA = 'pgboss';

export interface AppRoleReport {
  role: string;
  created: boolean;
}

/** An SQL identifier, quoted (role and database names come from configuration). */
export function quoteIdent(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** The role name and password of a connection URL. */
export function roleOf(url: string): { name: string; password: string | null } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.username);
  if (!name) throw new Error('DATABASE_URL names no user: the app role cannot be granted');
  return { name, password: parsed.password ? decodeURIComponent(parsed.password) : null };
}

/** Whether the two URLs connect as the same role (then there is one role and nothing to grant). */
export function sameRole(ownerUrl: string, appUrl: string): boolean {
  return roleOf(ownerUrl).name === roleOf(appUrl).name;
}

/**
 * Creates the app's role when it does not exist (with the password of DATABASE_URL) and grants it
 * exactly what the app needs on the current database, connected as the owner.
 */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<AppRoleReport> {
  const { name, password } = roleOf(appUrl);
  if (sameRole(ownerUrl, appUrl)) throw new Error('MIGRATION_DATABASE_URL and DATABASE_URL connect as the same role: give the app a role of its own');
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql.begin(async (tx) => {
      const [existing] = await tx<{ super: boolean }[]>`select rolsuper as super from pg_roles where rolname = ${name}`;
      if (existing?.super) throw new Error(`The app role "${name}" is a superuser: it could disable any trigger. Use an ordinary role.`);
      if (!existing) {
        // format() quotes the name and the password as PostgreSQL itself would; CREATE ROLE takes no parameters.
        const [create] = await tx<{ statement: string }[]>`select format('create role %I login password %L', ${name}::text, ${password}::text) as statement`;
        await tx.unsafe(create!.statement);
      }
      const [current] = await tx<{ database: string }[]>`select current_database() as database`;
      const database = current!.database;
      const app = quoteIdent(name);
      await tx.unsafe(`grant connect, temporary on database ${quoteIdent(database)} to ${app}`);
      // pg-boss makes its schema on the worker's first start; the app's role owns that one only.
      await tx.unsafe(`grant create on database ${quoteIdent(database)} to ${app}`);
      await tx.unsafe(`grant usage on schema public to ${app}`);
      await tx.unsafe(`revoke create on schema public from ${app}`);
      await tx.unsafe(`grant select, insert, update, delete on all tables in schema public to ${app}`);
      await tx.unsafe(`grant usage, select on all sequences in schema public to ${app}`);
      await tx.unsafe(`revoke update, delete, truncate, references, trigger on public.audit_log from ${app}`);
      // A schema pg-boss made earlier as the owner (one URL before) passes to the app's role.
      const [boss] = await tx<{ owner: string }[]>`select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = ${PG_BOSS_SCHEMA}`;
      if (boss && boss.owner !== name) {
        await tx.unsafe(`alter schema ${quoteIdent(PG_BOSS_SCHEMA)} owner to ${app}`);
        const owned = await tx<{ kind: string; object: string }[]>`
          select case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end as kind, c.relname as object
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = ${PG_BOSS_SCHEMA} and c.relkind in ('r', 'p', 'v', 'S') and not exists (
             select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))`;
        for (const { kind, object } of owned) await tx.unsafe(`alter ${kind} ${quoteIdent(PG_BOSS_SCHEMA)}.${quoteIdent(object)} owner to ${app}`);
        for (const { name: fn } of await tx<{ name: string }[]>`select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ${PG_BOSS_SCHEMA}`) {
          await tx.unsafe(`alter function ${fn} owner to ${app}`);
        }
      }
      return { role: name, created: !existing };
    });
  } finally {
    await sql.end();
  }
}

import type postgres from 'postgres';

// Where Drizzle meets postgres.js. The wrap is kept to the two calls Drizzle makes: `unsafe`
// (every query) and `begin` (every transaction, with its nested savepoints). It does two things:
//
// - Every query is a named prepared statement, as postgres.js's own tagged queries are. Drizzle
//   asks `unsafe` for an unprepared one (drizzle-orm#6096), and postgres.js then spends two round
//   trips on each query with parameters: one to learn their types, one to run it. Prepared, the
//   statement is described once per connection and each later run is one round trip (postgres.js
//   re-prepares it if a migration changes what it reads). `?prepare=false` in DATABASE_URL turns
//   this off for a pooler that cannot keep prepared statements (PgBouncer in transaction mode
//   before 1.21): the client's option still decides.
// - Whatever observer is installed sees each query and transaction (metrics, spans).

/**
 * What observes the database work of this process (lib/observability/db-observer.ts installs
 * one: metrics, and spans when tracing is on). postgres.js has no instrumentation of its own
 * and no maintained OpenTelemetry package.
 */
export interface DbObserver {
  /** `pooled`: the work holds a pool connection of its own (a query outside a transaction, or a transaction). */
  observe<T>(work: { kind: 'query' | 'transaction'; text: string; pooled: boolean }, run: () => Promise<T>): Promise<T>;
}

const OBSERVER = Symbol.for('portico.dbObserver');
const holder = globalThis as unknown as Record<symbol, DbObserver | undefined>;

export function setDbObserver(observer: DbObserver | undefined): void {
  holder[OBSERVER] = observer;
}

/** A query object that runs, observed, when awaited; `.values()` keeps working as Drizzle chains it. */
function observedQuery(query: postgres.PendingQuery<postgres.Row[]>, observer: DbObserver, text: string, pooled: boolean): unknown {
  let running: Promise<unknown> | undefined;
  const run = () => (running ??= observer.observe({ kind: 'query', text, pooled }, () => query));
  const proxy: unknown = new Proxy(query, {
    get(target, property) {
      if (property === 'then') return (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => run().then(onFulfilled, onRejected);
      if (property === 'catch') return (onRejected?: (e: unknown) => unknown) => run().catch(onRejected);
      if (property === 'finally') return (onFinally?: () => void) => run().finally(onFinally);
      if (property === 'values') {
        return () => {
          target.values();
          return proxy;
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return proxy;
}

type AnySql = postgres.Sql | postgres.TransactionSql;

function wrap<S extends AnySql>(sql: S, inTransaction: boolean): S {
  return new Proxy(sql, {
    get(target, property, receiver) {
      const observer = holder[OBSERVER];
      if (property === 'unsafe') {
        return (text: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => {
          const query = target.unsafe<postgres.Row[]>(text, params, { ...options, prepare: true });
          return observer ? observedQuery(query, observer, text, !inTransaction) : query;
        };
      }
      if (observer && property === 'begin' && !inTransaction) {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const begin = (target as postgres.Sql).begin.bind(target) as (...a: unknown[]) => Promise<unknown>;
          return observer.observe({ kind: 'transaction', text: 'BEGIN', pooled: true }, () => begin(...args, (tx: postgres.TransactionSql) => fn(wrap(tx, true))));
        };
      }
      if (property === 'savepoint' && inTransaction) {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const savepoint = (target as postgres.TransactionSql).savepoint.bind(target) as (...a: unknown[]) => Promise<unknown>;
          return savepoint(...args, (tx: postgres.TransactionSql) => fn(wrap(tx, true)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** The pool, its queries prepared, observed by whatever observer is installed at the time of each call. */
export function instrumentSql<S extends postgres.Sql>(sql: S): S {
  return wrap(sql, false);
}

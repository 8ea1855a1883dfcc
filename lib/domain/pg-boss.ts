/** The PostgreSQL schema pg-boss keeps its tables in: the worker starts it there, the outbox health query reads it. */
export const PG_BOSS_SCHEMA = 'pgboss';

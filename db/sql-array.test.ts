import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { sqlArray } from './sql-array';

const dialect = new PgDialect();

describe('sqlArray', () => {
  it('binds each value as a parameter of a typed array', () => {
    const query = dialect.sqlToQuery(sqlArray([3, 1, 2], 'int'));
    expect(query.sql).toBe('array[$1, $2, $3]::int[]');
    expect(query.params).toEqual([3, 1, 2]);
  });

  it('never puts a value into the SQL text', () => {
    const query = dialect.sqlToQuery(sqlArray(["o'brien", '); drop table jobs; --'], 'text'));
    expect(query.sql).toBe('array[$1, $2]::text[]');
    expect(query.params).toEqual(["o'brien", '); drop table jobs; --']);
  });

  it('types an empty array, which PostgreSQL cannot infer', () => {
    expect(dialect.sqlToQuery(sqlArray([], 'int')).sql).toBe('array[]::int[]');
  });
});

import { sql, type SQL } from 'drizzle-orm';

/**
 * A PostgreSQL array of bound parameters, `array[$1, $2]::int[]`, for `unnest` and `= any`:
 * drizzle spells a JavaScript array in `sql` as a list for `in`, `($1, $2)`, which is no array.
 * The cast types an empty array too.
 */
export function sqlArray(values: readonly number[], type: 'int'): SQL;
export function sqlArray(values: readonly string[], type: 'text'): SQL;
export function sqlArray(values: readonly (number | string)[], type: 'int' | 'text'): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}

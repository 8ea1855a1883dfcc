/**
 * An id bound into a server action (`action.bind(null, id)`) comes back from the browser as
 * sent: bound arguments are not signed, so they are checked like any other input.
 */
export function isRowId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= 2_147_483_647;
}

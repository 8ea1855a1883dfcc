import type { StageKind } from './job-enums';

// The one rule about a stage move that both the forms (through lib/validations/stage-move) and
// the move query check, so the browser and the database agree on it.

/**
 * A rejection names one of the admins' rejection reasons (so they can be counted); the free
 * text beside it is optional. Other moves need neither.
 */
export function reasonMissing(kind: StageKind, rejectionReasonId: number | string | undefined | null): boolean {
  return kind === 'rejected' && !(Number(rejectionReasonId) > 0);
}

import type { JobEditableFields } from '@/db/schema';
// What the audit log keeps of a job: the editable columns, and for an edit only those that
// changed (plus the version), so the log reads as "before → after" without repeating a
// 5,000-character description that nobody touched.

/** A job as the audit log records it: its editable fields, with the closing date as ISO text. */
export type JobSnapshot = Omit<JobEditableFields, 'closesAt'> & { closesAt: string | null };

type Row = JobEditableFields;

export function jobSnapshot(row: Row): JobSnapshot {
  return { ...row, closesAt: row.closesAt ? row.closesAt.toISOString() : null };
}

export function changedFields(before: JobSnapshot, after: JobSnapshot): { before: Partial<JobSnapshot>; after: Partial<JobSnapshot> } {
  const keys = (Object.keys(after) as Array<keyof JobSnapshot>).filter((key) => key === 'version' || before[key] !== after[key]);
  const pick = (snapshot: JobSnapshot) => Object.fromEntries(keys.map((key) => [key, snapshot[key]])) as Partial<JobSnapshot>;
  return { before: pick(before), after: pick(after) };
}

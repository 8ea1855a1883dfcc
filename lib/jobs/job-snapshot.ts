// What the audit log keeps of a job: the editable columns, and for an edit only those that
// changed (plus the version), so the log reads as "before → after" without repeating a
// 5,000-character description that nobody touched.

export interface JobSnapshot {
  title: string;
  slug: string;
  departmentId: number | null;
  locationId: number | null;
  workplaceType: string;
  employmentType: string;
  payMin: string | null;
  payMax: string | null;
  payCurrency: string | null;
  payPeriod: string | null;
  summary: string;
  descriptionMarkdown: string;
  closesAt: string | null;
  status: string;
  version: number;
}

type Row = Omit<JobSnapshot, 'closesAt'> & { closesAt: Date | null };

export function jobSnapshot(row: Row): JobSnapshot {
  return { ...row, closesAt: row.closesAt ? row.closesAt.toISOString() : null };
}

export function changedFields(before: JobSnapshot, after: JobSnapshot): { before: Partial<JobSnapshot>; after: Partial<JobSnapshot> } {
  const keys = (Object.keys(after) as Array<keyof JobSnapshot>).filter((key) => key === 'version' || before[key] !== after[key]);
  const pick = (snapshot: JobSnapshot) => Object.fromEntries(keys.map((key) => [key, snapshot[key]])) as Partial<JobSnapshot>;
  return { before: pick(before), after: pick(after) };
}

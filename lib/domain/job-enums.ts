// The value lists behind the database enums, with the words people see.
// Imported by db/schema.ts and by client code alike, so it must stay free of server imports.

export const JOB_STATUSES = ['draft', 'published', 'closed', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const WORKPLACE_TYPES = ['on_site', 'hybrid', 'remote'] as const;
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];
export const WORKPLACE_TYPE_LABELS: Record<WorkplaceType, string> = {
  on_site: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const QUESTION_KINDS = [
  'short_text',
  'long_text',
  'yes_no',
  'single_choice',
  'multiple_choice',
  'number',
  'url',
  'file',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const STAGE_KINDS = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
// Every new job starts with these stages; they are rows, so a job can change them later.
export const DEFAULT_STAGES: ReadonlyArray<{ name: string; kind: StageKind }> = [
  { name: 'Applied', kind: 'applied' },
  { name: 'Screening', kind: 'screening' },
  { name: 'Interview', kind: 'interview' },
  { name: 'Offer', kind: 'offer' },
  { name: 'Hired', kind: 'hired' },
  { name: 'Rejected', kind: 'rejected' },
];

export const USER_ROLES = ['admin', 'hiring_manager'] as const;
export type UserRole = (typeof USER_ROLES)[number];

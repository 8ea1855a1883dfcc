// The view types components render, in one place components may import. Type-only re-exports:
// nothing here runs, so importing this file never pulls a query (or the database client, or
// `server-only`) into a client bundle. The types stay defined beside the query that produces them.
export type { AdminJobListItem } from './queries/admin-jobs';
export type { AdminSettings } from './queries/admin-settings';
export type { AdminUserRow, UserStatus } from './queries/admin-users';
export type { OtherApplication } from './queries/applicant-detail';
export type { SourceCount } from './queries/applicant-sources';
export type { ApplicantRow } from './queries/applicants';
export type { CandidateApplicationHit, CandidateHit, CandidateSearchResult, ResumeTextState } from './queries/candidate-search';
export type { AuditEntryView, AuditFilterOptions, AuditFilters } from './queries/audit-log';
export type { DashboardJob, JobPipeline, StageCount } from './queries/dashboard';
export type { OutboxHealth } from './queries/email-outbox';
export type { AdminEmailTemplate } from './queries/email-templates';
export type { JobListItem, PublicJob } from './queries/jobs';
export type { NoteView } from './queries/notes';
export type { RatingView } from './queries/ratings';
export type { ReportFilterOptions } from './queries/reports';
export type { ApplicationAnswers } from './schema';

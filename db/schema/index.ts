// The database schema, one file per domain. Everything is re-exported here: import from '@/db/schema'.
export * from './enums';
export * from './company';
export * from './jobs';
export * from './applications';
export * from './users';
export * from './review';
export * from './api';
export * from './mail';
export * from './email-templates';
export * from './sign-in';
export * from './rejection-reasons';
export * from './interviews';
export * from './reports';
export * from './eeo';
export * from './resume-texts';
export * from './candidate-tags';
export * from './talent-pools';

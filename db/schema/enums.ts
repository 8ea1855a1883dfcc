import { pgEnum } from 'drizzle-orm/pg-core';
import {
  EMPLOYMENT_TYPES,
  JOB_STATUSES,
  PAY_PERIODS,
  QUESTION_KINDS,
  STAGE_KINDS,
  USER_ROLES,
  WORKPLACE_TYPES,
} from '../../lib/domain/job-enums';

// ---------------------------------------------------------------- enums
// The value lists live in lib/domain/job-enums.ts so client code can use them without drizzle.
export const jobStatus = pgEnum('job_status', JOB_STATUSES);
export const workplaceType = pgEnum('workplace_type', WORKPLACE_TYPES);
export const employmentType = pgEnum('employment_type', EMPLOYMENT_TYPES);
export const payPeriod = pgEnum('pay_period', PAY_PERIODS);
export const questionKind = pgEnum('question_kind', QUESTION_KINDS);
export const stageKind = pgEnum('stage_kind', STAGE_KINDS);
export const userRole = pgEnum('user_role', USER_ROLES);

import { z } from 'zod';
import { EMPLOYMENT_TYPES, PAY_PERIODS, QUESTION_KINDS, WORKPLACE_TYPES } from '@/lib/domain/job-enums';
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/search/board-params';

// The public API's shapes. These zod schemas are the single source: route handlers build their
// answers to them, and /api/v1/openapi.json is generated from them (lib/api/openapi.ts).

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const API_PAGE_SIZE_DEFAULT = 20;
export const API_PAGE_SIZE_MAX = 100;

// ---------------------------------------------------------------- requests
export const jobListQuerySchema = z
  .object({
    q: z.string().trim().max(SEARCH_QUERY_MAX_LENGTH, `q can be at most ${SEARCH_QUERY_MAX_LENGTH} characters`).optional()
      .meta({ description: 'Words to search for in titles, departments, locations and descriptions (typos tolerated).' }),
    department: z.string().trim().toLowerCase().max(100).regex(SLUG, 'department is a department slug, e.g. engineering').optional(),
    country: z.string().trim().regex(/^[A-Za-z]{2}$/, 'country is an ISO 3166-1 alpha-2 code, e.g. DE').transform((s) => s.toUpperCase()).optional(),
    workplace: z.enum(WORKPLACE_TYPES, { error: `workplace is one of ${WORKPLACE_TYPES.join(', ')}` }).optional(),
    type: z.enum(EMPLOYMENT_TYPES, { error: `type is one of ${EMPLOYMENT_TYPES.join(', ')}` }).optional(),
    limit: z.coerce.number({ error: 'limit is a whole number' }).int('limit is a whole number').min(1, 'limit is at least 1').max(API_PAGE_SIZE_MAX, `limit is at most ${API_PAGE_SIZE_MAX}`).default(API_PAGE_SIZE_DEFAULT),
    cursor: z.string().max(200).optional().meta({ description: 'The nextCursor of the previous page.' }),
  })
  .strict();
export type JobListQuery = z.output<typeof jobListQuerySchema>;

/** Path ids: positive 32-bit integers, so "abc", "1.5" or "99999999999" never reach SQL. */
export const jobIdSchema = z.coerce.number({ error: 'The job id is a positive whole number' }).int('The job id is a positive whole number').min(1, 'The job id is a positive whole number').max(2_147_483_647, 'The job id is too large');

// ---------------------------------------------------------------- responses
const dateTime = z.iso.datetime({ offset: true });

export const apiDepartmentRefSchema = z.object({ name: z.string(), slug: z.string() }).meta({ id: 'DepartmentRef' });
export const apiLocationRefSchema = z
  .object({ city: z.string().nullable(), region: z.string().nullable(), countryCode: z.string(), remoteArea: z.string().nullable() })
  .meta({ id: 'LocationRef' });
export const apiPaySchema = z
  .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string().nullable(), period: z.enum(PAY_PERIODS).nullable() })
  .meta({ id: 'Pay', description: 'The pay range as published; null fields were not given.' });

export const apiJobSummarySchema = z
  .object({
    id: z.int(),
    slug: z.string(),
    title: z.string(),
    url: z.string().meta({ description: "The job's page on the careers site." }),
    department: apiDepartmentRefSchema.nullable(),
    location: apiLocationRefSchema.nullable(),
    workplaceType: z.enum(WORKPLACE_TYPES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    pay: apiPaySchema.nullable(),
    publishedAt: dateTime,
  })
  .meta({ id: 'JobSummary' });

export const apiJobListSchema = z
  .object({
    data: z.array(apiJobSummarySchema),
    nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }),
  })
  .meta({ id: 'JobList' });

export const apiQuestionSchema = z
  .object({
    key: z.string(),
    kind: z.enum(QUESTION_KINDS),
    label: z.string(),
    helpText: z.string().nullable(),
    required: z.boolean(),
    options: z.array(z.string()).nullable(),
  })
  .meta({ id: 'Question' });

export const apiJobSchema = apiJobSummarySchema
  .extend({
    status: z.enum(['open', 'closed']).meta({ description: 'closed: no longer accepting applications (kept for links).' }),
    summary: z.string(),
    descriptionMarkdown: z.string(),
    closesAt: dateTime.nullable(),
    questions: z.array(apiQuestionSchema),
  })
  .meta({ id: 'Job' });

export const apiDepartmentListSchema = z
  .object({ data: z.array(z.object({ slug: z.string(), name: z.string(), openJobs: z.int() }).meta({ id: 'Department' })) })
  .meta({ id: 'DepartmentList' });

export const apiLocationListSchema = z
  .object({
    data: z.array(
      z
        .object({
          id: z.int(),
          city: z.string().nullable(),
          region: z.string().nullable(),
          countryCode: z.string(),
          country: z.string(),
          remoteArea: z.string().nullable(),
          openJobs: z.int(),
        })
        .meta({ id: 'Location' }),
    ),
  })
  .meta({ id: 'LocationList' });

export const apiApplicationCreatedSchema = z
  .object({
    reference: z.string().meta({ description: 'The reference the candidate can quote.' }),
    jobId: z.int(),
    status: z.literal('received'),
  })
  .meta({ id: 'ApplicationCreated' });

export const apiProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), detail: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export type ApiJobSummary = z.infer<typeof apiJobSummarySchema>;
export type ApiJob = z.infer<typeof apiJobSchema>;

// Greenhouse's documented response shapes, written as zod schemas for the tests. Source:
// https://developers.greenhouse.io/job-board.html (github.com/grnhse/greenhouse-api-docs,
// source/includes/job-board/_jobs.md, _departments.md, _offices.md), read 2026-11-29.
// Unknown keys are allowed, as Greenhouse's own live responses carry more than the examples.
import { z } from 'zod';

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
const id = z.number().int().nonnegative();

// "List jobs": id, internal_job_id, title, updated_at, requisition_id, location {name}, absolute_url, metadata.
export const ghJob = z.object({
  id,
  internal_job_id: id.nullable(),
  title: z.string().min(1),
  updated_at: timestamp,
  requisition_id: z.string().nullable(),
  location: z.object({ name: z.string() }),
  absolute_url: z.url(),
  metadata: z.array(z.object({ id, name: z.string(), value_type: z.string(), value: z.unknown() })).nullable(),
});

export const ghDepartmentRef = z.object({ id, name: z.string(), parent_id: id.nullable(), child_ids: z.array(id) });
export const ghOfficeRef = z.object({ id, name: z.string(), location: z.string().nullable(), parent_id: id.nullable(), child_ids: z.array(id) });

// "When ?content=true": plus content (HTML-entity-encoded), departments, offices.
export const ghJobWithContent = ghJob.extend({
  content: z.string().refine((s) => !/[<>]/.test(s), 'content is HTML-escaped: no raw < or >'),
  departments: z.array(ghDepartmentRef),
  offices: z.array(ghOfficeRef),
});

export const ghJobList = z.object({ jobs: z.array(ghJob), meta: z.object({ total: z.number().int().nonnegative() }) });
export const ghJobListWithContent = z.object({ jobs: z.array(ghJobWithContent), meta: z.object({ total: z.number().int().nonnegative() }) });

// "Retrieve a job": questions [{required, label, fields [{name, type, values}]}], pay_input_ranges.
export const ghFieldType = z.enum(['input_text', 'input_file', 'input_hidden', 'textarea', 'multi_value_single_select', 'multi_value_multi_select']);
export const ghQuestion = z.object({
  required: z.boolean(),
  label: z.string(),
  description: z.string().nullable().optional(),
  fields: z.array(z.object({ name: z.string(), type: ghFieldType, values: z.array(z.object({ value: z.number().int(), label: z.string() })).optional() })).min(1),
});
export const ghPayInputRange = z.object({
  min_cents: z.number().int(),
  max_cents: z.number().int(),
  currency_type: z.string().regex(/^[A-Z]{3}$/),
  title: z.string(),
  blurb: z.string(),
});
export const ghJobDetail = ghJobWithContent.extend({
  questions: z.array(ghQuestion).optional(),
  pay_input_ranges: z.array(ghPayInputRange).optional(),
});

// "List departments" / "Retrieve a department": jobs use the short job shape.
const ghShortJob = z.object({ id, title: z.string(), location: z.object({ name: z.string() }), updated_at: timestamp, absolute_url: z.url() });
export const ghDepartmentList = z.object({ id, name: z.string(), jobs: z.array(ghShortJob), parent_id: id.nullable(), child_ids: z.array(id) });
type TreeNode = { id: number; name: string; jobs: unknown[]; children: TreeNode[] };
export const ghDepartmentTree: z.ZodType<TreeNode> = z.lazy(() => z.object({ id, name: z.string(), jobs: z.array(ghShortJob), children: z.array(ghDepartmentTree) }));

// "List offices" / "Retrieve an office": each office holds its departments with their jobs.
export const ghOfficeList = z.object({
  id,
  name: z.string(),
  location: z.string().nullable(),
  departments: z.array(ghDepartmentList),
  parent_id: id.nullable(),
  child_ids: z.array(id),
});
export const ghOfficeTree = z.object({ id, name: z.string(), departments: z.array(ghDepartmentTree), children: z.array(z.unknown()) });

// Greenhouse's 404 body, as its API answers: {"status":404,"error":"Job not found"}.
export const ghNotFound = z.object({ status: z.literal(404), error: z.string() });

// "Retrieve a job board" (GET /v1/boards/{board_token}): {name, content}.
export const ghBoard = z.object({ name: z.string(), content: z.string() });

export const ghDepartmentListResponse = z.object({ departments: z.array(ghDepartmentList) });
export const ghDepartmentTreeResponse = z.object({ departments: z.array(ghDepartmentTree) });
export const ghOfficeListResponse = z.object({ offices: z.array(ghOfficeList) });
export const ghOfficeTreeResponse = z.object({ offices: z.array(ghOfficeTree) });

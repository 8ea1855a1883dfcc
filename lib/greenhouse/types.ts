// The response shapes of Greenhouse's Job Board API, as documented at
// https://developers.greenhouse.io/job-board.html (source: github.com/grnhse/greenhouse-api-docs,
// source/includes/job-board/_jobs.md, _departments.md, _offices.md). Field names are Greenhouse's.

export interface GhLocation {
  name: string;
}

export interface GhJob {
  id: number;
  internal_job_id: number | null;
  title: string;
  updated_at: string;
  requisition_id: string | null;
  location: GhLocation;
  absolute_url: string;
  metadata: null;
  // Present on live Greenhouse responses (not in the documented example); clients use them.
  company_name: string;
  first_published: string;
  language: string;
}

export interface GhDepartmentRef {
  id: number;
  name: string;
  parent_id: number | null;
  child_ids: number[];
}

export interface GhOfficeRef {
  id: number;
  name: string;
  location: string | null;
  parent_id: number | null;
  child_ids: number[];
}

export interface GhJobWithContent extends GhJob {
  content: string;
  departments: GhDepartmentRef[];
  offices: GhOfficeRef[];
}

export type GhFieldType = 'input_text' | 'input_file' | 'input_hidden' | 'textarea' | 'multi_value_single_select' | 'multi_value_multi_select';

export interface GhField {
  name: string;
  type: GhFieldType;
  values: Array<{ value: number; label: string }>;
}

export interface GhQuestion {
  required: boolean;
  label: string;
  description: string | null;
  fields: GhField[];
}

export interface GhPayInputRange {
  min_cents: number;
  max_cents: number;
  currency_type: string;
  title: string;
  blurb: string;
}

export interface GhJobDetail extends GhJobWithContent {
  questions?: GhQuestion[];
  pay_input_ranges?: GhPayInputRange[];
}

export type RenderAs = 'list' | 'tree';

export interface GhError {
  status: 404;
  error: string;
}

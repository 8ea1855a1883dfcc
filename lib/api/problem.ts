import { corsHeaders, type CorsKind } from './cors';

// RFC 9457 problem details: every refusal of the API is one of these, never a bare 500.

export interface FieldProblem {
  /** The request field as the API names it: "email", "answers.years_experience", "resume". */
  field: string;
  detail: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
}

/** The problem types; each `type` URI points at its explanation on the API docs page (/developers). */
export const PROBLEMS = {
  validation: { status: 422, title: 'The request has invalid fields' },
  badRequest: { status: 400, title: 'The request could not be read' },
  unsupportedMediaType: { status: 415, title: 'Unsupported content type' },
  tooLarge: { status: 413, title: 'The request body is too large' },
  unauthorized: { status: 401, title: 'The API key is missing, unknown or revoked' },
  notFound: { status: 404, title: 'Not found' },
  jobClosed: { status: 409, title: 'The job is not accepting applications' },
  duplicate: { status: 409, title: 'Already applied' },
  idempotencyMismatch: { status: 422, title: 'Idempotency-Key reused with a different request' },
  idempotencyInProgress: { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  rateLimited: { status: 429, title: 'Too many requests' },
  methodNotAllowed: { status: 405, title: 'Method not allowed' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const;

export type ProblemType = keyof typeof PROBLEMS;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeUri(type: ProblemType): string {
  return `/developers#problem-${type}`;
}

export function problemDetails(type: ProblemType, detail: string, extra: { instance?: string; errors?: FieldProblem[] } = {}): ProblemDetails {
  const { status, title } = PROBLEMS[type];
  return { type: problemTypeUri(type), title, status, detail, ...extra };
}

export interface ProblemOptions {
  instance?: string;
  errors?: FieldProblem[];
  headers?: HeadersInit;
  cors?: CorsKind;
}

export function problemResponse(type: ProblemType, detail: string, { instance, errors, headers, cors = 'read' }: ProblemOptions = {}): Response {
  const body = problemDetails(type, detail, { instance, errors });
  const merged = new Headers(corsHeaders(cors));
  merged.set('Content-Type', PROBLEM_CONTENT_TYPE);
  merged.set('Cache-Control', 'no-store');
  for (const [key, value] of new Headers(headers)) merged.set(key, value);
  return new Response(JSON.stringify(body), { status: body.status, headers: merged });
}

import { streamApplicantsCsv } from '@/db/queries/applicant-export';
import { getJobPipeline } from '@/db/queries/dashboard';
import { getCurrentUser } from '@/lib/auth/session';
import { parseApplicantParams, type RawSearchParams } from '@/lib/dashboard/applicant-params';
import { parseJobId } from '@/lib/dashboard/job-id';

type Context = { params: Promise<{ jobId: string }> };

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/** The job's applicants matching the table's filters, as a streamed CSV download. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  // A route handler checks the session itself: the proxy's cookie check proves nothing.
  const user = await getCurrentUser();
  if (!user) return plain(401, 'Sign in to export applicants.');
  const jobId = parseJobId((await params).jobId);
  // Missing and not-on-your-team look the same, so an id reveals nothing.
  const pipeline = jobId === null ? null : await getJobPipeline(user, jobId);
  if (jobId === null || !pipeline) return plain(404, 'Not found.');

  const raw: RawSearchParams = {};
  for (const [key, value] of new URL(request.url).searchParams) raw[key] ??= value;
  const stream = await streamApplicantsCsv(user, jobId, parseApplicantParams(raw));
  if (!stream) return plain(404, 'Not found.');

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      // The slug is [a-z0-9-] by a check constraint, so it is safe inside the quoted filename.
      'Content-Disposition': `attachment; filename="${pipeline.job.slug}-applicants.csv"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

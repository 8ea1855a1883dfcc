import 'server-only';
import { randomBytes } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { inSpan } from '@/lib/observability/in-span';
import { runWithLogContext } from '@/lib/observability/log-context';
import { ATTR_JOB_ID, ATTR_QUEUE } from '@/lib/observability/tracing';

const tracer = trace.getTracer('portico-worker');

/** A run the worker starts itself (NOTIFY, poll) has no pg-boss job: it gets an id of its own. */
export const newRunId = () => `run-${randomBytes(6).toString('hex')}`;

/**
 * Runs one job with its job id and queue on every log line (lib/logger.ts reads them) and, when
 * traces are exported, inside a span of its own that the job's queries hang under.
 */
export function runObservedJob<T>(queue: string, jobId: string, fn: () => Promise<T>): Promise<T> {
  return runWithLogContext({ queue, jobId }, () =>
    inSpan(tracer, `job ${queue}`, { attributes: { [ATTR_QUEUE]: queue, [ATTR_JOB_ID]: jobId, 'messaging.system': 'pg-boss' } }, fn),
  );
}

/** A pg-boss work handler for `queue`, observed as above under the job's own id. */
export function observedHandler(queue: string, fn: () => Promise<void>) {
  return (jobs: ReadonlyArray<{ id: string }>) => runObservedJob(queue, jobs.map((job) => job.id).join(',') || newRunId(), fn);
}

'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { idleState } from '@/lib/action-state';
import type { JobStatus } from '@/lib/domain/job-enums';
import type { JobStatusActionState } from '@/lib/jobs/job-status-state';
import { availableTransitions, JOB_TRANSITIONS } from '@/lib/jobs/lifecycle';
import { formatDay } from './format-day';
import { JobStatusBadge } from './job-status-badge';

export interface JobStatusPanelProps {
  action: (state: JobStatusActionState, formData: FormData) => Promise<JobStatusActionState>;
  jobId: number;
  status: JobStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  closesAt: Date | null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The job's status and the moves the lifecycle allows from it, as plain form buttons. */
export function JobStatusPanel({ action, jobId, status, publishedAt, closedAt, closesAt }: JobStatusPanelProps) {
  const [state, formAction, pending] = useActionState(action, idleState as JobStatusActionState);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') alertRef.current?.focus();
  }, [state]);
  const moves = availableTransitions(status);
  const dates: Array<[string, string]> = [
    ['First published', publishedAt ? formatDay(publishedAt) : 'Not yet'],
    ...(closedAt ? [['Closed', formatDay(closedAt)] as [string, string]] : []),
    ['Closing date', closesAt ? formatDay(closesAt) : 'None'],
  ];

  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center gap-3">
        <CardTitle>Status</CardTitle>
        <JobStatusBadge status={status} />
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid gap-x-8 gap-y-1 text-sm sm:flex sm:flex-wrap">
          {dates.map(([term, value]) => (
            <div key={term} className="flex gap-2">
              <dt className="text-gray-600">{term}:</dt>
              <dd className="font-medium text-gray-900">{value}</dd>
            </div>
          ))}
        </dl>
        {state.status === 'error' ? (
          <div ref={alertRef} tabIndex={-1} className="focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
            {state.missing?.length ? (
              <Alert variant="error" title="This job can't be published yet. It needs:">
                <ul className="mt-1 grid list-disc gap-1 pl-5">
                  {state.missing.map((item) => (
                    <li key={item.field}>
                      <a href={`#${item.field}`}>{capitalised(item.text)}</a>
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <Alert variant="error" title={state.message} />
            )}
          </div>
        ) : null}
        {moves.length > 0 ? (
          <form action={formAction} className="grid gap-3">
            <input type="hidden" name="jobId" value={jobId} />
            <div className="flex flex-wrap gap-3">
              {moves.map((move) => (
                <Button key={move} type="submit" name="transition" value={move} variant={move === 'publish' || move === 'reopen' ? 'default' : 'outline'} disabled={pending}>
                  {JOB_TRANSITIONS[move].label}
                </Button>
              ))}
            </div>
            <p role="status" className="text-sm text-gray-600">{pending ? 'Working…' : 'These buttons act on the saved job: save your edits below first.'}</p>
          </form>
        ) : (
          <p className="text-sm text-gray-600">An archived job stays here for the record. It has no public page and takes no applications.</p>
        )}
      </CardContent>
    </Card>
  );
}

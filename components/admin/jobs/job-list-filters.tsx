import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/job-enums';
import { cn } from '@/lib/utils';
import { JOB_STATUS_LABELS } from './job-status-badge';

function listHref(status: JobStatus | undefined, q: string | undefined): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (q) params.set('q', q);
  const query = params.toString();
  return query ? `/admin/jobs?${query}` : '/admin/jobs';
}

/** Status links and a title search: plain links and a GET form, so both work without JavaScript. */
export function JobListFilters({ status, q }: { status?: JobStatus; q?: string }) {
  const choices: Array<{ value: JobStatus | undefined; label: string }> = [{ value: undefined, label: 'All' }, ...JOB_STATUSES.map((s) => ({ value: s, label: JOB_STATUS_LABELS[s] }))];
  return (
    <div className="grid gap-4 sm:flex sm:flex-wrap sm:items-end sm:justify-between">
      <nav aria-label="Filter by status" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex w-max gap-1 rounded-lg bg-gray-100 p-1">
          {choices.map((choice) => {
            const current = choice.value === status;
            return (
              <li key={choice.label}>
                <Link
                  href={listHref(choice.value, q)}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium sm:min-h-9',
                    current ? 'bg-white text-gray-900 shadow-xs' : 'text-gray-700 hover:text-gray-900',
                  )}
                >
                  {choice.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form role="search" action="/admin/jobs" className="flex items-end gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="grid gap-2">
          <Label htmlFor="job-search">Search by title</Label>
          <Input id="job-search" name="q" type="search" defaultValue={q} className="sm:w-64" />
        </div>
        <Button type="submit" variant="outline">
          Search
        </Button>
      </form>
    </div>
  );
}

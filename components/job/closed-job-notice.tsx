import Link from 'next/link';

import { JobCard } from '@/components/job-card';
import { Alert } from '@/components/ui/alert';
import type { JobListItem } from '@/db/types';
import { toBoardIndexJob } from '@/lib/search/board-index';

export type ClosedJobNoticeProps = {
  departmentName: string | null;
  related: JobListItem[];
};

/** What an old link to a closed job shows instead of the Apply button. */
export function ClosedJobNotice({ departmentName, related }: ClosedJobNoticeProps) {
  return (
    <div className="grid gap-8">
      <Alert title="This job is no longer accepting applications">
        <p>
          Thank you for your interest. Have a look at <Link href="/jobs">all our open jobs</Link>.
        </p>
      </Alert>
      {related.length > 0 ? (
        <section aria-labelledby="related-jobs-heading">
          <h2 id="related-jobs-heading" className="text-lg font-semibold text-gray-900">
            Open jobs{departmentName ? ` in ${departmentName}` : ''}
          </h2>
          <ul className="mt-4 grid gap-3">
            {related.map((job) => (
              <JobCard key={job.id} job={toBoardIndexJob(job)} headingLevel="h3" />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

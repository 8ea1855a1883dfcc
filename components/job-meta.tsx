import { Fragment } from 'react';

import { Badge } from '@/components/ui/badge';
import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_TYPE_LABELS } from '@/lib/domain/job-enums';
import { countryName, formatLocation } from '@/lib/domain/location';
import { cn } from '@/lib/utils';
import type { JobListItem } from '@/db/types';

export type JobMetaProps = {
  job: Pick<JobListItem, 'department' | 'location' | 'workplaceType' | 'employmentType'>;
  className?: string;
};

// The workplace badge already says "Remote", so a remote place reads as where applicants may live.
function placeLabel({ location, workplaceType }: JobMetaProps['job']): string | null {
  if (!location) return null;
  if (workplaceType === 'remote' && !location.city) return location.remoteArea ?? countryName(location.countryCode);
  return formatLocation(location);
}

/** "Engineering · Austin, TX, United States · [Hybrid] · Full-time" */
export function JobMeta({ job, className }: JobMetaProps) {
  const items = [
    job.department ? <span key="department">{job.department.name}</span> : null,
    placeLabel(job) ? <span key="place">{placeLabel(job)}</span> : null,
    <Badge key="workplace" variant="secondary">
      {WORKPLACE_TYPE_LABELS[job.workplaceType]}
    </Badge>,
    <span key="type">{EMPLOYMENT_TYPE_LABELS[job.employmentType]}</span>,
  ].filter(Boolean);

  return (
    <p className={cn('flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-600', className)}>
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 ? (
            <span aria-hidden="true" className="text-gray-400">
              ·
            </span>
          ) : null}
          {item}
        </Fragment>
      ))}
    </p>
  );
}

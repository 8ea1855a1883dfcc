import Link from 'next/link';
import { Fragment } from 'react';

import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_TYPE_LABELS } from '@/lib/domain/job-enums';
import type { BoardIndexJob } from '@/lib/search/board-index';

export type JobCardProps = {
  job: BoardIndexJob;
  /** h2 on the board (right under the page's h1); h3 where the list sits under its own h2. */
  headingLevel?: 'h2' | 'h3';
};

// Rendered on the server (a closed job's related jobs) and in the browser (the board filtering as
// you type), from the board index's strings. Its classes live in globals.css (`job-card*`): a
// board repeats this markup for every job, in the HTML and again in the RSC payload.
export function JobCard({ job, headingLevel: Heading = 'h2' }: JobCardProps) {
  const meta = [...job.meta, WORKPLACE_TYPE_LABELS[job.workplace], EMPLOYMENT_TYPE_LABELS[job.type]];
  return (
    <li className="job-card group">
      <Heading className="job-card-title">
        {/* The link covers the whole card (after:inset-0), so the card is one tap target with one name. */}
        <Link href={`/jobs/${job.slug}`} className="job-card-link">
          {job.title}
        </Link>
      </Heading>
      <p className="job-card-meta">
        {meta.map((item, index) => (
          // The workplace is the badge; the dots between items are decoration.
          <Fragment key={index}>
            {index > 0 ? (
              <span aria-hidden="true" className="job-card-sep">
                ·
              </span>
            ) : null}
            <span className={index === job.meta.length ? 'job-card-badge' : undefined}>{item}</span>
          </Fragment>
        ))}
      </p>
      <div className="job-card-foot">
        {job.pay ? <p className="font-medium text-gray-900 tabular-nums">{job.pay}</p> : <span />}
        <p className="text-gray-600">
          <time dateTime={job.posted}>{job.postedLabel}</time>
        </p>
      </div>
    </li>
  );
}

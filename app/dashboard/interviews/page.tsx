import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { listMyInterviews, type UpcomingInterview } from '@/db/queries/interview-reads';
import { getTimeZones } from '@/db/queries/time-zones';
import { requireUser } from '@/lib/auth/session';
import { formatInZone } from '@/lib/time-zone';

export const metadata: Metadata = { title: 'Upcoming interviews', robots: { index: false } };

function InterviewList({ items, zone, scorecards }: { items: UpcomingInterview[]; zone: string; scorecards?: boolean }) {
  return (
    <ul className="grid gap-3">
      {items.map((item) => (
        <li key={item.id} className="grid gap-1 rounded-lg border border-gray-200 bg-white p-4">
          <p className="font-medium text-gray-900">
            <Link href={`/dashboard/interviews/${item.id}${scorecards ? '/scorecard' : ''}`} className="underline underline-offset-4">
              {item.kindName} with {item.candidateName}
            </Link>
          </p>
          <p className="text-sm text-gray-700">{item.jobTitle}</p>
          <p className="text-sm text-gray-800">
            <time dateTime={item.startsAt.toISOString()}>{formatInZone(item.startsAt, zone)}</time>, {item.durationMinutes} minutes
            {item.location ? ` · ${item.location}` : ''}
          </p>
          {item.videoUrl ? (
            <a href={item.videoUrl} rel="noopener noreferrer" target="_blank" className="w-fit text-sm break-all text-accent underline underline-offset-4">
              {item.videoUrl}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The signed-in user's own interviews: upcoming, and past ones still waiting for their scorecard. */
export default async function UpcomingInterviewsPage() {
  const user = await requireUser();
  const [{ upcoming, scorecardsDue }, zones] = await Promise.all([listMyInterviews(user), getTimeZones(user.id)]);
  const zone = zones.user ?? zones.company;
  return (
    <div className="grid max-w-3xl gap-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">Upcoming interviews</h1>
        <p className="text-gray-700">Times in {zone}.</p>
      </div>
      <section aria-labelledby="upcoming-heading" className="grid gap-3">
        <h2 id="upcoming-heading" className="text-lg font-semibold text-gray-900">
          Your next interviews
        </h2>
        {upcoming.length === 0 ? <EmptyState title="No interviews coming up" description="Interviews you are invited to as an interviewer appear here." headingLevel="h3" /> : <InterviewList items={upcoming} zone={zone} />}
      </section>
      {scorecardsDue.length > 0 ? (
        <section aria-labelledby="due-heading" className="grid gap-3">
          <h2 id="due-heading" className="text-lg font-semibold text-gray-900">
            Scorecards to submit
          </h2>
          <InterviewList items={scorecardsDue} zone={zone} scorecards />
        </section>
      ) : null}
    </div>
  );
}

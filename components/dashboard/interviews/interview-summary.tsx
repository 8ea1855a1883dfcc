import { Badge } from '@/components/ui/badge';
import { INTERVIEW_STATUS_LABELS, type InterviewStatus } from '@/lib/domain/hiring-loop';
import { formatInZone } from '@/lib/time-zone';

export interface InterviewSummaryData {
  kindName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewers: Array<{ name: string }>;
}

/** What, when (in the viewer's zone, named), where and with whom. */
export function InterviewSummary({ interview, timeZone }: { interview: InterviewSummaryData; timeZone: string }) {
  return (
    <dl className="grid gap-1 text-sm text-gray-800">
      <div className="flex flex-wrap items-center gap-2">
        <dt className="sr-only">Status</dt>
        <dd>
          <Badge variant={interview.status === 'cancelled' ? 'secondary' : interview.status === 'scheduled' ? 'success' : 'warning'}>{INTERVIEW_STATUS_LABELS[interview.status]}</Badge>
        </dd>
      </div>
      {interview.startsAt ? (
        <div>
          <dt className="inline font-medium">When: </dt>
          <dd className="inline">
            <time dateTime={interview.startsAt.toISOString()}>{formatInZone(interview.startsAt, timeZone)}</time>, {interview.durationMinutes} minutes
          </dd>
        </div>
      ) : null}
      {interview.location ? (
        <div>
          <dt className="inline font-medium">Where: </dt>
          <dd className="inline break-words">{interview.location}</dd>
        </div>
      ) : null}
      {interview.videoUrl ? (
        <div>
          <dt className="inline font-medium">Video link: </dt>
          <dd className="inline break-all">
            <a href={interview.videoUrl} rel="noopener noreferrer" target="_blank" className="text-accent underline underline-offset-4">
              {interview.videoUrl}
            </a>
          </dd>
        </div>
      ) : null}
      {interview.interviewers.length > 0 ? (
        <div>
          <dt className="inline font-medium">Interviewers: </dt>
          <dd className="inline">{interview.interviewers.map((person) => person.name).join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ratingLabel } from '@/lib/validations/rating';
import { formatDateTime } from './format';
import { excerpt, type TimelineEvent } from './timeline';

function Summary({ event }: { event: TimelineEvent }) {
  switch (event.kind) {
    case 'applied':
      return <>Applied</>;
    case 'stage':
      return (
        <>
          {event.actorName ?? 'System'} moved the application {event.fromStage ? `from ${event.fromStage} ` : ''}to{' '}
          <strong className="font-medium">{event.toStage}</strong>
        </>
      );
    case 'note':
      return <>{event.authorName ?? 'Former user'} added a note</>;
    case 'interview':
      return (
        <>
          {event.change === 'requested' ? 'Asked the candidate to pick a time for' : event.change === 'cancelled' ? 'Cancelled' : 'Scheduled'}{' '}
          <strong className="font-medium">{event.kindName}</strong>
          {event.change === 'scheduled' && event.startsAt ? <> for <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt)}</time></> : null}
        </>
      );
    case 'email':
      return (
        <>
          Email to the candidate: <strong className="font-medium">{event.subject}</strong> ({event.status})
        </>
      );
    case 'rating':
      return (
        <>
          {event.reviewerName} {event.changed ? 'changed their rating to' : 'rated'}{' '}
          <strong className="font-medium">{ratingLabel(event.score)}</strong>
        </>
      );
  }
}

/** Everything that happened to the application, oldest first. */
export function ActivityTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Card aria-labelledby="activity-heading">
      <CardHeader>
        <CardTitle id="activity-heading">Activity</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-0" aria-label="Activity, oldest first">
          {events.map((event) => (
            <li key={event.id} className="relative grid gap-1 border-l-2 border-gray-200 pb-5 pl-5 last:pb-0">
              <span aria-hidden="true" className="absolute top-1.5 -left-[5px] size-2 rounded-full bg-gray-400" />
              <p className="text-sm text-gray-900">
                <Summary event={event} />
              </p>
              {event.kind === 'stage' && event.reason ? (
                <p className="text-sm break-words whitespace-pre-wrap text-gray-700">Reason: {event.reason}</p>
              ) : null}
              {event.kind === 'note' ? <p className="text-sm break-words text-gray-700">“{excerpt(event.body)}”</p> : null}
              <time dateTime={event.at.toISOString()} className="text-xs text-gray-600">
                {formatDateTime(event.at)}
              </time>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}

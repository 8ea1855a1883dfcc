import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import { LocalTime } from './local-time';

export interface CandidateInterviewItem {
  id: number;
  kindName: string;
  status: 'awaiting_candidate' | 'scheduled' | 'cancelled';
  startsAt: Date | null;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
}

export interface CandidateSlotItem {
  id: number;
  forInterviewId: number;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
}

const OUTCOMES: Record<string, { text: string; tone: 'ok' | 'problem' }> = {
  picked: { text: 'Your interview is booked. A calendar invitation is on its way to you.', tone: 'ok' },
  taken: { text: 'Someone else took that time a moment ago. Please choose another one.', tone: 'problem' },
  choose: { text: 'Choose one of the times offered, then press “Book this time”.', tone: 'problem' },
  'already-scheduled': { text: 'This interview is already booked.', tone: 'ok' },
};

/**
 * The candidate's interviews on their status page: upcoming ones with a calendar file, and the
 * times offered for an interview they are asked to book (plain forms, no JavaScript needed).
 */
export function CandidateInterviews({
  selfPath,
  zone,
  zonePicked,
  zones,
  interviews,
  slots,
  outcome,
}: {
  selfPath: string;
  zone: string;
  zonePicked: boolean;
  zones: string[];
  interviews: CandidateInterviewItem[];
  slots: CandidateSlotItem[];
  outcome?: string;
}) {
  const shown = outcome ? OUTCOMES[outcome] : undefined;
  return (
    <section id="interviews" aria-labelledby="interviews-heading" className="grid gap-4">
      <h2 id="interviews-heading" className="text-lg font-semibold text-gray-900">
        Your interviews
      </h2>
      {shown ? (
        <p role="status" className={shown.tone === 'ok' ? 'rounded-md bg-green-50 p-3 text-green-900' : 'rounded-md bg-amber-50 p-3 text-amber-900'}>
          {shown.text}
        </p>
      ) : null}
      <form method="get" action={selfPath} className="flex flex-wrap items-end gap-2">
        <div className="grid gap-1">
          <label htmlFor="tz" className="text-sm font-medium text-gray-900">
            Show times in
          </label>
          <NativeSelect id="tz" name="tz" defaultValue={zone}>
            {zones.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="outline">
          Show
        </Button>
      </form>
      <p className="text-sm text-gray-700">
        {zonePicked ? `Times are shown in ${zone}.` : `Times are shown in your device’s time zone (or ${zone} if it cannot tell).`}
      </p>
      <ul className="grid gap-4">
        {interviews.map((interview) => (
          <li key={interview.id} className="grid gap-2 rounded-lg border border-gray-200 p-4">
            <p className="font-semibold text-gray-900">{interview.kindName}</p>
            {interview.status === 'scheduled' && interview.startsAt ? (
              <>
                <p className="text-gray-800">
                  <LocalTime iso={interview.startsAt.toISOString()} zone={zone} picked={zonePicked} />, {interview.durationMinutes} minutes
                </p>
                {interview.location ? <p className="text-gray-800">Where: {interview.location}</p> : null}
                {interview.videoUrl ? (
                  <p className="break-all text-gray-800">
                    Video link:{' '}
                    <a href={interview.videoUrl} rel="noopener noreferrer" className="text-accent underline underline-offset-4">
                      {interview.videoUrl}
                    </a>
                  </p>
                ) : null}
                <a href={`${selfPath}/interviews/${interview.id}/calendar`} className="w-fit font-medium text-accent underline underline-offset-4">
                  Add to your calendar (.ics)<span className="sr-only">: {interview.kindName}</span>
                </a>
              </>
            ) : (
              <SlotPicker selfPath={selfPath} interview={interview} slots={slots.filter((slot) => slot.forInterviewId === interview.id)} zone={zone} zonePicked={zonePicked} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SlotPicker({ selfPath, interview, slots, zone, zonePicked }: { selfPath: string; interview: CandidateInterviewItem; slots: CandidateSlotItem[]; zone: string; zonePicked: boolean }) {
  if (slots.length === 0) return <p className="text-gray-800">We will offer you times for this interview shortly.</p>;
  return (
    <form method="post" action={`${selfPath}/interviews/pick`} className="grid gap-3">
      <input type="hidden" name="interviewId" value={interview.id} />
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-gray-900">Choose a time for your {interview.kindName}:</legend>
        {slots.map((slot) => (
          <div key={slot.id} className="flex min-h-11 items-center gap-3">
            <input type="radio" id={`slot-${slot.id}`} name="slotId" value={slot.id} required className="size-5 accent-accent" />
            <label htmlFor={`slot-${slot.id}`} className="text-gray-900">
              <LocalTime iso={slot.startsAt.toISOString()} zone={zone} picked={zonePicked} />, {slot.durationMinutes} minutes
              {slot.location ? ` · ${slot.location}` : slot.videoUrl ? ' · video call' : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" className="justify-self-start">
        Book this time
      </Button>
    </form>
  );
}

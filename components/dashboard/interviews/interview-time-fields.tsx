import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { INTERVIEW_DURATIONS } from '@/lib/domain/hiring-loop';
import { INTERVIEW_LIMITS } from '@/lib/validations/interview';

export interface TeamMemberOption {
  id: string;
  name: string;
}

type Errors = Partial<Record<string, string[]>>;

const PLACE_HINT = 'An address or room; or give a video link below.';

export interface InterviewTimeFieldsProps {
  idPrefix: string;
  team: TeamMemberOption[];
  /** The zone the time is typed in, named next to the field. */
  timeZone: string;
  errors: Errors;
  values: Record<string, string | string[]>;
}

/** Start, duration, place, video link and interviewers: shared by scheduling, rescheduling and slots. */
export function InterviewTimeFields({ idPrefix, team, timeZone, errors, values }: InterviewTimeFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const chosen = new Set(Array.isArray(values.interviewerIds) ? values.interviewerIds : []);
  const zoneHint = `Your time zone: ${timeZone} (change it in your settings).`;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={id('startsAt')} label="Starts" description={zoneHint} error={errors.startsAt} required>
          <Input id={id('startsAt')} name="startsAt" type="datetime-local" required defaultValue={value('startsAt')} {...fieldAria(id('startsAt'), { error: errors.startsAt, description: zoneHint })} />
        </FormField>
        <FormField id={id('durationMinutes')} label="Duration" error={errors.durationMinutes} required>
          <NativeSelect id={id('durationMinutes')} name="durationMinutes" defaultValue={value('durationMinutes') ?? '60'} {...fieldAria(id('durationMinutes'), { error: errors.durationMinutes })}>
            {INTERVIEW_DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <FormField id={id('location')} label="Place" description={PLACE_HINT} error={errors.location}>
        <Input id={id('location')} name="location" maxLength={INTERVIEW_LIMITS.location} defaultValue={value('location')} {...fieldAria(id('location'), { error: errors.location, description: PLACE_HINT })} />
      </FormField>
      <FormField id={id('videoUrl')} label="Video link" error={errors.videoUrl}>
        <Input id={id('videoUrl')} name="videoUrl" type="url" inputMode="url" placeholder="https://" maxLength={INTERVIEW_LIMITS.url} defaultValue={value('videoUrl')} {...fieldAria(id('videoUrl'), { error: errors.videoUrl })} />
      </FormField>
      <fieldset className="grid gap-2" aria-describedby={errors.interviewerIds ? id('interviewerIds-error') : undefined}>
        <legend className="text-sm font-medium text-gray-900">Interviewers (from the hiring team)</legend>
        {team.length === 0 ? <p className="text-sm text-gray-700">Nobody is on this job’s hiring team yet: an admin adds people under Admin → Hiring teams.</p> : null}
        {team.map((member) => (
          <div key={member.id} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" id={id(`interviewer-${member.id}`)} name="interviewerIds" value={member.id} defaultChecked={chosen.has(member.id)} className="size-5 accent-accent" />
            <label htmlFor={id(`interviewer-${member.id}`)} className="text-sm text-gray-900">
              {member.name}
            </label>
          </div>
        ))}
        <div id={id('interviewerIds-error')} aria-live="polite" className="empty:hidden">
          {(errors.interviewerIds ?? []).map((message) => (
            <p key={message} className="text-sm font-medium text-red-700">
              {message}
            </p>
          ))}
        </div>
      </fieldset>
    </>
  );
}

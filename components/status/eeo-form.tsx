import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EEO_DISABILITY_TEXT, EEO_INTRO, EEO_OPTIONS, EEO_QUESTION_LABELS, EEO_QUESTIONS, EEO_VETERAN_TEXT, type EeoQuestion } from '@/lib/domain/eeo';

const EXPLANATIONS: Partial<Record<EeoQuestion, string>> = { veteran: EEO_VETERAN_TEXT, disability: EEO_DISABILITY_TEXT };
const OUTCOMES: Record<string, { variant: 'success' | 'error'; title: string; text: string }> = {
  saved: { variant: 'success', title: 'Thank you', text: 'Your answers are saved. You can change them here at any time.' },
  invalid: { variant: 'error', title: 'Nothing was saved', text: 'Choose one of the listed answers for each question, or leave it blank.' },
  closed: { variant: 'error', title: 'Nothing was saved', text: 'These questions are no longer asked.' },
};

/**
 * The US voluntary self-identification questions in the official wording, as a plain form
 * (radio buttons, no JavaScript needed) posting to the status page's route handler.
 */
export function EeoForm({ action, answers, outcome }: { action: string; answers: Record<EeoQuestion, string | null>; outcome?: string }) {
  const shown = outcome ? OUTCOMES[outcome] : undefined;
  return (
    <section id="self-identification" aria-labelledby="eeo-heading" className="grid gap-4 rounded-lg border border-gray-200 p-5 sm:p-6">
      <h2 id="eeo-heading" className="text-lg font-semibold text-gray-900">
        Voluntary self-identification
      </h2>
      {shown ? (
        <Alert variant={shown.variant} title={shown.title}>
          {shown.text}
        </Alert>
      ) : null}
      <p className="text-sm text-gray-700">{EEO_INTRO}</p>
      <form method="post" action={action} className="grid gap-6">
        {EEO_QUESTIONS.map((question) => (
          <fieldset key={question} className="grid gap-2">
            <legend className="text-base font-medium text-gray-900">{EEO_QUESTION_LABELS[question]}</legend>
            {EXPLANATIONS[question] ? <p className="text-sm text-gray-700">{EXPLANATIONS[question]}</p> : null}
            {EEO_OPTIONS[question].map((option) => {
              const id = `eeo-${question}-${option.value}`;
              return (
                <div key={option.value} className="flex items-start gap-3">
                  <input
                    type="radio"
                    id={id}
                    name={question}
                    value={option.value}
                    defaultChecked={answers[question] === option.value}
                    className="mt-1 size-5 shrink-0 accent-accent"
                    aria-describedby={option.description ? `${id}-description` : undefined}
                  />
                  <label htmlFor={id} className="grid gap-0.5 text-sm text-gray-900">
                    {option.label}
                    {option.description ? (
                      <span id={`${id}-description`} className="text-gray-700">
                        {option.description}
                      </span>
                    ) : null}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div>
          <Button type="submit">Save my answers</Button>
        </div>
      </form>
    </section>
  );
}

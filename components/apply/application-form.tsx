'use client';

import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { ApplyAction } from '@/lib/applications/apply-state';
import { HONEYPOT_FIELD, questionFieldName } from '@/lib/validations/application-names';
import type { PublicQuestion } from '@/lib/validations/application-questions';
import { MAX_RESUME_LABEL, RESUME_ACCEPT } from '@/lib/validations/resume-file';
import { ErrorSummary } from '@/components/forms/error-summary';
import { QuestionField } from './question-field';
import { useApplyForm } from './use-apply-form';

export interface ApplicationFormProps {
  /**
   * submitApplicationAction bound to the job's slug by the server page. Binding it here, in the
   * client, hangs the no-JavaScript post in Next 16 (each render's bind() is a new pending
   * promise that useActionState suspends on: vercel/next.js#98045), so the page binds it.
   */
  action: ApplyAction;
  questions: PublicQuestion[];
  /** The company's privacy text; it is the consent checkbox's label. */
  privacyText: string;
  /** source and utm_* from the job link, passed through untouched. */
  tracking?: Record<string, string>;
}

const sectionTitle = 'text-lg font-semibold text-gray-900';
const RESUME_HINT = `PDF, DOC or DOCX, up to ${MAX_RESUME_LABEL}.`;

export function ApplicationForm({ action, questions, privacyText, tracking = {} }: ApplicationFormProps) {
  const { formAction, onSubmit, warm, field, errorsFor, values, pending, summary, summaryRef, checkState } = useApplyForm({ action, questions });
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const control = (name: string) => ({ id: name, defaultValue: text(name), ...fieldAria(name, { error: errorsFor(name) }), ...field(name) });

  return (
    // No encType/method: React sets multipart POST itself for a function action (and warns if they are given).
    <form action={formAction} onSubmit={onSubmit} onFocus={warm} noValidate className="grid gap-10">
      {summary ? <ErrorSummary ref={summaryRef} title={summary.title} items={summary.items} /> : null}

      {Object.entries(tracking).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}

      <section className="grid gap-5">
        <h2 className={sectionTitle}>
          Your details
        </h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="firstName" label="First name" error={errorsFor('firstName')} required>
            <Input type="text" autoComplete="given-name" required {...control('firstName')} />
          </FormField>
          <FormField id="lastName" label="Last name" error={errorsFor('lastName')} required>
            <Input type="text" autoComplete="family-name" required {...control('lastName')} />
          </FormField>
        </div>
        <FormField id="email" label="Email" error={errorsFor('email')} required>
          <Input type="email" autoComplete="email" spellCheck={false} required {...control('email')} />
        </FormField>
        <FormField id="phone" label="Phone" error={errorsFor('phone')}>
          <Input type="tel" autoComplete="tel" {...control('phone')} />
        </FormField>
      </section>

      <section className="grid gap-5">
        <h2 className={sectionTitle}>
          Resume and links
        </h2>
        <FormField id="resume" label="Resume" error={errorsFor('resume')} required description={RESUME_HINT}>
          <Input
            id="resume"
            type="file"
            accept={RESUME_ACCEPT}
            required
            {...fieldAria('resume', { error: errorsFor('resume'), description: RESUME_HINT })}
            {...field('resume')}
          />
        </FormField>
        <FormField id="coverLetter" label="Cover letter" error={errorsFor('coverLetter')}>
          <Textarea rows={8} {...control('coverLetter')} />
        </FormField>
        <FormField id="linkedinUrl" label="LinkedIn profile" error={errorsFor('linkedinUrl')}>
          <Input type="url" autoComplete="url" placeholder="https://www.linkedin.com/in/…" spellCheck={false} {...control('linkedinUrl')} />
        </FormField>
        <FormField id="websiteUrl" label="Website" error={errorsFor('websiteUrl')}>
          <Input type="url" autoComplete="url" placeholder="https://" spellCheck={false} {...control('websiteUrl')} />
        </FormField>
      </section>

      {questions.length > 0 ? (
        <section className="grid gap-6">
          <h2 className={sectionTitle}>
            Questions from the hiring team
          </h2>
          {questions.map((question) => {
            const name = questionFieldName(question.key);
            return (
              <QuestionField
                key={question.key}
                question={question}
                name={name}
                registration={field(name)}
                value={values[name]}
                errors={errorsFor(name)}
              />
            );
          })}
        </section>
      ) : null}

      <section className="grid gap-3">
        <h2 className={sectionTitle}>
          Privacy
        </h2>
        <div className="flex items-start gap-3">
          <Checkbox
            id="consent"
            required
            defaultChecked={values.consent === true}
            className="mt-0.5"
            {...fieldAria('consent', { error: errorsFor('consent') })}
            {...field('consent')}
          />
          <label htmlFor="consent" className="text-sm leading-6 text-gray-900">
            {privacyText}
            <VisuallyHidden> (required)</VisuallyHidden>
          </label>
        </div>
        <div id="consent-error" aria-live="polite" className="empty:hidden">
          {(errorsFor('consent') ?? []).map((message) => (
            <p key={message} className="text-sm font-medium text-red-700">
              <VisuallyHidden>Error: </VisuallyHidden>
              {message}
            </p>
          ))}
        </div>
      </section>

      {/* Off-screen and out of the tab order: people never see it, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[9999px] size-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Leave this blank</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="grid gap-3 sm:flex sm:items-center">
        <Button id="apply-submit" type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          Submit application
        </Button>
        <p role="status" className="text-sm text-gray-600">
          {pending ? 'Sending your application…' : null}
        </p>
      </div>

      {/* Last, so the fields above register before it marks the form ready. */}
      {checkState ? <checkState.Component checks={checkState.checks} onChange={checkState.onChange} /> : null}
    </form>
  );
}

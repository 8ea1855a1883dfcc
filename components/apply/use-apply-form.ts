'use client';

import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { idleState } from '@/lib/action-state';
import type { ApplyAction, ApplyActionState } from '@/lib/applications/apply-state';
import { questionFieldName } from '@/lib/validations/application-names';
import type { PublicQuestion } from '@/lib/validations/application-questions';
import type { ErrorSummaryItem } from '@/components/forms/error-summary';
import type { ApplyCheckState, ApplyChecks, FieldRegistration } from './apply-checks-types';

const NOTHING_EDITED: ReadonlySet<string> = new Set();

/** A v4 UUID; crypto.randomUUID exists only on secure origins, getRandomValues everywhere. */
function newSubmissionToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const FIELD_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  resume: 'Resume',
  coverLetter: 'Cover letter',
  linkedinUrl: 'LinkedIn profile',
  websiteUrl: 'Website',
  consent: 'Privacy notice',
  submissionToken: 'Form',
};

/** The element an error links to: a group's first option, the submit button for the form itself. */
function targetIdFor(name: string, questions: readonly PublicQuestion[]): string {
  if (name === 'submissionToken') return 'apply-submit';
  const question = questions.find((q) => questionFieldName(q.key) === name);
  return question && ['yes_no', 'single_choice', 'multiple_choice'].includes(question.kind) ? `${name}-0` : name;
}

const NO_CHECKS: ApplyCheckState = { errors: {}, submitCount: 0, isSubmitting: false };

type ChecksModule = typeof import('./apply-form-checks');

/** A promise with its resolve function outside: settled when the checks are ready (or failed). */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * The apply form's behaviour: react-hook-form validates with the shared schema first, and only
 * a valid form reaches the server action; the action's field errors join the client's.
 * react-hook-form and the schema arrive on the form's first focus (apply-form-checks.tsx); a
 * form sent before they could load goes to the server unchecked, where the same schema decides.
 */
export function useApplyForm({ action, questions }: { action: ApplyAction; questions: readonly PublicQuestion[] }) {
  const [state, formAction, isPending] = useActionState(action, idleState as ApplyActionState);
  // The checks' chunk once loaded: its state reporter and the control made for this form.
  const [loaded, setLoaded] = useState<{ Reporter: ChecksModule['CheckStateReporter']; checks: ApplyChecks } | null>(null);
  const checks = loaded?.checks ?? null;
  const [checkState, setCheckState] = useState<ApplyCheckState>(NO_CHECKS);
  // Settled once the fields are registered with the checks (or the chunk failed to load).
  const [ready] = useState(() => deferred<ApplyChecks | null>());
  const loading = useRef<Promise<unknown> | null>(null);
  const load = (form: HTMLFormElement) => {
    // Any failure (the chunk, the control) sends the form unchecked rather than never.
    loading.current ??= import('./apply-form-checks')
      .then((module) => setLoaded({ Reporter: module.CheckStateReporter, checks: module.createApplyChecks(questions, form) }))
      .catch(() => ready.resolve(null));
  };
  useEffect(() => {
    if (checks) ready.resolve(checks);
  }, [checks, ready]);
  // One token per form on screen, minted here in the browser (the page's HTML is cached and
  // shared): a double click or a retry after an error sends the same one, so the server finds
  // the first application instead of making a second.
  const submissionToken = useRef<string | null>(null);
  const clientErrors = checkState.errors;

  // A server error stays next to its field until that field is edited; a new answer starts afresh.
  const [edited, setEdited] = useState<{ answer: ApplyActionState; names: ReadonlySet<string> }>({ answer: state, names: new Set() });
  const editedSinceServer = edited.answer === state ? edited.names : NOTHING_EDITED;
  const serverErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  const fieldOrder = useMemo(
    () => [...Object.keys(FIELD_LABELS), ...questions.map((q) => questionFieldName(q.key))],
    [questions],
  );

  const errorsFor = (name: string): string[] | undefined => {
    const own = clientErrors[name]?.message;
    if (typeof own === 'string') return [own];
    return editedSinceServer.has(name) ? undefined : (serverErrors as Record<string, string[] | undefined>)[name];
  };

  const markEdited = (name: string) =>
    setEdited((current) => {
      const names = current.answer === state ? current.names : NOTHING_EDITED;
      return names.has(name) ? current : { answer: state, names: new Set(names).add(name) };
    });
  const field = (name: string): FieldRegistration =>
    checks ? checks.control.register(name, { onChange: () => markEdited(name) }) : { name, onChange: () => markEdited(name) };

  const summaryItems: ErrorSummaryItem[] = fieldOrder.flatMap((name) =>
    (errorsFor(name) ?? []).map((message) => ({
      targetId: targetIdFor(name, questions),
      label: FIELD_LABELS[name] ?? questions.find((q) => questionFieldName(q.key) === name)?.label ?? name,
      message,
    })),
  );

  // After a refusal from the server, put the cursor in the first field to fix (or on the summary).
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const first = fieldOrder.find((name) => (state.fieldErrors as Record<string, string[] | undefined> | undefined)?.[name]?.length);
    const target = first ? document.getElementById(targetIdFor(first, questions)) : null;
    (target ?? summaryRef.current)?.focus();
  }, [state, fieldOrder, questions]);

  // Without JavaScript this never runs and the browser posts the form to the action itself.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const send = () => {
      const data = new FormData(element);
      submissionToken.current ??= newSubmissionToken();
      data.set('submissionToken', submissionToken.current);
      startTransition(() => formAction(data));
    };
    load(element);
    void ready.promise.then((loaded) => (loaded ? loaded.control.handleSubmit(send)() : send()));
  };

  const clientFailed = checkState.submitCount > 0 && Object.keys(clientErrors).length > 0;
  const summaryTitle = clientFailed
    ? "Your application wasn't sent. Check the fields marked below."
    : state.status === 'error'
      ? state.message
      : null;

  return {
    state,
    formAction,
    onSubmit,
    /** For the form's onFocus: fetches the checks while the person types, not when they send. */
    warm: (event: FocusEvent<HTMLFormElement>) => load(event.currentTarget),
    /** Rendered as the form's last child once loaded: reports react-hook-form's state. */
    checkState: loaded ? { Component: loaded.Reporter, checks: loaded.checks, onChange: setCheckState } : null,
    field,
    errorsFor,
    values: state.values ?? {},
    pending: isPending || checkState.isSubmitting,
    summary: summaryTitle ? { title: summaryTitle, items: summaryItems } : null,
    summaryRef,
  };
}

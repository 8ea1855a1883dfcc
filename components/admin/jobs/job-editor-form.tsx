'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/action-state';
import type { JobActionState } from '@/lib/validations/job';
import { JobEditor, type JobEditorProps } from './job-editor';

export type JobEditorFormProps = Omit<JobEditorProps, 'state' | 'formAction' | 'pending'> & {
  /**
   * createJobAction, or updateJobAction bound to the job's id by the server page: binding in
   * the client hangs a no-JavaScript post in Next 16 (vercel/next.js#98045).
   */
  action: (state: JobActionState, formData: FormData) => Promise<JobActionState>;
};

/** The job editor with its own action state: the New job and Edit job pages. */
export function JobEditorForm({ action, ...props }: JobEditorFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState as JobActionState);
  return <JobEditor {...props} state={state} formAction={formAction} pending={pending} />;
}

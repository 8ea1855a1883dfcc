'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { idleState, type ActionState } from '@/lib/action-state';

type PlanAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Every kind with its criteria (one per line), plus a spare row to add one; clear a row to remove it. */
export function InterviewPlanForm({ action, jobId, planId, kinds }: { action: PlanAction; jobId: number; planId: number | null; kinds: Array<{ key: string; name: string; criteria: Array<{ label: string }> }> }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState);
  const rows = [...kinds, { key: '', name: '', criteria: [] }];
  return (
    <form action={formAction} className="grid gap-4">
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="planId" value={planId ?? ''} />
      {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
      {state.status === 'success' ? <Alert variant="success" title={state.message} /> : null}
      {rows.map((kind, index) => (
        <fieldset key={`${kind.key}-${index}`} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold text-gray-900">{kind.name ? kind.name : 'Add a kind of interview'}</legend>
          <input type="hidden" name={`kinds[${index}][key]`} value={kind.key} />
          <div className="grid gap-1">
            <Label htmlFor={`kind-${index}-name`}>Name{kind.name ? '' : ' (leave empty to add none)'}</Label>
            <Input id={`kind-${index}-name`} name={`kinds[${index}][name]`} defaultValue={kind.name} maxLength={80} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`kind-${index}-criteria`}>Scorecard criteria, one per line</Label>
            <Textarea id={`kind-${index}-criteria`} name={`kinds[${index}][criteria]`} rows={3} defaultValue={kind.criteria.map((c) => c.label).join('\n')} />
          </div>
        </fieldset>
      ))}
      <Button type="submit" className="justify-self-start" aria-disabled={pending || undefined}>
        Save interview kinds
      </Button>
    </form>
  );
}

'use client';

import { startTransition, useActionState } from 'react';
import { DragHandle } from '@/components/admin/questions/drag-handle';
import { useDragReorder } from '@/components/admin/questions/use-drag-reorder';
import { useEnhanced } from '@/components/admin/questions/use-question-list';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { idleState, type ActionState } from '@/lib/action-state';
import { STAGE_KINDS, type StageKind } from '@/lib/domain/job-enums';
import { cn } from '@/lib/utils';
import type { StageField } from '@/lib/validations/pipeline-stage';
import { RejectionReasonSelect, type RejectionReasonChoice } from '../rejection-reason-select';

type StagesAction = (previous: ActionState<StageField>, formData: FormData) => Promise<ActionState<StageField>>;

export interface EditorStage {
  id: number;
  name: string;
  kind: StageKind;
  count: number;
}

const KIND_LABELS: Record<StageKind, string> = { applied: 'Applied', screening: 'Screening', interview: 'Interview', offer: 'Offer', hired: 'Hired', rejected: 'Rejected' };

function KindSelect({ id, value }: { id: string; value?: StageKind }) {
  return (
    <NativeSelect id={id} name="kind" defaultValue={value ?? 'interview'}>
      {STAGE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KIND_LABELS[kind]}
        </option>
      ))}
    </NativeSelect>
  );
}

/**
 * A job's stages: rename and re-kind, Move up / Move down (keyboard, and every button posts
 * without JavaScript), drag to reorder with JavaScript, remove (moving its applicants), add.
 */
export function StageEditor({ action, jobId, stages, reasons }: { action: StagesAction; jobId: number; stages: EditorStage[]; reasons: RejectionReasonChoice[] }) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<StageField>);
  const enhanced = useEnhanced();
  const drag = useDragReorder((from, to) => {
    const order = stages.map((s) => s.id);
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved!);
    const data = new FormData();
    data.set('intent', 'reorder');
    data.set('jobId', String(jobId));
    for (const id of order) data.append('order', String(id));
    startTransition(() => formAction(data));
  });
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="grid gap-4">
      <div aria-live="polite">
        {state.status === 'error' ? <Alert variant="error" title={state.message} /> : null}
        {state.status === 'success' ? <Alert variant="success" title={state.message} /> : null}
      </div>
      <ol className="grid gap-3" aria-label="Stages, in pipeline order">
        {stages.map((stage, index) => (
          <li
            key={stage.id}
            {...(enhanced ? drag.targetProps(index) : {})}
            className={cn('grid gap-3 rounded-lg border border-gray-200 bg-white p-4', drag.over === index && drag.dragging !== index && 'ring-2 ring-accent')}
          >
            <form action={formAction} className="flex flex-wrap items-end gap-3">
              {enhanced ? <DragHandle {...drag.handleProps(index)} /> : null}
              <input type="hidden" name="stageId" value={stage.id} />
              <div className="grid gap-1">
                <Label htmlFor={`stage-${stage.id}-name`}>Stage {index + 1} name</Label>
                <Input id={`stage-${stage.id}-name`} name="name" defaultValue={stage.name} maxLength={60} required />
              </div>
              <div className="grid gap-1">
                <Label htmlFor={`stage-${stage.id}-kind`}>Kind</Label>
                <KindSelect id={`stage-${stage.id}-kind`} value={stage.kind} />
              </div>
              <Button type="submit" name="intent" value="save" variant="outline" size="sm" aria-disabled={pending || undefined}>
                Save<span className="sr-only"> {stage.name}</span>
              </Button>
              <Button type="submit" name="intent" value="up" variant="ghost" size="sm" disabled={index === 0}>
                Move up<span className="sr-only"> {stage.name}</span>
              </Button>
              <Button type="submit" name="intent" value="down" variant="ghost" size="sm" disabled={index === stages.length - 1}>
                Move down<span className="sr-only"> {stage.name}</span>
              </Button>
              <span className="text-sm text-gray-700">
                {stage.count} applicant{stage.count === 1 ? '' : 's'}
              </span>
            </form>
            <details>
              <summary className="cursor-pointer text-sm font-medium text-red-800">Remove {stage.name}…</summary>
              <form action={formAction} className="mt-3 grid gap-3 sm:max-w-md">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="stageId" value={stage.id} />
                <div className="grid gap-1">
                  <Label htmlFor={`stage-${stage.id}-target`}>Move its applicants to</Label>
                  <NativeSelect id={`stage-${stage.id}-target`} name="targetStageId" aria-invalid={errors.targetStageId ? true : undefined}>
                    {stages
                      .filter((other) => other.id !== stage.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.name}
                        </option>
                      ))}
                  </NativeSelect>
                </div>
                <RejectionReasonSelect id={`stage-${stage.id}-rejection-reason`} reasons={reasons} label="Rejection reason (when moving them to a rejected stage)" />
                <Button type="submit" variant="destructive" size="sm" className="justify-self-start">
                  Remove {stage.name}
                </Button>
              </form>
            </details>
          </li>
        ))}
      </ol>
      <form action={formAction} className="grid gap-3 rounded-lg border border-dashed border-gray-300 bg-white p-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="jobId" value={jobId} />
        <div className="grid gap-1">
          <Label htmlFor="new-stage-name">New stage name</Label>
          <Input id="new-stage-name" name="name" maxLength={60} required aria-invalid={errors.name ? true : undefined} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="new-stage-kind">Kind</Label>
          <KindSelect id="new-stage-kind" />
        </div>
        <Button type="submit" variant="outline">
          Add stage
        </Button>
      </form>
      <p className="text-sm text-gray-600">{enhanced ? 'Drag a stage by its handle, or use Move up and Move down.' : 'Use Move up and Move down to reorder.'}</p>
    </div>
  );
}

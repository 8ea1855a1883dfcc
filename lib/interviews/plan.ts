import 'server-only';
import type { Actor } from '@/db/queries/access';
import { getInterviewPlan, saveInterviewPlan, type SavePlanResult } from '@/db/queries/interview-plans';
import { inTransaction } from '@/db/queries/transaction';
import { recordAudit } from '@/db/queries/audit';
import type { InterviewPlanInput } from '@/lib/validations/interview-plan';

/**
 * Saves the job's interview kinds. A criterion keeps its key when its wording is unchanged, so
 * scorecards written against it stay comparable; reworded criteria get new keys.
 */
export async function saveInterviewPlanService(actor: Actor, input: InterviewPlanInput): Promise<SavePlanResult> {
  const current = await getInterviewPlan(actor, input.jobId);
  if (!current) return { ok: false, reason: 'not-found' };
  const byKey = new Map(current.kinds.filter((kind) => kind.key).map((kind) => [kind.key, kind]));
  const kinds = input.kinds.map((kind) => {
    const previous = kind.key ? byKey.get(kind.key) : undefined;
    const keyOf = (label: string) => previous?.criteria.find((criterion) => criterion.label === label)?.key ?? null;
    return { key: previous ? kind.key : null, name: kind.name, criteria: kind.criteria.map((label) => ({ key: keyOf(label), label })) };
  });
  return inTransaction(async (tx) => {
    const result = await saveInterviewPlan(tx, actor, { jobId: input.jobId, loadedPlanId: input.planId, kinds });
    if (result.ok) await recordAudit(tx, { actor, action: 'job.interview_plan_updated', entityType: 'job', entityId: input.jobId, before: result.before, after: result.after });
    return result;
  });
}

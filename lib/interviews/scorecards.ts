import 'server-only';
import type { Actor } from '@/db/queries/access';
import { submitScorecard, type SubmitScorecardResult } from '@/db/queries/scorecards';
import { inTransaction } from '@/db/queries/transaction';
import type { DbOrTx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import type { ScorecardInput } from '@/lib/validations/scorecard';

/** Saves the scorecard with an audit entry (the recommendation and ratings; the notes stay on the scorecard). */
export function submitScorecardService(actor: Actor, input: ScorecardInput, conn?: DbOrTx): Promise<SubmitScorecardResult> {
  return inTransaction(async (tx) => {
    const result = await submitScorecard(tx, actor, input);
    if (result.ok) {
      await recordAudit(tx, {
        actor,
        action: result.created ? 'scorecard.submitted' : 'scorecard.updated',
        entityType: 'scorecard',
        entityId: result.scorecardId,
        after: { interviewId: input.interviewId, applicationId: result.applicationId, recommendation: input.recommendation, ratings: input.ratings },
      });
    }
    return result;
  }, conn);
}

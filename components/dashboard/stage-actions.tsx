'use client';

import { createContext, use, type ReactNode } from 'react';
import type { FormAction } from '@/lib/action-state';
import type { StageEmailPreviewResult, StageMoveState } from '@/lib/validations/stage-move';

/**
 * The server actions a stage move needs, given once by the page (the board, the applicant page)
 * instead of threaded through every card and dialog: components never import actions from app/.
 */
export interface StageActions {
  move: FormAction<StageMoveState>;
  previewEmail: (applicationId: number, emailTemplate: string) => Promise<StageEmailPreviewResult>;
}

const StageActionsContext = createContext<StageActions | null>(null);

export function StageActionsProvider({ actions, children }: { actions: StageActions; children: ReactNode }) {
  return <StageActionsContext value={actions}>{children}</StageActionsContext>;
}

export function useStageActions(): StageActions {
  const actions = use(StageActionsContext);
  if (!actions) throw new Error('A stage move form needs a <StageActionsProvider> from its page.');
  return actions;
}

import type { StageKind } from '@/lib/domain/job-enums';

export interface BoardStage {
  id: number;
  name: string;
  kind: StageKind;
  /** All applicants in the stage; the column shows the newest 50 of them. */
  count: number;
}

export interface BoardCardData {
  id: number;
  stageId: number;
  name: string;
  ratingAverage: string | null;
  submittedAt: Date;
}

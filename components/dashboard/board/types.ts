import type { StageKind } from '@/lib/domain/job-enums';

export interface BoardStage {
  id: number;
  name: string;
  kind: StageKind;
  /** All applicants in the stage; the column shows the newest of them, a page at a time. */
  count: number;
  /** The board with one more page of this column; null when the column shows all it may. */
  moreHref?: string | null;
}

export interface BoardCardData {
  id: number;
  stageId: number;
  name: string;
  ratingAverage: string | null;
  submittedAt: Date;
}

import { Badge } from '@/components/ui/badge';
import type { JobStatus } from '@/lib/domain/job-enums';

export const JOB_STATUS_LABELS: Record<JobStatus, string> = { draft: 'Draft', published: 'Published', closed: 'Closed', archived: 'Archived' };
const VARIANTS = { draft: 'warning', published: 'success', closed: 'secondary', archived: 'outline' } as const;

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge variant={VARIANTS[status]}>{JOB_STATUS_LABELS[status]}</Badge>;
}

import { Badge } from '@/components/ui/badge';
import type { JobStatus } from '@/lib/domain/job-enums';

const LABELS: Record<JobStatus, string> = { draft: 'Draft', published: 'Published', closed: 'Closed', archived: 'Archived' };
const VARIANTS = { draft: 'outline', published: 'success', closed: 'secondary', archived: 'secondary' } as const;

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge variant={VARIANTS[status]}>{LABELS[status]}</Badge>;
}

import { Badge } from '@/components/ui/badge';
import type { UserStatus } from '@/db/types';

const LABELS: Record<UserStatus, string> = { active: 'Active', invited: 'Invited', deactivated: 'Deactivated' };
const VARIANTS = { active: 'success', invited: 'warning', deactivated: 'secondary' } as const;

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <Badge variant={VARIANTS[status]}>{LABELS[status]}</Badge>;
}

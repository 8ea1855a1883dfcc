import type { ActionState } from '@/lib/action-state';

/** The status form's answer; a refused publish lists each missing item and the field to fix it in. Client-safe. */
export type JobStatusActionState = ActionState & { missing?: Array<{ field: string; text: string }> };

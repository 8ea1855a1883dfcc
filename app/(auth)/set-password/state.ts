import type { ActionState } from '@/lib/action-state';
import type { SetPasswordField } from '@/lib/validations/user';
import type { LinkProblem } from './messages';

/** Passwords never come back in the state; `link` says why the link itself was refused. */
export type SetPasswordState = ActionState<SetPasswordField> & { link?: LinkProblem };

import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { DEMO_PASSWORD } from '@/lib/domain/demo-accounts';
import { USER_ROLES, type UserRole } from '@/lib/domain/job-enums';

// The invite, role and set-password forms and their server actions share these. Client-safe.

export const ROLE_LABELS: Record<UserRole, string> = { admin: 'Admin', hiring_manager: 'Hiring manager' };

export const PASSWORD_MIN_LENGTH = 12;
/** The same cap as sign-in: argon2 must not be asked to hash megabytes. */
export const PASSWORD_MAX_LENGTH = 1024;
export { INVITATION_LIFETIME_HOURS } from '@/lib/domain/invitations';

export const USER_MESSAGES = {
  name: 'Enter the person’s name',
  nameTooLong: 'Keep the name to 200 characters or fewer',
  email: 'Enter an email address like name@example.com',
  role: 'Choose a role',
  user: 'This user isn’t available',
  password: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: `Keep the password to ${PASSWORD_MAX_LENGTH} characters or fewer`,
  passwordIsEmail: 'Choose a password that isn’t your email address',
  passwordIsPublished: 'Choose another password: this one is published as the demo password',
  confirm: 'Enter the same password again',
  token: 'This link isn’t valid. Ask an administrator for a new one.',
} as const;

const roleField = z.enum(USER_ROLES, { error: USER_MESSAGES.role });

export const inviteUserSchema = z.object({
  name: z.string({ error: USER_MESSAGES.name }).trim().min(1, USER_MESSAGES.name).max(200, USER_MESSAGES.nameTooLong),
  email: z
    .string({ error: USER_MESSAGES.email })
    .trim()
    .toLowerCase()
    .min(1, USER_MESSAGES.email)
    .max(254, USER_MESSAGES.email)
    .pipe(z.email({ error: USER_MESSAGES.email })),
  role: roleField,
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;
export type InviteUserField = keyof InviteUserInput;

// users.id is a UUID; anything else cannot be a user, so it never reaches the database.
export const userIdField = z.uuid({ error: USER_MESSAGES.user });

export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setUserActiveSchema = z.object({
  userId: userIdField,
  active: z.enum(['true', 'false'], { error: USER_MESSAGES.user }).transform((value) => value === 'true'),
});

/** 32 random bytes in base64url are 43 characters. */
export const invitationTokenField = z.string({ error: USER_MESSAGES.token }).regex(/^[A-Za-z0-9_-]{43}$/, USER_MESSAGES.token);

/** A new password: long enough, and not so long that argon2 is asked to hash megabytes. */
export const newPasswordField = z
  .string({ error: USER_MESSAGES.password })
  .min(PASSWORD_MIN_LENGTH, USER_MESSAGES.password)
  .max(PASSWORD_MAX_LENGTH, USER_MESSAGES.passwordTooLong);

/** What else rules a new password out: the account's own email, the demo password in the README. */
export function passwordRuleViolation(password: string, email: string): string | null {
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return USER_MESSAGES.passwordIsEmail;
  if (password === DEMO_PASSWORD) return USER_MESSAGES.passwordIsPublished;
  return null;
}

/**
 * The set-password form. `email` is the invited address: the page passes it to the browser's
 * copy for an early message, and the server always checks against the address it stored.
 */
export const setPasswordSchema = z
  .object({
    token: invitationTokenField,
    email: z.string(),
    // Not trimmed: spaces can be part of a password.
    password: newPasswordField,
    confirmPassword: z.string({ error: USER_MESSAGES.confirm }),
  })
  .superRefine((value, ctx) => {
    const violation = passwordRuleViolation(value.password, value.email);
    if (violation) ctx.addIssue({ code: 'custom', path: ['password'], message: violation });
    if (value.confirmPassword !== value.password) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: USER_MESSAGES.confirm });
    }
  });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;
export type SetPasswordField = 'password' | 'confirmPassword';

/** What an invitation produced: the link to pass on, and whether it was emailed. */
export interface InvitationLink {
  userId: string;
  url: string;
  expiresAt: string;
  emailedTo: string | null;
  /** Set when SMTP is configured but sending failed: the admin must pass the link on. */
  emailFailed?: boolean;
}

export type InviteUserState = ActionState<InviteUserField> & {
  values?: Partial<Record<InviteUserField, string>>;
  invitation?: InvitationLink;
  /** An existing, not-yet-accepted invitee: the form offers "Send a new link" for them. */
  pendingUserId?: string;
};

export type ResendInvitationState = ActionState & { invitation?: InvitationLink };

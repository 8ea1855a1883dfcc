// What a set-password link that cannot be used says, on the page and after a refused submit.
export const LINK_MESSAGES = {
  used: 'This link has been used already. If you set your password with it, sign in. Otherwise ask an administrator for a new link.',
  expired: 'This link has expired. Ask an administrator to send you a new one.',
  invalid: 'This link isn’t valid. Check that you copied all of it, or ask an administrator for a new one.',
} as const;

export type LinkProblem = keyof typeof LINK_MESSAGES;

/** How long a set-password link works (the invitation page says so, the query sets the expiry). */
export const INVITATION_LIFETIME_HOURS = 72;

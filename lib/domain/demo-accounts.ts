// The demo data's accounts and their password, published in the README. Constants only.

export const DEMO_PASSWORD = 'portico-demo';

/**
 * DEMO_PASSWORD hashed (argon2id, the app's options) with a fixed, public salt: the demo seed
 * stores exactly this string, so an account that still has the published password is found by
 * equality, without an argon2 check per user at every start. A salt protects secrets; this
 * password is public anyway.
 */
export const DEMO_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$cG9ydGljby1kZW1vLXNhbHQ$sXCkj4nwqzx0lwk2eAJiScgpUfpScG4+pbFpbR2YqHQ';

/** Seeded with a random salt before DEMO_PASSWORD_HASH existed: checked by argon2 as well. */
export const DEMO_ACCOUNT_EMAILS = ['admin@example.com', 'manager@example.com'] as const;

// Saved sign-in states written by e2e/auth.setup.ts.
export const STORAGE = { admin: 'e2e/.auth/admin.json', manager: 'e2e/.auth/manager.json' } as const;

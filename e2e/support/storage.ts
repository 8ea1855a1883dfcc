// Saved sign-in states written by e2e/auth.setup.ts; a named test run (TEST_RUN_NAME) keeps its
// own, since its server signs cookies with a secret of its own.
const dir = process.env.TEST_RUN_NAME ? `e2e/.auth/${process.env.TEST_RUN_NAME}` : 'e2e/.auth';
export const STORAGE = { admin: `${dir}/admin.json`, manager: `${dir}/manager.json` } as const;

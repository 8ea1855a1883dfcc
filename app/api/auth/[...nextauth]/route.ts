import { handlers } from '@/auth';

// Auth.js's endpoints: OAuth and magic-link callbacks, CSRF token, session, sign-out.
export const { GET, POST } = handlers;

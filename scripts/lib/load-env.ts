import nextEnv from '@next/env';

// Scripts see the same .env / .env.local files that Next.js loads for the app.
// Imported first by every script, before lib/env.ts reads process.env.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');

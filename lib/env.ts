import { z } from 'zod';
import { parseTrustedProxies } from './auth/trusted-proxies';

// The one place that reads process.env. Every variable is documented in .env.example.
// DATABASE_URL is optional here because `next build` must work without a database;
// db/index.ts insists on it when the first query runs (scripts/dev.ts and scripts/start.ts
// set it to the embedded PostgreSQL when the user has not).
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)));

// An empty variable (`DATABASE_URL=` copied from .env.example) means "use the default".
const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  // The owner role's URL for migrations (db:migrate and the start-up); DATABASE_URL is then the
  // app's own role, granted rows only and no rewriting of audit_log (db/roles.ts). Unset: one URL.
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  APP_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32).optional(),
  // Each sign-in method beyond email + password is switched on by its variables (see auth.ts).
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().url().optional(),
  // The background worker (pg-boss): `npm run dev` / `npm start` start it beside the app unless
  // WORKER_ENABLED=false (then run `npm run worker` yourself). OUTBOX_POLL_MS is how often it looks
  // for due emails besides being woken by NOTIFY. CLOSING_SWEEP_IN_APP keeps the app's own
  // closing-date timer for deployments without a worker (run-app turns it off when it starts one).
  WORKER_ENABLED: booleanish,
  OUTBOX_POLL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  // The UTC hour from which each day's new-application digest goes out (hourly worker runs).
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  // How many hours before an interview its reminder goes to the candidate and the interviewers.
  INTERVIEW_REMINDER_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  CLOSING_SWEEP_IN_APP: booleanish,
  // Applications through the web form per client IP per 10 minutes (the API has its own limits).
  APPLY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().optional(),
  // Demo postings and accounts (published password): `npm run dev` seeds them unless false;
  // everything else only when true, and a production start refuses to run with them unless true.
  SEED_DEMO: booleanish,
  // The proxies in front of the app (lib/auth/client-ip.ts): unset, a hop count or CIDR ranges.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `${(error as Error).message} (see .env.example)` });
      }
    }),
  // The address Next's server listens on (Next's own variable for the standalone server).
  HOSTNAME: z.string().optional(),
  // Two test runs in one checkout at once (scripts/test.ts sets it from TEST_RUN_NAME) must
  // not share a build folder; production leaves it unset.
  NEXT_DIST_DIR: z.string().regex(/^\.next[\w-]*$/, 'must be .next or .next-<name>').optional(),
  // `standalone` for the Docker image (deploy/Dockerfile): next build then writes server.js.
  NEXT_OUTPUT: z.preprocess(emptyAsUnset, z.enum(['standalone']).optional()),
  // One Next cache for every instance (cache-handler.mjs): redis://host:6379[/db]. Unset: memory, one instance.
  REDIS_URL: z.preprocess(emptyAsUnset, z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional()),
  // Prefix of every cache key, so deployments (or test runs) can share one Redis.
  REDIS_KEY_PREFIX: z.preprocess(emptyAsUnset, z.string().regex(/^[\w:.-]+$/).optional()),
  // SIGTERM: how long in-flight requests may run before the server closes anyway.
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  // How far V8's heap may grow past its live size before a full collection (lib/startup/heap-growth.ts); 0: V8's own.
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(400).default(30),
  // The page and data cache's budget in this process's memory when REDIS_URL is unset (cache-handler.mjs reads it).
  MEMORY_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(25),
  // Uploaded files (lib/storage): in PostgreSQL by default, or in an S3-compatible bucket.
  STORAGE_DRIVER: z.enum(['postgres', 's3']).default('postgres'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanish,
  S3_KEY_PREFIX: z.string().regex(/^([\w.-]+\/)*$/, 'must be empty or end with / (e.g. portico/)').default('portico/'),
  // Observability: /api/metrics answers a bearer token, or loopback/private peers without one.
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('portico'),
}).superRefine((value, ctx) => {
  if (value.STORAGE_DRIVER === 's3' && !value.S3_BUCKET) {
    ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when STORAGE_DRIVER=s3' });
  }
  if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together, or neither (then the AWS default credential chain is used)' });
  }
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const raw = Object.fromEntries(Object.entries(process.env).map(([key, value]) => [key, emptyAsUnset(value)]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseEnv();

import 'server-only';
import pino from 'pino';
import { env } from '@/lib/env';

// JSON lines to stdout; a request id is bound per request with `logger.child({ requestId })`.
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'portico' },
  redact: { paths: ['email', '*.email', 'password', '*.password', 'resume', '*.resume'], censor: '[redacted]' },
});

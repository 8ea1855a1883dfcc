import 'server-only';
import pino from 'pino';
import { env } from '@/lib/env';
import { currentLogContext } from '@/lib/observability/log-context';

// JSON lines to stdout. Every line logged while serving a request carries its requestId, and
// every line of a worker job its jobId and queue (lib/observability/log-context.ts).
export const loggerOptions: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { service: 'portico' },
  mixin: () => currentLogContext() ?? {},
  // A net under lib/logging/loggable-error.ts (which every error log goes through): fields that
  // would carry personal data never reach the output even if a call site passes them.
  redact: {
    paths: ['email', '*.email', 'password', '*.password', 'resume', '*.resume', 'subject', '*.subject', 'to', '*.to', 'toAddress', '*.toAddress', 'phone', '*.phone', 'firstName', 'lastName'],
    censor: '[redacted]',
  },
};

export const logger = pino(loggerOptions);

import 'server-only';
import { counter, gauge, histogram } from './registry';

export const dbPoolMax = gauge({
  name: 'portico_db_pool_max_connections',
  help: 'Connections this instance may open to PostgreSQL (DATABASE_POOL_MAX).',
});

export const dbPoolInFlight = gauge({
  name: 'portico_db_pool_operations_in_flight',
  help: 'Queries outside transactions plus open transactions, each holding or waiting for a pool connection; above the maximum, the rest wait.',
});

export const dbOperationDuration = histogram({
  name: 'portico_db_operation_duration_seconds',
  help: 'Database queries and whole transactions, waiting for a connection included, by kind and outcome.',
  labelNames: ['kind', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
});

export const dbOperationErrors = counter({
  name: 'portico_db_operation_errors_total',
  help: 'Database queries and transactions that failed (connection refused, timeout, constraint, …), by kind.',
  labelNames: ['kind'] as const,
});

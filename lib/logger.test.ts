import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runWithLogContext } from '@/lib/observability/log-context';
import { loggerOptions } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ ...loggerOptions, level: 'info' }, stream), lines };
}

describe('logger', () => {
  it('puts the request id on every line of a request, across awaits and timers, and on no other', async () => {
    const { log, lines } = capture();
    const child = log.child({ component: 'test' });
    await Promise.all([
      runWithLogContext({ requestId: 'req-aaaaaaaa' }, async () => {
        log.info('first');
        await new Promise((resolve) => setTimeout(resolve, 5));
        child.warn('second');
      }),
      runWithLogContext({ requestId: 'req-bbbbbbbb' }, async () => {
        await Promise.resolve();
        log.info('other');
      }),
    ]);
    log.info('outside');
    const byMsg = Object.fromEntries(lines.map((line) => [line.msg, line]));
    expect(byMsg.first).toMatchObject({ requestId: 'req-aaaaaaaa' });
    expect(byMsg.second).toMatchObject({ requestId: 'req-aaaaaaaa', component: 'test' });
    expect(byMsg.other).toMatchObject({ requestId: 'req-bbbbbbbb' });
    expect(byMsg.outside).not.toHaveProperty('requestId');
  });

  it('puts the job id and queue on every line of a worker job', () => {
    const { log, lines } = capture();
    runWithLogContext({ jobId: 'job-7', queue: 'outbox-drain' }, () => log.info('sending'));
    expect(lines[0]).toMatchObject({ jobId: 'job-7', queue: 'outbox-drain', msg: 'sending' });
  });

  it('censors personal fields a call site passes by mistake', () => {
    const { log, lines } = capture();
    log.info({ outboxId: 7, subject: 'Ada Lovelace applied', to: 'ada@example.com', email: { to: 'ada@example.com', subject: 'Hi Ada' } }, 'email');
    expect(lines[0]).toMatchObject({ outboxId: 7, subject: '[redacted]', to: '[redacted]' });
    expect(JSON.stringify(lines[0])).not.toMatch(/Ada|ada@/);
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  url: string;
  /** Every message the server accepted (answered 250), parsed. */
  messages: ParsedMail[];
  /** While true, DATA is read but not answered: the sender hangs mid-send, as a crash would find it. */
  hold: { value: boolean };
  /** Resolves once a message is being held. */
  held: () => Promise<void>;
  close: () => Promise<void>;
}

/** A real SMTP server on a random local port, for tests: plain text, no auth. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const hold = { value: false };
  let onHeld: (() => void) | undefined;
  const heldPromise = new Promise<void>((resolve) => (onHeld = resolve));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A held connection must not keep close() waiting.
    closeTimeout: 200,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (hold.value) {
          // Never answered: the message is not accepted, like a connection cut before the 250.
          onHeld?.();
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            messages.push(parsed);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    hold,
    held: () => heldPromise,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

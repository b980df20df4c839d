// A real SMTP server on a free local port, standing in for the mail provider: it receives what Parley sends
// over SMTP and parses each message (mailparser) so a test reads the mail as its recipient would.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** The next `count` messages are answered with this SMTP reply code (4xx: try later, 5xx: refused). */
  refuse(count: number, code: number): void;
  /** Waits for a message to `to` (the nth, counting from 1), and returns it. */
  mailTo(to: string, nth?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

/** The token a mail's link carries: `?token=...`. */
export const tokenIn = (mail: ReceivedMail) => {
  const match = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token in the mail: ${mail.text}`);
  return decodeURIComponent(match[1]!);
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusals: { count: number; code: number } = { count: 0, code: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (refusals.count > 0) {
        refusals.count -= 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('refused by the test'), { responseCode: refusals.code })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(count, code) {
      refusals = { count, code };
    },
    async mailTo(to, nth = 1) {
      const mails = await eventually(
        async () => received.filter((mail) => mail.to.includes(to)),
        (list) => list.length >= nth,
      );
      return mails[nth - 1]!;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

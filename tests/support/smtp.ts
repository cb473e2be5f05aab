import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Delivered = { envelopeTo: string[]; mail: ParsedMail; raw: string };

/**
 * A real SMTP server on a free port of 127.0.0.1 that keeps what it receives.
 * With `acceptFirst`, it accepts that many messages and then refuses every
 * other one (451, "try again later"), like a server that goes bad mid-run.
 */
export async function startSmtpServer(options: { acceptFirst?: number } = {}): Promise<{
  url: string;
  delivered: Delivered[];
  stop: () => Promise<void>;
}> {
  const delivered: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.acceptFirst !== undefined && delivered.length >= options.acceptFirst) {
          callback(
            Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }),
          );
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        delivered.push({
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          mail: await simpleParser(raw),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

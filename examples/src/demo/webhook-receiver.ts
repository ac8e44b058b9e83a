// The demo's webhook receiver: a real HTTP server on 127.0.0.1 that verifies every delivery's
// signature with @mux/webhooks (401 when it fails) and hands the verified events to the demo.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { unwrapWebhook, type WebhookEvent } from "@mux/webhooks";

export interface WebhookReceiver {
  /** Where Mux should POST, e.g. `http://127.0.0.1:54321/webhooks/mux`. */
  readonly url: string;
  /** Sets the endpoint's signing secret once Mux has made the endpoint. */
  useSecret(secret: string): void;
  /** Resolves with the first verified event that `matches`, or rejects after `timeoutMs`. */
  waitFor(matches: (event: WebhookEvent) => boolean, timeoutMs: number): Promise<WebhookEvent>;
  /** How many deliveries failed verification. */
  readonly rejected: number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(onEvent: (event: WebhookEvent) => void): Promise<WebhookReceiver> {
  let secret: string | undefined;
  let rejected = 0;
  const events: WebhookEvent[] = [];
  const waiters = new Set<(event: WebhookEvent) => void>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      if (!secret) throw new Error("no secret yet");
      const event = await unwrapWebhook(Buffer.concat(chunks), req.headers as Record<string, string>, secret);
      events.push(event);
      onEvent(event);
      for (const waiter of waiters) waiter(event);
      res.writeHead(200).end();
    } catch {
      rejected += 1;
      res.writeHead(401).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/mux`,
    useSecret: (value) => {
      secret = value;
    },
    waitFor(matches, timeoutMs) {
      const seen = events.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching webhook within ${timeoutMs} ms.`));
        }, timeoutMs);
        const waiter = (event: WebhookEvent) => {
          if (!matches(event)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event);
        };
        waiters.add(waiter);
      });
    },
    get rejected() {
      return rejected;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

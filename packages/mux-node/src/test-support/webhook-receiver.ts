import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One webhook POST as received: raw body and headers, exactly as sent (for verification). */
export interface ReceivedWebhook {
  body: string;
  headers: Record<string, string>;
}

/** A real HTTP webhook receiver on 127.0.0.1 that keeps what it gets and answers 200. */
export async function startWebhookReceiver(): Promise<{ url: string; received: ReceivedWebhook[]; close(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
    received.push({ body: Buffer.concat(chunks).toString("utf8"), headers });
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/mux`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One POST a receiver got: the raw body and headers, exactly as sent. */
export interface Received {
  body: string;
  headers: Record<string, string>;
}

/** A real HTTP server on 127.0.0.1 that records every request and answers `status`. */
export async function startReceiver(status = 200): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
    received.push({ body: Buffer.concat(chunks).toString("utf8"), headers });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/mux`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

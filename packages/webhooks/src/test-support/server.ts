// A real node:http server for the tests: hands each request's raw body bytes and headers to a handler.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status: number;
  body: unknown;
}

export type RawHandler = (body: Buffer, headers: IncomingHttpHeaders, rawHeaders: string[]) => Promise<Reply>;

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 that answers every request with the handler's JSON reply. */
export async function startServer(handler: RawHandler): Promise<TestServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      handler(Buffer.concat(chunks), req.headers, req.rawHeaders).then(
        ({ status, body }) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** POSTs a body with the given headers and returns the JSON reply. */
export async function post(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<Reply> {
  const response = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  return { status: response.status, body: await response.json() };
}

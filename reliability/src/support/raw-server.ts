import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a raw server received. */
export interface RawSeen {
  method: string;
  /** The request target exactly as it arrived on the wire (path + query, still percent-encoded). */
  url: string;
  headers: IncomingMessage["headers"];
}

/** Decides how to answer one request; may write, stall or destroy the socket. */
export type RawHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

/** A node:http server on 127.0.0.1 for faults the mock cannot express. */
export interface RawServer {
  url: string;
  seen: RawSeen[];
  close(): Promise<void>;
}

/** Starts a raw server; every request is recorded before `handler` runs. */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
  const seen: RawSeen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    req.on("end", () => handler(req, res, seen.length - 1));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago and has nothing listening on it now. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Sends headers and half of a JSON body, then resets the connection. */
export function resetDuringBody(_req: IncomingMessage, res: ServerResponse): void {
  const body = '{"data":{"id":"partial-key","created_at":"1700000000"}}';
  res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
  res.write(body.slice(0, 12), () => {
    setTimeout(() => res.socket?.destroy(), 5);
  });
}

/** Resets the connection before any response byte. */
export function resetBeforeResponse(req: IncomingMessage): void {
  req.socket.destroy();
}

/** Sends headers and the start of a body, then goes silent (the socket stays open). */
export function stallAfterHeaders(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json", "content-length": "200" });
  res.write('{"data":');
}

/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse } from "msw";
import { createMuxMock, type MuxMock, type MuxMockOptions } from "../create-mux-mock.js";
import { muxErrorBody } from "../error-body.js";
import { controlResponse } from "./control-routes.js";
import { DEFAULT_TOKEN, type MuxMockBasicToken, type MuxMockToken } from "../tokens.js";

/**
 * Options of {@link startMockMuxServer}: where to listen, plus the mock's options (except
 * `baseURL`). Unlike `createMuxMock`, the server's clock is `"real"` by default: an asset made
 * through it is ready `timings.assetReadyMs` (2 s) later without anyone advancing time.
 */
export interface MockMuxServerOptions extends Omit<MuxMockOptions, "baseURL"> {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; defaults to `127.0.0.1`. */
  host?: string;
}

/** A running mock Mux server. */
export interface MockMuxServer {
  /** The server's base URL, such as `http://127.0.0.1:54321`; use it as the client's `baseURL`. */
  readonly url: string;
  /** The mock behind the server: store, faults, request log. */
  readonly mock: MuxMock;
  /** Id of the first Basic token the server accepts (`DEFAULT_TOKEN` unless `tokens` says otherwise); `""` when there is none. */
  readonly tokenId: string;
  /** Secret of that token; `""` when there is none. */
  readonly tokenSecret: string;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/**
 * Pending-connection queue length. Node's default (511) drops the SYNs of a burst of ~1,000
 * concurrent clients, which then wait for TCP retransmission (1 s, 3 s, 7 s...): load tests
 * looked ten times slower than they were. The OS caps it (net.core.somaxconn).
 */
const LISTEN_BACKLOG = 4096;

function urlHost(address: AddressInfo): string {
  const host = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  return host.includes(":") ? `[${host}]` : host;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

function toRequest(req: IncomingMessage, baseURL: string, body: Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = (req.method ?? "GET").toUpperCase();
  const hasBody = body !== undefined && method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", `${baseURL}/`), {
    method,
    headers,
    body: hasBody ? body : null,
    signal,
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = new Uint8Array(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (body.byteLength > 0) headers["content-length"] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Starts a real HTTP server answering like Mux, on the same handlers, store and faults as
 * `createMuxMock`: for code that does not use msw, for other processes and other languages.
 * A network-error fault destroys the connection. Requests msw has no handler for get Mux's 404.
 */
export async function startMockMuxServer(options: MockMuxServerOptions = {}): Promise<MockMuxServer> {
  const { port = 0, host = "127.0.0.1", ...mockOptions } = options;
  let mock: MuxMock | undefined;
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const aborted = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborted.abort();
    });
    try {
      if (!mock) {
        res.writeHead(503).end();
        return;
      }
      const body = await readBody(req);
      const control = await controlResponse(mock, req.method ?? "GET", req.url ?? "/");
      if (control) {
        await writeResponse(res, control);
        return;
      }
      const request = toRequest(req, mock.baseURL, body, aborted.signal);
      const response = await getResponse(mock.handlers, request);
      if (aborted.signal.aborted) return;
      if (!response) {
        await writeResponse(
          res,
          Response.json(muxErrorBody("not_found", "No such route in the Mux mock."), { status: 404 }),
        );
        return;
      }
      if (response.type === "error") {
        req.socket.destroy();
        return;
      }
      await writeResponse(res, response);
    } catch {
      if (!res.headersSent) {
        await writeResponse(res, Response.json(muxErrorBody("internal_server_error", "The Mux mock failed."), { status: 500 }));
      } else {
        res.destroy();
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${urlHost(address)}:${address.port}`;
  mock = createMuxMock({ clock: "real", ...mockOptions, baseURL: url });
  const tokens: readonly MuxMockToken[] = mockOptions.tokens ?? [DEFAULT_TOKEN];
  const basic = tokens.find((token): token is MuxMockBasicToken => "tokenId" in token);
  const credentials = basic ?? { tokenId: "", tokenSecret: "" };

  let closing: Promise<void> | undefined;
  const result: MockMuxServer = {
    url,
    mock,
    tokenId: credentials.tokenId,
    tokenSecret: credentials.tokenSecret,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
  // Keep the secret out of JSON.stringify and util.inspect of the handle.
  Object.defineProperty(result, "tokenSecret", { enumerable: false });
  return result;
}

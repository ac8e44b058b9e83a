// A local HTTP server that records every request exactly as it arrived and answers it the way the
// @mux/testing mock answers an operation it keeps no state for (`defaultResponse`): the same
// answer for the same operation, whichever client asked.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type OperationId, operationIndex } from "@mux/core/operations";
import { defaultResponse } from "@mux/testing";

/** One request as the server received it. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path, percent-encoded as sent. */
  readonly path: string;
  /** The query as parsed key/values: every value of a key, in the order sent. */
  readonly query: Readonly<Record<string, string[]>>;
  /** The JSON body, parsed (the text when it is not JSON); undefined when there was none. */
  readonly body: unknown;
  /** The operation the path and method matched; undefined when none did (the answer is a 404). */
  readonly operationId: OperationId | undefined;
  /** The scheme of the `authorization` header (`Basic`), or undefined without one. */
  readonly auth: string | undefined;
}

interface Route {
  readonly id: OperationId;
  readonly method: string;
  readonly pattern: RegExp;
  /** Characters of the template outside `{PARAM}`s: the more, the more specific. */
  readonly literal: number;
}

const routes: Route[] = (Object.keys(operationIndex) as OperationId[]).map((id) => {
  const { method, path } = operationIndex[id];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  return { id, method, pattern: new RegExp(`^${source}$`), literal: path.replace(/\{[^}]+\}/g, "").length };
});

/** The operation a request is for: the most specific template that matches its raw path. */
export function operationFor(method: string, path: string): OperationId | undefined {
  let best: Route | undefined;
  for (const route of routes) {
    if (route.method !== method || !route.pattern.test(path)) continue;
    if (!best || route.literal > best.literal) best = route;
  }
  return best?.id;
}

/** A running recorder. */
export interface Recorder {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Requests received since the last `take()`, oldest first. */
  take(): RecordedRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(raw: string): unknown {
  if (raw === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function parseQuery(url: URL): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    const values = query[key] ?? [];
    values.push(value);
    query[key] = values;
  }
  return query;
}

async function answer(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers).end(body);
}

/** Starts the recorder on a free port of 127.0.0.1. */
export async function startRecorder(): Promise<Recorder> {
  let log: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://recorder.invalid");
      const method = (req.method ?? "GET").toUpperCase();
      const raw = await readBody(req);
      const rawPath = (req.url ?? "/").split("?")[0] ?? "/";
      const operationId = operationFor(method, rawPath);
      log.push({
        method,
        path: rawPath,
        query: parseQuery(url),
        body: parseBody(raw),
        operationId,
        auth: req.headers.authorization?.split(" ")[0],
      });
      const response = operationId
        ? defaultResponse(operationId)
        : Response.json({ error: { type: "not_found", messages: ["No such route."] } }, { status: 404 });
      await answer(res, response);
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

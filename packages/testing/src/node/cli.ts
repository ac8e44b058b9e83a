/// <reference types="node" />
import { parseArgs } from "node:util";
import { type MockMuxServer, startMockMuxServer } from "./mock-server.js";

const USAGE = `Usage: mux-mock-server [--port <port>] [--host <host>] [--asset-ready-ms <ms>]

Starts an in-memory fake of the Mux API and prints the environment variables that point a
client at it. Assets get ready on their own after --asset-ready-ms (default 2000). Webhook
endpoints created through the API (POST /system/v1/webhooks) receive signed events over HTTP.
Stops on Ctrl-C (SIGINT) or SIGTERM.`;

/** Options read from the command line. */
export interface CliOptions {
  port: number;
  host: string;
  /** Lifecycle timings given on the command line. */
  timings?: { assetReadyMs: number };
}

/** Parses the bin's arguments; undefined with a message on stderr when they are wrong or `--help`. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions | { help: true } | { error: string } {
  let values: { port?: string; host?: string; help?: boolean; "asset-ready-ms"?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        "asset-ready-ms": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const portText = values.port ?? env.MUX_MOCK_PORT ?? "0";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return { error: `Invalid port: ${portText}` };
  const host = values.host ?? env.MUX_MOCK_HOST ?? "127.0.0.1";
  const readyText = values["asset-ready-ms"];
  if (readyText === undefined) return { port, host };
  if (!/^\d+$/.test(readyText)) return { error: `Invalid --asset-ready-ms: ${readyText}` };
  return { port, host, timings: { assetReadyMs: Number(readyText) } };
}

/** Runs the `mux-mock-server` command; resolves with the server once it listens. */
export async function runCli(argv: string[]): Promise<MockMuxServer | undefined> {
  const parsed = parseCliArgs(argv);
  if ("help" in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return undefined;
  }
  if ("error" in parsed) {
    process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return undefined;
  }
  const server = await startMockMuxServer(parsed);
  process.stdout.write(
    `Mux mock server listening on ${server.url}\n` +
      `MUX_BASE_URL=${server.url}\n` +
      `MUX_TOKEN_ID=${server.tokenId}\n` +
      `MUX_TOKEN_SECRET=${server.tokenSecret}\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}, shutting down.\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

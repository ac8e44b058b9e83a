/// <reference types="node" />
import type { MuxMock } from "../create-mux-mock.js";
import { muxErrorBody } from "../error-body.js";

/** Where the server's own controls live: outside Mux's API, for tests in other processes and languages. */
export const CONTROL_PREFIX = "/_mux-mock/";

/**
 * Answers the local server's control routes, or undefined for any other request:
 * - `POST /_mux-mock/live-streams/{LIVE_STREAM_ID}/connect` and `/disconnect`: a simulated encoder;
 * - `POST /_mux-mock/clock/advance?ms=<ms>`: fast-forwards the lifecycles (waits for the webhooks);
 * - `POST /_mux-mock/uploads/{UPLOAD_ID}/complete`: finishes an upload without sending a file.
 * They take no credentials: the server is a local test double, bound to 127.0.0.1 by default.
 */
export async function controlResponse(mock: MuxMock, method: string, rawUrl: string): Promise<Response | undefined> {
  const url = new URL(rawUrl, "http://localhost");
  if (!url.pathname.startsWith(CONTROL_PREFIX)) return undefined;
  if (method.toUpperCase() !== "POST") return Response.json(muxErrorBody("not_found", "Control routes take POST."), { status: 404 });
  const parts = url.pathname.slice(CONTROL_PREFIX.length).split("/").map(decodeURIComponent);
  try {
    if (parts[0] === "live-streams" && parts[1] && (parts[2] === "connect" || parts[2] === "disconnect") && parts.length === 3) {
      mock.liveStreams[parts[2]](parts[1]);
      return Response.json({ data: mock.liveStreams.get(parts[1]) });
    }
    if (parts[0] === "uploads" && parts[1] && parts[2] === "complete" && parts.length === 3) {
      const assetId = mock.uploads.complete(parts[1]);
      return Response.json({ data: { asset_id: assetId } });
    }
    if (parts.join("/") === "clock/advance") {
      const ms = Number(url.searchParams.get("ms") ?? "NaN");
      await mock.clock.advance(ms);
      return Response.json({ data: { now: mock.clock.now() } });
    }
  } catch (error) {
    return Response.json(muxErrorBody("invalid_parameters", error instanceof Error ? error.message : String(error)), { status: 400 });
  }
  return Response.json(muxErrorBody("not_found", "No such control route in the Mux mock."), { status: 404 });
}

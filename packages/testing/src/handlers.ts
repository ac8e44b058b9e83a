import { operationIndex } from "@mux/core/operations";
import { type HttpHandler, http } from "msw";
import { metricOperations } from "./data/metric-handlers.js";
import { defaultResponse } from "./default-response.js";
import type { MockState } from "./mock-state.js";
import { type OperationId, operationIds } from "./operation.js";
import type { OperationTable } from "./operation-table.js";
import { notFound, type Perform, runOperation } from "./pipeline.js";
import { routePredicate } from "./routes.js";
import { systemOperations } from "./system/signing-key-handlers.js";
import { webhookEndpointOperations } from "./system/webhook-endpoint-handlers.js";
import { assetOperations } from "./video/asset-handlers.js";
import { liveStreamOperations } from "./video/live-stream-handlers.js";
import { playbackRestrictionOperations } from "./video/playback-restriction-handlers.js";
import { uploadOperations, uploadUrlHandlers } from "./video/upload-handlers.js";

/**
 * The resources the fake keeps: an operation on one of them (a path under it with its id) that has
 * no logic of its own still answers 404 for an id the fake does not know, and its default otherwise.
 */
function parentExists(state: MockState, operationId: OperationId, params: Readonly<Record<string, string>>): boolean {
  const path: string = operationIndex[operationId].path;
  const checks: [string, string, (id: string) => boolean][] = [
    ["/video/v1/assets/{ASSET_ID}", "ASSET_ID", (id) => state.assets.has(id)],
    ["/video/v1/live-streams/{LIVE_STREAM_ID}", "LIVE_STREAM_ID", (id) => state.liveStreams.has(id)],
    ["/video/v1/uploads/{UPLOAD_ID}", "UPLOAD_ID", (id) => state.uploads.has(id)],
  ];
  return checks.every(([prefix, name, has]) => !path.startsWith(prefix) || has(params[name] ?? ""));
}

/** What an operation without logic of its own answers: its success status and a body sampled from its schema. */
function defaultPerform(state: MockState, operationId: OperationId): Perform {
  return ({ params }) => (parentExists(state, operationId, params) ? defaultResponse(operationId) : notFound());
}

/**
 * One msw handler per operation in the description, plus the upload URLs. Operations on the
 * resources the fake keeps (signing keys, whoami, assets, uploads, live streams, playback
 * restrictions, webhook endpoints, Data metrics) run their logic; every other operation answers a
 * schema-valid sample. Every request passes the same pipeline: log, faults, auth, overrides.
 */
export function buildHandlers(state: MockState): HttpHandler[] {
  const tables: OperationTable[] = [
    systemOperations(state),
    webhookEndpointOperations(state),
    assetOperations(state),
    uploadOperations(state),
    liveStreamOperations(state),
    playbackRestrictionOperations(state),
    metricOperations(state),
  ];
  const logic: OperationTable = Object.assign({}, ...tables);
  const handlers = operationIds.map((id) => {
    const perform = logic[id] ?? defaultPerform(state, id);
    const method = operationIndex[id].method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
    return http[method](routePredicate(state.baseURL, id), ({ request }) => runOperation(state, id, request, perform));
  });
  return [...handlers, ...uploadUrlHandlers(state)];
}

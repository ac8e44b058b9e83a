import { type HttpHandler, http } from "msw";
import { muxErrorBody } from "../error-body.js";
import { objectBody } from "../invalid-parameters.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { json, notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";
import { UPLOAD_PATH } from "./uploads.js";

/** The direct-upload operations, answered from the mock's uploads. */
export function uploadOperations(state: MockState): OperationTable {
  const { uploads } = state;
  return {
    "list-direct-uploads": ({ url }) => {
      const { page, limit } = pageRequest(url);
      return muxResponse("list-direct-uploads", 200, { data: uploads.list().slice((page - 1) * limit, page * limit) });
    },
    "create-direct-upload": ({ body }) => muxResponse("create-direct-upload", 201, { data: uploads.create(objectBody(body, true)) }),
    "get-direct-upload": ({ params }) => {
      const upload = uploads.view(params.UPLOAD_ID ?? "");
      return upload ? muxResponse("get-direct-upload", 200, { data: upload }) : notFound();
    },
    "cancel-direct-upload": ({ params }) => {
      const upload = uploads.cancel(params.UPLOAD_ID ?? "");
      return upload ? muxResponse("cancel-direct-upload", 200, { data: upload }) : notFound();
    },
  };
}

/**
 * The upload URLs themselves (`<baseURL>/direct-uploads/<id>?upload_token=...`): a `PUT` of the
 * file, whole or in `Content-Range` chunks (308 until the last), and the browser's CORS preflight.
 * No API credentials: like Mux's, the URL itself is the authorisation.
 */
export function uploadUrlHandlers(state: MockState): HttpHandler[] {
  const prefix = `${state.basePath}${UPLOAD_PATH}`;
  const uploadId = (request: Request): string | undefined => {
    const url = new URL(request.url);
    if (url.origin !== new URL(state.baseURL).origin || !url.pathname.startsWith(prefix)) return undefined;
    const rest = url.pathname.slice(prefix.length);
    if (rest === "" || rest.includes("/")) return undefined;
    try {
      return decodeURIComponent(rest);
    } catch {
      return undefined;
    }
  };
  const cors = (id: string): Record<string, string> => {
    const origin = state.uploads.corsOrigin(id);
    return origin ? { "access-control-allow-origin": origin, "access-control-allow-methods": "PUT, OPTIONS", "access-control-allow-headers": "content-type, content-range" } : {};
  };
  return [
    http.options(({ request }) => uploadId(request) !== undefined, ({ request }) => new Response(null, { status: 204, headers: cors(uploadId(request) ?? "") })),
    http.put(
      ({ request }) => uploadId(request) !== undefined,
      async ({ request }) => {
        const id = uploadId(request) ?? "";
        const bytes = new Uint8Array(await request.arrayBuffer());
        const receipt = state.uploads.receive(id, new URL(request.url).searchParams.get("upload_token"), bytes.byteLength, request.headers.get("content-range"));
        if (receipt.status === 200) return new Response(null, { status: 200, headers: cors(id) });
        if (receipt.status === 308) return new Response(null, { status: 308, headers: { ...cors(id), ...(receipt.range ? { range: receipt.range } : {}) } });
        const type = receipt.status === 404 ? "not_found" : receipt.status === 409 ? "conflict" : "invalid_parameters";
        return json(muxErrorBody(type, receipt.message), receipt.status);
      },
    ),
  ];
}

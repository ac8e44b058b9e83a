import { operationIndex } from "@mux/core/operations";
import { HttpResponse } from "msw";
import { defaultFaultBody, FORBIDDEN, muxErrorBody, NOT_FOUND, UNAUTHORIZED } from "./error-body.js";
import type { Fault } from "./faults.js";
import { defaultAnswers } from "./generated/operations.js";
import { randomId } from "./ids.js";
import { InvalidParameters } from "./invalid-parameters.js";
import type { MockState } from "./mock-state.js";
import type { OperationId } from "./operation.js";
import { requiredPermission } from "./permissions.js";
import { logEntry, readBody } from "./request-log.js";
import { matchTemplate } from "./routes.js";
import { sleep } from "./sleep.js";
import { authenticate, type Caller } from "./tokens.js";

/** What an operation's own logic gets once the request has passed auth and routing. */
export interface OperationContext {
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly caller: Caller;
  /** The request body: parsed JSON, else its text; undefined when there is none. */
  readonly body: unknown;
}

/** An operation's own logic: what it answers once the request has passed the pipeline. */
export type Perform = (context: OperationContext) => Response | Promise<Response>;

/** Who calls a public playback operation: nobody in particular. */
const PUBLIC_CALLER: Caller = { scheme: "basic", tokenId: undefined, permissions: [], name: undefined };

/**
 * Runs one request the way Mux would, around an operation's own logic: logs it, applies a
 * matching fault, checks credentials (401) and permissions (403), decodes path parameters (404
 * when they cannot be), lets a test's override answer, then answers with what `perform` returns
 * (an {@link InvalidParameters} it throws becomes Mux's 400).
 */
export async function runOperation<B extends Response>(
  state: MockState,
  operationId: OperationId,
  request: Request,
  perform: (context: OperationContext) => B | Promise<B>,
): Promise<B> {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(state.basePath) ? url.pathname.slice(state.basePath.length) : url.pathname;
  const template: string = operationIndex[operationId].path;
  const params = matchTemplate(template, path);
  const entry = logEntry(operationId, request, url, path, params ?? {});
  state.requests.push(entry);
  entry.body = await readBody(request);
  const requestId = randomId(24);

  const active = state.faults.take({ operation: operationId, method: request.method, path, template });
  const fault = active?.fault;
  const replaces = active?.replaces === true;
  if (fault) entry.faulted = true;

  const answer = async (caller: Caller, decoded: Record<string, string>): Promise<Response> => {
    const context: OperationContext = { url, params: decoded, caller, body: entry.body };
    try {
      const overridden = await state.overrides.resolve(operationId, { params: decoded, query: url.searchParams, body: entry.body, request });
      if (overridden) return overrideResponse(operationId, overridden.answer);
      return await perform(context);
    } catch (error) {
      if (error instanceof InvalidParameters) return json(muxErrorBody("invalid_parameters", ...error.messages), 400);
      throw error;
    }
  };

  const real = async (): Promise<Response> => {
    // Playback hosts (stream.mux.com, image.mux.com) are public: they take no API credentials.
    if ("server" in operationIndex[operationId]) {
      return params ? answer(PUBLIC_CALLER, params) : json(NOT_FOUND(), 404);
    }
    const caller = authenticate(request.headers.get("authorization"), state.tokens);
    if (!caller) return json(UNAUTHORIZED(), 401);
    entry.auth.authenticated = true;
    entry.auth.tokenId = caller.tokenId;
    const permission = requiredPermission[operationId];
    if (permission !== undefined && !caller.permissions.includes(permission)) {
      return json(FORBIDDEN(permission), 403);
    }
    if (!params) return json(NOT_FOUND(), 404);
    return answer(caller, params);
  };

  let response: Response;
  if (fault?.afterEffect) {
    response = await real();
    await sleep(fault.delayMs ?? 0, request.signal);
    if (replaces) response = faultResponse(fault);
  } else {
    await sleep(fault?.delayMs ?? 0, request.signal);
    response = replaces && fault ? faultResponse(fault) : await real();
  }

  // The 401/403/404 bodies and a fault's answer are built outside the operation's typed logic,
  // hence the casts: the former are the documented Error schema, the latter is deliberately free-form.
  if (response.type === "error") {
    entry.networkError = true;
    return response as B;
  }
  if (!response.headers.has("x-request-id")) response.headers.set("x-request-id", requestId);
  entry.requestId = response.headers.get("x-request-id") ?? undefined;
  entry.status = response.status;
  return response as B;
}

/** An override's answer: a Response as is, else the body with the operation's success status. */
function overrideResponse(operationId: OperationId, answer: unknown): Response {
  if (answer instanceof Response) return answer;
  const status = defaultAnswers[operationId].status;
  if (answer === null || status === 204) return new Response(null, { status });
  return json(answer, status);
}

/** A JSON answer with a status. */
export function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** The answer an injected fault gives. */
function faultResponse(fault: Fault): Response {
  if (fault.networkError) return HttpResponse.error();
  const status = fault.status ?? 500;
  const headers = new Headers(typeof fault.headers === "function" ? fault.headers() : fault.headers);
  const body = fault.body === undefined ? defaultFaultBody(status) : fault.body;
  if (body === null || status === 204 || status === 304) return new Response(null, { status, headers });
  if (typeof body === "string") return new Response(body, { status, headers });
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status, headers });
}

/** Mux's 404 for an id the fake does not know. */
export function notFound(): Response {
  return json(NOT_FOUND(), 404);
}

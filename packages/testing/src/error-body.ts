import type { components } from "@mux/core";

/** Mux's error body: `{ "error": { "type": ..., "messages": [...] } }`. */
export type MuxErrorBody = components["schemas"]["ErrorBody"];

/** Builds Mux's error body. */
export function muxErrorBody(type: string, ...messages: string[]): MuxErrorBody {
  return { error: { type, messages } };
}

const DEFAULT_FAULT_TYPES: Record<number, string> = {
  400: "invalid_parameters",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "unprocessable_entity",
  429: "too_many_requests",
};

/** The body an injected fault sends when it names only a status. */
export function defaultFaultBody(status: number): MuxErrorBody {
  const type = DEFAULT_FAULT_TYPES[status] ?? (status >= 500 ? "internal_server_error" : "error");
  return muxErrorBody(type, `Injected fault: the mock answered ${status}.`);
}

export const UNAUTHORIZED = (): MuxErrorBody => muxErrorBody("unauthorized", "Unauthorized request");

export const FORBIDDEN = (permission: string): MuxErrorBody =>
  muxErrorBody("forbidden", `This access token lacks the ${permission} permission needed for this request.`);

export const NOT_FOUND = (): MuxErrorBody =>
  muxErrorBody("not_found", "The requested resource either doesn't exist or you don't have access to it.");

/**
 * Reason phrases for the statuses the Mux API and the gateways in front of it answer with.
 * Others get a generic phrase ("Client Error", "Server Error"...): when Mux sends a body its
 * `error.type` labels the message instead, so a long table would only add bytes to every app.
 */
const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const MAX_TEXT = 300;

/** The reason phrase for a status, or a generic one. */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : status >= 200 && status < 300 ? "Success" : "Unexpected Status");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === "string" && v.trim() ? [v.trim()] : []));
  return [];
}

/** Mux's `error.type`, when the body has one. */
export function errorType(body: unknown): string | undefined {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.type === "string" && body.error.type) {
    return body.error.type;
  }
  return undefined;
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat;
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** Pulls human-readable detail out of whatever the server sent. */
function detailOf(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") {
    const text = body.trim();
    if (!text) return undefined;
    if (/^\s*<(!doctype|html|head|body)\b/i.test(text) || /<\/html>\s*$/i.test(text)) {
      const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, " ").trim();
      return title
        ? `The server answered with an HTML page ("${truncate(title)}") instead of JSON.`
        : "The server answered with an HTML page instead of JSON.";
    }
    return sentence(truncate(text));
  }
  if (isRecord(body)) {
    // Mux: {"error":{"type":"not_found","messages":["..."]}}
    // Rate limiting and some gateways: {"errors":["..."]} or {"errors":[{"message":"..."}]}
    // Others: {"message": "..."}, {"messages": [...]}, {"error": "..."}
    return (
      (isRecord(body.error) ? joined([...strings(body.error.messages), ...strings(body.error.message)]) : undefined) ??
      (Array.isArray(body.errors) ? joined(body.errors.flatMap((e) => (isRecord(e) ? strings(e.message) : strings(e)))) : undefined) ??
      joined([...strings(body.message), ...strings(body.messages), ...strings(body.error)])
    );
  }
  return undefined;
}

/** The sentences of `list`, joined; `undefined` when there are none. */
function joined(list: string[]): string | undefined {
  return list.length ? list.map(sentence).join(" ") : undefined;
}

/**
 * Builds a one-line, human message for an HTTP error:
 * `404 not_found: The requested resource was not found.`
 */
export function formatApiMessage(status: number | undefined, body: unknown, message: string | undefined): string {
  const detail = detailOf(body) ?? (message?.trim() ? sentence(message.trim()) : undefined);
  if (status === undefined) return detail ?? "The request failed without a response.";
  const label = `${status} ${errorType(body) ?? reasonPhrase(status)}`;
  if (detail) return `${label}: ${detail}`;
  const empty = body === undefined || body === null || (typeof body === "string" && !body.trim());
  return empty
    ? `${label}: The server sent no response body.`
    : `${label}: The server sent a response body this client could not interpret.`;
}

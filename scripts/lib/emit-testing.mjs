// Emits packages/testing/src/generated/: the permission each operation needs in the fake, the
// default answer of every operation (status, media type and a sample body from the spec), and the
// map from each webhook event type to its schema, which the fake's events are typed with.
import { resolveRef } from "./spec-facts.mjs";
import { sample } from "./sample.mjs";
import { HEADER } from "./text.mjs";

function defaultAnswer(document, op) {
  const operation = document.paths[op.path][op.method.toLowerCase()];
  if (op.status === undefined) return { status: 204, mediaType: null, body: null };
  const response = resolveRef(document, operation.responses[String(op.status)]);
  const [mediaType, media] = Object.entries(response?.content ?? {})[0] ?? [];
  if (!mediaType) return { status: op.status, mediaType: null, body: null };
  const body = sample(document, media.schema ?? {}, "", op.id);
  if (mediaType === "application/json") return { status: op.status, mediaType, body };
  return { status: op.status, mediaType, body: typeof body === "string" && mediaType.startsWith("text/") ? `${op.id}\n` : null };
}

/** Returns path -> text for the testing package's generated files. */
export function emitTesting(document, model) {
  const permissions = model.operations.map((op) => `  ${JSON.stringify(op.id)}: ${op.permission ? JSON.stringify(op.permission) : "undefined"},`);
  const answers = model.operations.map((op) => `  ${JSON.stringify(op.id)}: ${JSON.stringify(defaultAnswer(document, op))},`);
  const text = [
    HEADER,
    'import type { OperationId } from "@mux/core";',
    "",
    "/** The permission each operation needs in the fake (`<area>:read` or `<area>:write`); none for playback. */",
    "export const requiredPermission: Readonly<Record<OperationId, string | undefined>> = {",
    ...permissions,
    "};",
    "",
    "/** What an operation answers by default: its success status, media type and a body sampled from its schema. */",
    "export interface DefaultAnswer {",
    "  /** The success status from the spec. */",
    "  status: number;",
    "  /** The media type of the body, or null when the answer has none. */",
    "  mediaType: string | null;",
    "  /** The sampled body (JSON), a text body, or null (no body, or bytes made at answer time). */",
    "  body: unknown;",
    "}",
    "",
    "/** The default answer of every operation, keyed by operationId. */",
    "export const defaultAnswers: Readonly<Record<OperationId, DefaultAnswer>> = {",
    ...answers,
    "};",
    "",
  ].join("\n");
  const events = [
    HEADER,
    'import type { components } from "@mux/core";',
    "",
    "/** Every webhook event of the spec, keyed by its `type`: what the fake sends for each. */",
    "export interface MuxWebhookEventMap {",
    ...model.webhooks.filter((event) => event.schemaRef).map((event) => `  ${JSON.stringify(event.type)}: components["schemas"][${JSON.stringify(event.schemaRef)}];`),
    "}",
    "",
    "/** A `data` sampled from each event's schema: what a built event carries unless a test says otherwise. */",
    "export const webhookEventSamples: { readonly [T in keyof MuxWebhookEventMap]: MuxWebhookEventMap[T][\"data\"] } = {",
    ...model.webhooks
      .filter((event) => event.schemaRef)
      .map((event) => {
        const schema = document.components.schemas[event.schemaRef];
        const data = sample(document, schema.properties?.data ?? {}, "data", event.type);
        return `  ${JSON.stringify(event.type)}: ${JSON.stringify(data)},`;
      }),
    "} as never;",
    "",
  ].join("\n");
  return new Map([
    ["packages/testing/src/generated/operations.ts", text],
    ["packages/testing/src/generated/webhook-events.ts", events],
  ]);
}

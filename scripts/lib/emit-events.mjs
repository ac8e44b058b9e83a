// Emits the webhook events of the spec's `webhooks` section as TypeScript types: one alias per
// event (named like its schema), the union of them all discriminated by `type`, and the list of
// event type strings. Written into the package that `x-mux-events` names.
import { docComment, HEADER } from "./text.mjs";

/** Returns path -> text (empty when the spec has no webhooks or names no package for them). */
export function emitEvents(document, model) {
  const target = document["x-mux-events"]?.package;
  if (!target || model.webhooks.length === 0) return new Map();
  const missing = model.webhooks.filter((event) => !event.schemaRef).map((event) => event.type);
  if (missing.length > 0) {
    throw new Error(`Webhook events without a named schema (components/schemas): ${missing.join(", ")}.`);
  }
  const lines = [HEADER, 'import type { components } from "@mux/core";', ""];
  for (const event of model.webhooks) {
    lines.push(`/** The \`${event.type}\` event. */`, `export type ${event.schemaRef} = components["schemas"][${JSON.stringify(event.schemaRef)}];`, "");
  }
  lines.push(
    ...docComment([
      "Every webhook event the spec describes, discriminated by `type`: `switch (event.type)` narrows",
      "`event.data` to the object that event carries.",
    ]),
    "export type KnownWebhookEvent =",
    ...model.webhooks.map((event, i) => `  | ${event.schemaRef}${i === model.webhooks.length - 1 ? ";" : ""}`),
    "",
    "/** The `type` of every event the spec describes. */",
    'export type KnownWebhookEventType = KnownWebhookEvent["type"];',
    "",
    "/** The `type` of every event the spec describes, at run time. */",
    "export const knownWebhookEventTypes: readonly KnownWebhookEventType[] = [",
    ...model.webhooks.map((event) => `  ${JSON.stringify(event.type)},`),
    "];",
    "",
  );
  return new Map([[`packages/${target}/src/generated/events.ts`, lines.join("\n")]]);
}

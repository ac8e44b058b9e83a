// Emits the webhook events of the spec's `webhooks` section as TypeScript types: one alias per
// event (named like its schema), the union of them all discriminated by `type`, and the list of
// event type strings. Written into the package that `x-mux-events` names.
import { targetType } from "./emit-packages.mjs";
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
  // The official SDK's other names in its webhooks module (the payloads: WebhookAsset, ...). Its
  // `export` names are hand-written in the package, so the umbrella reaches them directly.
  const declared = new Set(model.webhooks.map((event) => event.schemaRef));
  const extra = (model.eventTypes ?? []).filter(({ name, target }) => !target.export && !declared.has(name));
  for (const { name, target } of [...extra].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const type = targetType(model, target);
    if (/operations\[|Page</.test(type)) throw new Error(`x-mux-types events: ${name} must name a schema.`);
    lines.push(`/** The official SDK's \`${name}\`${target.schema === name ? "" : ` (\`${target.schema}\`)`}. */`, `export type ${name} = ${type};`, "");
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

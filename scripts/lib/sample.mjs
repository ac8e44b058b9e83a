// Deterministic sample values for a schema: what the fake answers when a test has not said
// otherwise. Ids, timestamps and URLs look like Mux's; the same schema always gives the same value.
import { resolveRef } from "./spec-facts.mjs";

/** A short stable hash of `text`, as lowercase base-36. */
function stableHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A Mux-looking id (letters and digits, 24+ characters) derived from where it appears. */
function sampleId(where) {
  const a = stableHash(where);
  const b = stableHash(`${where}#`);
  return `${a}${b}${stableHash(`${b}${a}`)}`.padEnd(24, "0").slice(0, 32);
}

const EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z

function sampleString(schema, name, where) {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const key = (name ?? "").toLowerCase();
  if (schema.format === "date-time") return new Date(EPOCH * 1000).toISOString();
  if (schema.format === "date") return "2026-01-01";
  if (schema.format === "uri" || key.endsWith("url")) return `https://example.com/${key || "resource"}`;
  if (key === "id" || key.endsWith("_id") || key === "passthrough") return sampleId(where);
  if (key.endsWith("_at") || key === "timestamp" || schema.format === "int64") return String(EPOCH);
  // Mux returns a key only from create, and a create answer without one is unusable (our create
  // rejects it). A fixed, obviously fake value: base64 of "sample private key".
  if (key === "private_key") return "c2FtcGxlIHByaXZhdGUga2V5";
  return `${key || "value"}`;
}

/**
 * A sample of `schema` (resolved against `document`), `name` being the property it sits in.
 * Objects get every property; arrays one item; recursion stops after a few levels.
 */
export function sample(document, schema, name = "", where = "", depth = 0) {
  const node = resolveRef(document, schema ?? {});
  if (node.const !== undefined) return node.const;
  if (node.oneOf || node.anyOf) {
    const options = (node.oneOf ?? node.anyOf).map((option) => resolveRef(document, option));
    const first = options.find((option) => option.type !== "null") ?? options[0];
    return sample(document, first, name, where, depth);
  }
  if (node.allOf) {
    const merged = {};
    for (const part of node.allOf) Object.assign(merged, sample(document, part, name, where, depth));
    return merged;
  }
  const type = Array.isArray(node.type) ? (node.type.find((t) => t !== "null") ?? "null") : node.type;
  if (type === "null") return null;
  if (type === "object" || (type === undefined && node.properties)) {
    if (depth > 6) return {};
    const out = {};
    for (const [key, value] of Object.entries(node.properties ?? {})) out[key] = sample(document, value, key, `${where}.${key}`, depth + 1);
    return out;
  }
  if (type === "array") return depth > 6 ? [] : [sample(document, node.items ?? {}, name, `${where}[0]`, depth + 1)];
  if (type === "integer" || type === "number") return node.default ?? node.minimum ?? (name.endsWith("_at") ? EPOCH : 1);
  if (type === "boolean") return node.default ?? false;
  if (type === "string") return sampleString(node, name, where);
  return null;
}

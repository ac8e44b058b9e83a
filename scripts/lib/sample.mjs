// Deterministic sample values for a schema: what the fake answers when a test has not said
// otherwise. Ids, timestamps and URLs look like Mux's; the same schema always gives the same value.
import { resolveRef } from "./spec-facts.mjs";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A 32-bit FNV-1a hash of `text`. */
function hash32(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A Mux-looking id: 32 letters and digits, derived from where it appears (so it never changes). */
function sampleId(where) {
  let id = "";
  for (let round = 0; id.length < 32; round++) {
    let h = hash32(`${where}#${round}`);
    for (let i = 0; i < 5; i++, h = Math.floor(h / 62)) id += BASE62[h % 62];
  }
  return id.slice(0, 32);
}

const EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z

/** Enum values a happy-path answer should not pick while the enum offers another. */
const FAILURE = new Set(["errored", "error", "failed", "cancelled", "canceled", "deleted", "timed_out", "disabled", "skipped"]);
/** Enum values that read as the usual, settled state of a resource; picked first when present. */
const SETTLED = ["ready", "idle", "waiting", "completed", "public", "standard", "video"];

function sampleEnum(values) {
  const candidates = values.filter((v) => v !== null);
  for (const preferred of SETTLED) if (candidates.includes(preferred)) return preferred;
  return candidates.find((v) => !FAILURE.has(v)) ?? candidates[0] ?? values[0];
}

/** Strings whose name says what they hold. */
const NAMED_STRINGS = {
  aspect_ratio: "16:9",
  language_code: "en",
  to_language_code: "es",
  output_language_code: "en",
  language: "en",
  country: "US",
  country_code: "US",
  stream_key: "4d9f4f7c-1b1e-4a4b-9c3a-3f1e2d5b6a7c",
  environment_name: "Production",
  name: "Sample",
};

function sampleString(schema, name, where) {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return sampleEnum(schema.enum);
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
  if (Object.hasOwn(NAMED_STRINGS, key)) return NAMED_STRINGS[key];
  return `${key || "value"}`;
}

/** Numbers whose name says what they hold. */
const NAMED_NUMBERS = { duration: 23.857, max_width: 1920, width: 1920, max_height: 1080, height: 1080, max_frame_rate: 29.97, max_stored_frame_rate: 29.97, max_channels: 2 };

function sampleNumber(node, name) {
  if (node.default !== undefined) return node.default;
  if (name.endsWith("_at")) return EPOCH;
  const named = NAMED_NUMBERS[name];
  if (named !== undefined && (node.type !== "integer" || Number.isInteger(named))) {
    if ((node.minimum === undefined || named >= node.minimum) && (node.maximum === undefined || named <= node.maximum)) return named;
  }
  return node.minimum ?? 1;
}

/** Past this depth an object keeps only its required properties, and arrays are empty unless they must not be. */
const FULL_DEPTH = 6;
/** Past this depth sampling stops (a required, recursive schema). */
const MAX_DEPTH = 16;

/**
 * A sample of `schema` (resolved against `document`), `name` being the property it sits in.
 * Objects get every property; arrays one item (or `minItems`); deep down, only what is required.
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
    if (depth > MAX_DEPTH) return {};
    const required = new Set(node.required ?? []);
    const out = {};
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (depth > FULL_DEPTH && !required.has(key)) continue;
      out[key] = sample(document, value, key, `${where}.${key}`, depth + 1);
    }
    return out;
  }
  if (type === "array") {
    const count = Math.max(node.minItems ?? 0, depth > FULL_DEPTH ? 0 : 1);
    return Array.from({ length: count }, (_, i) => sample(document, node.items ?? {}, name, `${where}[${i}]`, depth + 1));
  }
  if (type === "integer" || type === "number") return sampleNumber(node, name);
  if (type === "boolean") return node.default ?? false;
  if (type === "string") return sampleString(node, name, where);
  return null;
}

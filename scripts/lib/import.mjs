// Turns Mux's published OpenAPI description into ours: facts only (no prose), OpenAPI 3.1, with our
// overlays (additions and corrections) and the SDK naming of every operation applied. Pure: it takes
// parsed documents and returns a new document; the CLI (scripts/spec-import.mjs) does the I/O.
import { applyOverlay } from "./overlay.mjs";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Keywords that carry Mux's prose (or sample values) rather than facts about the API. */
const PROSE = new Set(["description", "summary", "example", "examples", "externalDocs", "title"]);

/** Objects whose keys are names chosen by the author, not keywords: a property may be called "title". */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "paths",
  "webhooks",
  "schemas",
  "parameters",
  "responses",
  "requestBodies",
  "headers",
  "securitySchemes",
  "content",
  "callbacks",
  "links",
  "encoding",
  "variables",
  "mapping",
]);

/** A deep copy of `node` without prose keywords or vendor extensions (`x-...`). */
function factsOf(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => factsOf(item, undefined));
  if (typeof node !== "object" || node === null) return node;
  const isNameMap = NAME_MAPS.has(parentKey) && !Array.isArray(node);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && (PROSE.has(key) || key.startsWith("x-"))) continue;
    out[key] = factsOf(value, isNameMap ? undefined : key);
  }
  return out;
}

/** OpenAPI 3.0 `nullable: true` becomes a 3.1 type list with "null"; `openapi` becomes 3.1.0. */
function to31(node) {
  if (Array.isArray(node)) return node.forEach(to31);
  if (typeof node !== "object" || node === null) return;
  if (node.nullable === true) {
    if (typeof node.type === "string") node.type = [node.type, "null"];
    else if (Array.isArray(node.type) && !node.type.includes("null")) node.type.push("null");
    else if (node.$ref) {
      const ref = node.$ref;
      delete node.$ref;
      node.oneOf = [{ $ref: ref }, { type: "null" }];
    }
  }
  delete node.nullable;
  for (const value of Object.values(node)) to31(value);
}

/**
 * Mux's description reduced to facts (operations, parameters, schemas, status codes, security) in
 * OpenAPI 3.1, titled "Mux API" with Mux's version. The generator tests use it as a fixture.
 */
export function muxFacts(source) {
  if (typeof source !== "object" || source === null || typeof source.paths !== "object") {
    throw new Error("The input is not an OpenAPI description: it has no `paths`.");
  }
  if (!/^3\.[01]\./.test(String(source.openapi))) {
    throw new Error(`Only OpenAPI 3.0 and 3.1 descriptions can be imported; this one is ${JSON.stringify(source.openapi)}.`);
  }
  const { openapi: _version, info, tags, ...rest } = source;
  const facts = factsOf(rest, undefined);
  to31(facts);
  const tagList = (tags ?? []).map((tag) => ({ name: tag.name })).filter((tag) => typeof tag.name === "string");
  return {
    openapi: "3.1.0",
    info: { title: "Mux API", version: String(info?.version ?? "v1") },
    ...facts,
    ...(tagList.length ? { tags: tagList } : {}),
  };
}

/** Normalises a path template so `{ASSET_ID}` and `{assetId}` compare equal. */
export function pathShape(path) {
  return path.replace(/\{[^}]+\}/g, "{}");
}

/** Every operation of a description as [key "METHOD path", path, method, operation]. */
export function eachOperation(document) {
  const out = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (item?.[method]) out.push([`${method.toUpperCase()} ${path}`, path, method, item[method]]);
    }
  }
  return out;
}

/**
 * Writes the SDK naming (`x-mux-sdk` on each operation, `x-mux-groups` on the document) from
 * `names` (spec/sdk-names.yaml). Returns the naming entries that match no operation, so a
 * re-import can report operations Mux removed.
 */
export function applyNaming(document, names) {
  const groups = names?.groups ?? {};
  const byShape = new Map();
  for (const [key, entry] of Object.entries(names?.operations ?? {})) {
    const [method, path] = key.split(" ");
    if (!method || !path) throw new Error(`sdk-names.yaml: "${key}" must be "METHOD /path".`);
    if (!Object.hasOwn(groups, entry.group)) {
      throw new Error(`sdk-names.yaml: "${key}" names group "${entry.group}", which is not under groups.`);
    }
    byShape.set(`${method.toUpperCase()} ${pathShape(path)}`, { key, entry });
  }
  const used = new Set();
  for (const [, path, method, operation] of eachOperation(document)) {
    const found = byShape.get(`${method.toUpperCase()} ${pathShape(path)}`);
    if (!found) continue;
    used.add(found.key);
    const { summary, ...sdk } = found.entry;
    if (summary) operation.summary = summary;
    operation["x-mux-sdk"] = sdk;
  }
  document["x-mux-groups"] = structuredClone(groups);
  if (names?.tags) document["x-mux-tags"] = structuredClone(names.tags);
  if (names?.events) document["x-mux-events"] = structuredClone(names.events);
  return Object.keys(names?.operations ?? {}).filter((key) => !used.has(key));
}

/**
 * Writes the official SDK's type names (`types`, spec/sdk-types.yaml: for each group, each name
 * the SDK exports and what it is in this spec) as `x-mux-types` on the document.
 */
export function applyTypeNames(document, types) {
  const out = {};
  for (const key of ["groups", "shared", "events"]) if (types?.[key] !== undefined) out[key] = structuredClone(types[key]);
  document["x-mux-types"] = out;
}

/**
 * Mux names its array query parameters with a trailing `[]` (`timeframe[]`). We describe them by
 * their plain name (`timeframe`), as the official SDK's types do; the clients send arrays as
 * `timeframe[]=...` (see serializeQuery in @mux/core), so what reaches Mux is the same.
 */
export function plainArrayNames(document) {
  const rename = (parameter) => {
    if (parameter?.in === "query" && typeof parameter.name === "string" && parameter.name.endsWith("[]")) {
      parameter.name = parameter.name.slice(0, -2);
    }
  };
  for (const parameter of Object.values(document.components?.parameters ?? {})) rename(parameter);
  for (const item of Object.values(document.paths ?? {})) {
    for (const parameter of item?.parameters ?? []) rename(parameter);
    for (const method of HTTP_METHODS) for (const parameter of item?.[method]?.parameters ?? []) rename(parameter);
  }
}

/**
 * The whole import: facts of Mux's description, then our overlays in order, then the naming
 * (operations from `names`, types from `types`). `overlays` is a list of [name, overlay
 * document]. Returns the document and what did not apply.
 */
export function importSpec(source, { overlays = [], names, types }) {
  const document = muxFacts(source);
  const unmatchedTargets = [];
  for (const [name, overlay] of overlays) {
    for (const target of applyOverlay(document, overlay, name)) unmatchedTargets.push(`${name}: ${target}`);
  }
  plainArrayNames(document);
  const unusedNames = names ? applyNaming(document, names) : [];
  if (types) applyTypeNames(document, types);
  return { document, unmatchedTargets, unusedNames };
}

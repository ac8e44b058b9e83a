// The operation model: one record per operation of the spec, with everything the emitters need.
// Built once from the spec; emitters never look at the spec themselves.
import { resolveRef } from "./spec-facts.mjs";

const METHODS = ["get", "put", "post", "delete", "patch"];
const RESULTS = new Set(["data", "body", "none", "page", "cursor-page", "text", "binary"]);

/** `create-asset` / `create_asset` -> `createAsset`. */
export function camelCase(text) {
  return text.toLowerCase().replace(/[-_ ]+([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** `createAsset` -> `CreateAsset`. */
export function pascalCase(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `createAssetPlaybackId` -> `create-asset-playback-id`. */
export function kebabCase(text) {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** The argument name of a path placeholder, the same rule as `argumentName` in @mux/core. */
export function argumentName(placeholder) {
  return placeholder.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function refName(node) {
  const match = typeof node?.$ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref) : null;
  return match ? match[1] : undefined;
}

function successOf(operation) {
  const statuses = Object.keys(operation.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort();
  return statuses[0];
}

/** The permission an operation needs in the fake: `<area>:read` for GET, `<area>:write` otherwise. */
function permissionOf(path, method) {
  const area = /^\/(video|data|system|robots)\//.exec(path)?.[1];
  if (!area) return undefined;
  return `${area}:${method === "get" ? "read" : "write"}`;
}

/** What the call resolves with when the spec's naming does not say. */
function defaultResult(document, operation, status) {
  if (!status || status === "204") return "none";
  const response = resolveRef(document, operation.responses[status]);
  const [mediaType, media] = Object.entries(response?.content ?? {})[0] ?? [];
  if (!mediaType) return "none";
  if (mediaType !== "application/json") return mediaType.startsWith("text/") ? "text" : "binary";
  const schema = resolveRef(document, media.schema ?? {});
  const keys = Object.keys(schema.properties ?? {});
  return keys.length === 1 && keys[0] === "data" ? "data" : "body";
}

/**
 * Builds the model: `{ operations, groups, webhooks }`. Operations with an SDK name (`x-mux-sdk`)
 * or a tag that `x-mux-tags` maps to a group get a function; deprecated operations without one
 * get types and a fake handler only. Throws with a message naming the operation or tag when the
 * spec lacks a fact the generator needs.
 */
export function buildModel(document) {
  const groupsSpec = document["x-mux-groups"] ?? {};
  const tagGroups = document["x-mux-tags"] ?? {};
  const operations = [];
  const seen = new Set();
  const apiServer = document.servers?.[0]?.url ?? "https://api.mux.com";
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (typeof id !== "string" || id === "") throw new Error(`${where} has no operationId; every operation needs one.`);
      if (seen.has(id)) throw new Error(`operationId "${id}" is used twice; operation ids must be unique.`);
      seen.add(id);

      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(document, p));
      const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pathParams = placeholders.map((name) => {
        const parameter = parameters.find((p) => p.in === "path" && p.name === name);
        if (!parameter) throw new Error(`${where} has the placeholder {${name}} but no path parameter of that name.`);
        const schema = resolveRef(document, parameter.schema ?? {});
        return { name, arg: argumentName(name), enum: Array.isArray(schema.enum) ? schema.enum : undefined };
      });
      const queryParams = parameters.filter((p) => p.in === "query");
      const limit = queryParams.find((p) => p.name === "limit");
      const limitSchema = limit ? resolveRef(document, limit.schema ?? {}) : undefined;
      const requestBody = operation.requestBody ? resolveRef(document, operation.requestBody) : undefined;
      const status = successOf(operation);

      let sdk = operation["x-mux-sdk"];
      if (!sdk && !operation.deprecated) {
        const tag = operation.tags?.[0];
        const group = tag === undefined ? undefined : tagGroups[tag];
        if (group) sdk = { group, method: camelCase(id), function: camelCase(id) };
        else {
          throw new Error(
            `${where} (${id}) has no SDK name: add it to spec/sdk-names.yaml, or map its tag ${JSON.stringify(tag)} to a group under x-mux-tags.`,
          );
        }
      }
      if (sdk && !Object.hasOwn(groupsSpec, sdk.group)) {
        throw new Error(`${where} (${id}) names group "${sdk.group}", which x-mux-groups does not define.`);
      }
      const result = sdk?.result ?? defaultResult(document, operation, status);
      if (!RESULTS.has(result)) throw new Error(`${where} (${id}) has an unknown result kind "${result}".`);

      const responseSchema = (() => {
        if (!status) return undefined;
        const response = resolveRef(document, operation.responses[status]);
        return response?.content?.["application/json"]?.schema;
      })();
      const bodySchema = responseSchema ? resolveRef(document, responseSchema) : undefined;
      const dataNode = bodySchema?.properties?.data;
      const dataSchema = dataNode ? resolveRef(document, dataNode) : undefined;

      const server = operation.servers?.[0]?.url ?? item.servers?.[0]?.url;
      operations.push({
        id,
        method: method.toUpperCase(),
        path,
        summary: operation.summary,
        deprecated: operation.deprecated === true,
        tag: operation.tags?.[0],
        group: sdk?.group,
        sdkMethod: sdk?.method,
        functionName: sdk?.function,
        result,
        pathParams,
        hasQuery: queryParams.length > 0,
        queryRequired: queryParams.some((p) => p.required === true),
        hasBody: Boolean(requestBody?.content?.["application/json"]),
        bodyRequired: requestBody?.required === true,
        pageSize: limitSchema?.default,
        maxPageSize: limitSchema?.maximum,
        server: server && server !== apiServer ? server : undefined,
        status: status === undefined ? undefined : Number(status),
        bodyRef: refName(responseSchema),
        dataRef: refName(dataNode),
        itemRef: dataSchema?.type === "array" ? refName(dataSchema.items) : undefined,
        // x-mux-permission overrides the rule: a permission name, or "none" (whoami needs none).
        permission:
          operation["x-mux-permission"] === undefined
            ? permissionOf(path, method)
            : operation["x-mux-permission"] === "none"
              ? undefined
              : operation["x-mux-permission"],
      });
    }
  }
  operations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const groups = Object.entries(groupsSpec)
    .map(([path, spec]) => ({ path, ...spec, operations: operations.filter((op) => op.group === path) }))
    .filter((group) => group.operations.length > 0)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const functions = new Map();
  for (const op of operations) {
    if (!op.functionName) continue;
    const pkg = groupsSpec[op.group].package;
    const key = `${pkg}:${op.functionName}`;
    if (functions.has(key)) throw new Error(`Two operations (${functions.get(key)} and ${op.id}) would both be ${op.functionName} in @mux/${pkg}.`);
    functions.set(key, op.id);
  }
  const packages = [...new Set(groups.map((g) => g.package))].sort().map((name) => ({
    name,
    groups: groups.filter((g) => g.package === name),
  }));

  const sdkTypes = sdkTypeNames(document, groups, operations);

  const webhooks = Object.entries(document.webhooks ?? {})
    .map(([type, item]) => {
      const schema = item?.post?.requestBody?.content?.["application/json"]?.schema;
      return { type, schemaRef: refName(schema) };
    })
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));

  return { operations, groups, packages, webhooks, eventsPackage: document["x-mux-events"]?.package, ...sdkTypes };
}

const TARGET_KINDS = ["schema", "params", "response", "body", "page", "export"];

/**
 * The official SDK's type names (`x-mux-types`, from spec/sdk-types.yaml): sets `sdkTypes` (a list
 * of `{ name, target }`) on each group, and returns `sharedTypes` (`{ group, types }`: the SDK's
 * shared types, declared by that group's package) and `eventTypes` (declared by the events package).
 * Throws naming the entry when a target is malformed or names no schema or operation.
 */
function sdkTypeNames(document, groups, operations) {
  const spec = document["x-mux-types"] ?? {};
  const byId = new Map(operations.map((op) => [op.id, op]));
  const schemas = document.components?.schemas ?? {};
  const read = (where, entries, { exports = false } = {}) =>
    Object.entries(entries ?? {}).map(([name, target]) => {
      const at = `x-mux-types ${where}: ${name}`;
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`${at} is not a TypeScript name.`);
      const kinds = TARGET_KINDS.filter((kind) => target?.[kind] !== undefined);
      if (kinds.length !== 1) throw new Error(`${at} must name exactly one of ${TARGET_KINDS.join(", ")}.`);
      const [kind] = kinds;
      if (kind === "export" && !exports) throw new Error(`${at}: \`export\` targets are for the webhook events only.`);
      if (kind === "schema" && !Object.hasOwn(schemas, target.schema)) throw new Error(`${at} names the schema ${target.schema}, which components.schemas lacks.`);
      if (["params", "response", "body", "page"].includes(kind)) {
        const op = byId.get(target[kind]);
        if (!op) throw new Error(`${at} names the operation ${target[kind]}, which the spec lacks.`);
        if (kind === "params" && !op.hasBody && !op.hasQuery) throw new Error(`${at}: ${op.id} takes neither a body nor a query.`);
        if (kind === "page" && !op.result.endsWith("page")) throw new Error(`${at}: ${op.id} is not a list operation.`);
        if ((kind === "response" || kind === "body") && (op.result === "none" || op.result.endsWith("page"))) {
          throw new Error(`${at}: ${op.id} resolves with ${op.result === "none" ? "nothing" : "a page"}.`);
        }
      }
      if (target.at !== undefined && (kind === "page" || kind === "export" || typeof target.at !== "string")) {
        throw new Error(`${at}: \`at\` must be a path string, and only on schema, params, response or body targets.`);
      }
      return { name, target: { ...target } };
    });
  const byPath = new Map(groups.map((group) => [group.path, group]));
  for (const group of groups) group.sdkTypes = [];
  for (const [path, entries] of Object.entries(spec.groups ?? {})) {
    const group = byPath.get(path);
    if (!group) throw new Error(`x-mux-types names the group ${path}, which has no operations.`);
    group.sdkTypes = read(path, entries);
  }
  let sharedTypes;
  if (spec.shared) {
    if (!byPath.has(spec.shared.group)) throw new Error(`x-mux-types shared: the group ${spec.shared.group} has no operations.`);
    sharedTypes = { group: spec.shared.group, types: read("shared", spec.shared.types) };
  }
  return { sharedTypes, eventTypes: read("events", spec.events?.types, { exports: true }) };
}

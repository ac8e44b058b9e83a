// Extracts the comparable facts of each operation in an OpenAPI description:
// method, path, parameters, success status and response property names.
// Used by the fidelity test to hold our spec to Mux's own description.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Follows a local `#/...` reference (repeatedly) inside `document`. */
export function resolveRef(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((value, key) => value?.[key], document);
    if (current === undefined) throw new Error(`Unresolvable reference ${ref}`);
  }
  return current;
}

function parameterFacts(document, pathItem, operation) {
  const byKey = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const p = resolveRef(document, raw);
    const schema = resolveRef(document, p.schema ?? {});
    // Array query parameters compare by their plain name: Mux writes `timeframe[]`, we `timeframe`.
    const name = p.in === "query" ? p.name.replace(/\[\]$/, "") : p.name;
    byKey.set(`${p.in}:${name}`, {
      name,
      in: p.in,
      required: p.required === true,
      type: schema.type ?? null,
      default: schema.default ?? null,
    });
  }
  return [...byKey.values()].sort((a, b) => `${a.in}:${a.name}`.localeCompare(`${b.in}:${b.name}`));
}

/** Property names of a schema, one level deep, with the properties of `data` when present. */
function propertyNames(document, schemaNode) {
  const schema = resolveRef(document, schemaNode ?? {});
  const names = Object.keys(schema.properties ?? {}).sort();
  const facts = { properties: names };
  const data = schema.properties?.data ? resolveRef(document, schema.properties.data) : undefined;
  if (data) {
    const item = data.type === "array" ? resolveRef(document, data.items ?? {}) : data;
    facts.dataProperties = Object.keys(item.properties ?? {}).sort();
    facts.dataIsArray = data.type === "array";
  }
  return facts;
}

function successFacts(document, operation) {
  const statuses = Object.keys(operation.responses ?? {}).filter((s) => /^2\d\d$/.test(s)).sort();
  const status = statuses[0] ?? null;
  if (status === null) return { status: null };
  const response = resolveRef(document, operation.responses[status]);
  const media = response.content?.["application/json"];
  return { status: Number(status), body: media ? propertyNames(document, media.schema) : null };
}

/** Returns a map "METHOD path" -> facts for every operation of `document`. */
export function operationFacts(document) {
  const facts = new Map();
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolveRef(document, rawItem);
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      facts.set(`${method.toUpperCase()} ${path}`, {
        method: method.toUpperCase(),
        path,
        parameters: parameterFacts(document, pathItem, operation),
        success: successFacts(document, operation),
      });
    }
  }
  return facts;
}

/**
 * The facts cut down to what `reference` has where ours may add: response property names, and
 * optional query parameters (the SDK's newer ones; spec/overlays/35-params.overlay.yaml).
 */
function withinReference(mine, theirs) {
  const known = new Set(theirs.parameters.map((p) => `${p.in}:${p.name}`));
  const parameters = mine.parameters.filter((p) => known.has(`${p.in}:${p.name}`) || p.in !== "query" || p.required);
  if (parameters.length !== mine.parameters.length) mine = { ...mine, parameters };
  const body = mine.success.body;
  const ref = theirs.success.body;
  if (!body || !ref) return mine;
  const keep = (names, allowed) => (names && allowed ? names.filter((name) => allowed.includes(name)) : names);
  return {
    ...mine,
    success: {
      ...mine.success,
      body: { ...body, properties: keep(body.properties, ref.properties), dataProperties: keep(body.dataProperties, ref.dataProperties) },
    },
  };
}

/**
 * Compares every operation present in both descriptions: parameters and success status must be
 * the same, except that ours may add optional query parameters; response properties of the
 * reference must all be in ours (ours may describe newer ones). Returns the shared operation keys
 * and a list of human-readable differences.
 */
export function compareSpecs(ours, reference) {
  const a = operationFacts(ours);
  const b = operationFacts(reference);
  const shared = [...a.keys()].filter((key) => b.has(key)).sort();
  const differences = [];
  for (const key of shared) {
    const mine = JSON.stringify(withinReference(a.get(key), b.get(key)));
    const theirs = JSON.stringify(b.get(key));
    if (mine !== theirs) differences.push(`${key}:\n  ours:      ${mine}\n  reference: ${theirs}`);
  }
  return { shared, differences };
}

// Applies OpenAPI Overlay 1.0 documents to a description. Targets are a small JSONPath subset:
// `$`, `.name`, `['quoted name']` and the `*` wildcard (every child of an object). That is all our
// overlays need; anything else is rejected with a message that names the target.

/** Splits a target such as `$.paths['/a/{B}'].get` into its segments. */
export function parseTarget(target) {
  if (typeof target !== "string" || !target.startsWith("$")) {
    throw new Error(`Overlay target ${JSON.stringify(target)} must start with "$".`);
  }
  const segments = [];
  let rest = target.slice(1);
  while (rest.length > 0) {
    let match = /^\.([A-Za-z_$*][\w$-]*)/.exec(rest);
    if (match) {
      segments.push(match[1]);
      rest = rest.slice(match[0].length);
      continue;
    }
    match = /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest) ?? /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
    if (match) {
      segments.push({ key: match[1].replace(/\\(.)/g, "$1") });
      rest = rest.slice(match[0].length);
      continue;
    }
    throw new Error(`Overlay target ${JSON.stringify(target)} uses JSONPath this importer does not support (near ${JSON.stringify(rest)}).`);
  }
  return segments;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every [parent, key, value] the target selects; `$` itself is [undefined, undefined, root]. */
function select(root, segments) {
  let nodes = [[undefined, undefined, root]];
  for (const segment of segments) {
    const next = [];
    for (const [, , value] of nodes) {
      if (!isObject(value)) continue;
      if (segment === "*") {
        for (const key of Object.keys(value)) next.push([value, key, value[key]]);
      } else {
        const key = typeof segment === "string" ? segment : segment.key;
        if (Object.hasOwn(value, key)) next.push([value, key, value[key]]);
      }
    }
    nodes = next;
  }
  return nodes;
}

/** Merges `update` into `target` in place: objects recursively, arrays appended, the rest replaced. */
export function mergeInto(target, update) {
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) mergeInto(current, value);
    else if (Array.isArray(current) && Array.isArray(value)) current.push(...structuredClone(value));
    else target[key] = structuredClone(value);
  }
}

/**
 * Applies one overlay document to `document` (in place) and returns the targets that matched
 * nothing, so the caller can report actions that no longer apply after a re-import.
 */
export function applyOverlay(document, overlay, name = "overlay") {
  if (!isObject(overlay) || typeof overlay.overlay !== "string" || !Array.isArray(overlay.actions)) {
    throw new Error(`${name} is not an OpenAPI Overlay document (it needs "overlay" and "actions").`);
  }
  const unmatched = [];
  for (const [index, action] of overlay.actions.entries()) {
    const where = `${name} action ${index + 1} (${action?.target})`;
    const nodes = select(document, parseTarget(action?.target));
    if (nodes.length === 0) {
      unmatched.push(action.target);
      continue;
    }
    if (action.remove === true) {
      for (const [parent, key] of nodes) {
        if (parent === undefined) throw new Error(`${where} cannot remove the whole document.`);
        delete parent[key];
      }
      continue;
    }
    if (!isObject(action.update)) throw new Error(`${where} needs an "update" object or "remove: true".`);
    for (const [, , value] of nodes) {
      if (Array.isArray(value)) value.push(structuredClone(action.update));
      else if (isObject(value)) mergeInto(value, action.update);
      else throw new Error(`${where} selects a value that is neither an object nor an array.`);
    }
  }
  return unmatched;
}

#!/usr/bin/env node
// One-off extraction tool, not part of the build.
//
// Reads the official SDK's TypeScript sources (@mux/mux-node 15.3.0, installed for the
// benchmarks at bench/node_modules/official-mux-node/src) with the TypeScript compiler API and,
// for every type a resource module exports (`export interface X`, `export type X`), finds what
// that type is in our spec (spec/mux.openapi.yaml). It writes the answer as data to
// spec/sdk-types.yaml, which `pnpm spec:import` carries into the spec as `x-mux-types`; the
// generator then declares each SDK name as an alias in the resource package and under the
// umbrella's `Mux.<Area>` namespace.
//
// What a name can be (the targets in spec/sdk-types.yaml):
//   { schema: S }          components.schemas.S
//   { params: op }         the body (or, without one, the query) of operation `op`
//   { response: op }       what `op`'s function resolves with: its success body, or the body's `data`
//   { body: op }           `op`'s whole success body (the SDK's `{ data: ... }` envelopes)
//   { page: op }           a page of the list operation `op`: Page<Item> from @mux/core
//   { export: N }          a hand-written export N of the package (the webhook helpers)
// and, with `at: "a.b[]"`, the type found under that path of the target (property `a`, then
// property `b`, then the items of that array): the SDK's nested models that our spec inlines.
//
// How a name is matched, in this order:
//   1. OVERRIDES below (what the rules cannot find).
//   2. The SDK's methods: a method's params type, the type its APIPromise resolves with, and the
//      page type of its PagePromise are those of our operation with the same group and method
//      (x-mux-sdk); a resolved type that our spec names is written as that schema.
//   3. A component schema of the same name, ignoring case, whose properties agree with the
//      SDK type's (at least half of the property names of either are shared).
//   4. An envelope `{ data: R }` where R resolves some operation: that operation's body.
//   5. `<Resource><Method>Response` that a method declares but returns as a plain type (`string`).
//   6. A model only reachable through another's properties: the matched parent and the path to
//      it (a `$ref` to a named schema there is written as that schema).
//   7. A model nothing refers to: the component schema with exactly its property names (when
//      several have them, they must be identical).
// Names none of these find are printed, and left out of the file.
//
// Re-run from the repository root after bumping the SDK or importing a new description (then
// review the diff and run `pnpm spec:import` and `pnpm generate`):
//   node scripts/tools/sdk-types.mjs           writes spec/sdk-types.yaml
//   node scripts/tools/sdk-types.mjs --check   fails when it is stale
//   node scripts/tools/sdk-types.mjs --explain also prints the rule that matched each name

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel, camelCase, pascalCase } from "../lib/model.mjs";
import { resolveRef } from "../lib/spec-facts.mjs";
import { createSdkProgram, SDK_SRC, walkFiles } from "./sdk-program.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(ROOT, "scripts/package.json"));
const ts = require("typescript");
const YAML = require("yaml");

const RESOURCES = join(SDK_SRC, "resources");
export const SDK_RESOURCES = RESOURCES;
const SPEC = join(ROOT, "spec/mux.openapi.yaml");
export const OUT = join(ROOT, "spec/sdk-types.yaml");

// ---------------------------------------------------------------------------------------
// Hand-written facts: what the rules cannot find. Key: "<resource file>:<type name>".
// ---------------------------------------------------------------------------------------

const OVERRIDES = {
  // The webhook helpers' types are hand-written in @mux/webhooks, not in the spec.
  "webhooks/webhooks:BaseWebhookEvent": { export: "BaseWebhookEvent" },
  // The SDK's union of every event; ours also admits events newer than the spec (UnknownWebhookEvent).
  "webhooks/webhooks:UnwrapWebhookEvent": { export: "WebhookEvent" },
};

/** The module whose types the umbrella puts at the top of its namespace (`Mux.PlaybackId`). */
const SHARED = "shared";
/** The module of the webhook events: `Mux.Webhooks.<Name>`, declared by the events package. */
const EVENTS = "webhooks/webhooks";
/** The group whose package declares the shared types. */
const SHARED_GROUP = "video.assets";

// ---------------------------------------------------------------------------------------
// The SDK
// ---------------------------------------------------------------------------------------



const isExported = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;

/**
 * Every resource module that exports types: `{ key, types: [{ name, decl }], methods }`, where
 * `key` is the file under resources/ without `.ts` and methods are `{ name, params, returns, page }`
 * (type names declared in that module).
 */
export function readModules(program) {
  const modules = [];
  for (const fileName of walkFiles(RESOURCES)) {
    const source = program.getSourceFile(fileName);
    const key = relative(RESOURCES, fileName).replace(/\.ts$/, "");
    const types = [];
    for (const stmt of source.statements) {
      if ((ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) && isExported(stmt)) {
        types.push({ name: stmt.name.text, decl: stmt });
      }
    }
    if (types.length === 0) continue;
    const local = new Set(types.map((t) => t.name));
    const methods = [];
    for (const stmt of source.statements) {
      if (!ts.isClassDeclaration(stmt)) continue;
      for (const member of stmt.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const params = [];
        for (const parameter of member.parameters) {
          for (const name of referencedNames(parameter.type)) if (local.has(name)) params.push(name);
        }
        let returns;
        let page;
        const type = member.type;
        if (type && ts.isTypeReferenceNode(type) && type.typeArguments?.length) {
          const wrapper = type.typeName.getText();
          const [first] = type.typeArguments;
          const firstName = ts.isTypeReferenceNode(first) ? first.typeName.getText() : undefined;
          if (wrapper === "PagePromise" && firstName && local.has(firstName)) page = firstName;
          if (wrapper === "APIPromise" && firstName && local.has(firstName)) returns = firstName;
        }
        methods.push({ name: member.name.text, params: [...new Set(params)], returns, page });
      }
    }
    modules.push({ key, types, methods });
  }
  return modules;
}

/** The plain type names referenced anywhere in a type node. */
function referencedNames(node) {
  const names = [];
  const visit = (n) => {
    if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName)) names.push(n.typeName.text);
    ts.forEachChild(n, visit);
  };
  if (node) visit(node);
  return names;
}

/** The group of a module: `video/assets` -> `video.assets`, `robots/jobs/jobs` -> `robots.jobs`. */
function moduleGroup(key) {
  const parts = key.split("/").map((part) => camelCase(part));
  if (parts.length > 1 && parts.at(-1) === parts.at(-2)) parts.pop();
  return parts.join(".");
}

// ---------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------

/** Drops `null` from a 3.1 union: `oneOf: [X, {type: null}]` is X. */
function nonNull(node) {
  for (const key of ["oneOf", "anyOf"]) {
    const list = node?.[key];
    if (Array.isArray(list)) {
      const rest = list.filter((alt) => !(alt?.type === "null"));
      if (rest.length === 1 && Object.keys(node).length === 1) return rest[0];
    }
  }
  return node;
}

/** The properties of a schema (its allOf parts included), or undefined when it is no single object. */
function propertiesOf(document, node) {
  const schema = resolveRef(document, nonNull(node));
  if (!schema || typeof schema !== "object") return undefined;
  if (schema.oneOf || schema.anyOf) return undefined;
  const out = { ...(schema.properties ?? {}) };
  for (const part of schema.allOf ?? []) Object.assign(out, propertiesOf(document, part) ?? {});
  return Object.keys(out).length > 0 || schema.type === "object" ? out : undefined;
}

/** The schema node under `steps` (property names, or "[]" for array items) from `node`. */
function nodeAt(document, node, steps) {
  let current = node;
  for (const step of steps) {
    if (current === undefined) return undefined;
    if (step === "[]") {
      const schema = resolveRef(document, nonNull(current));
      current = schema?.type === "array" || (Array.isArray(schema?.type) && schema.type.includes("array")) ? schema.items : undefined;
    } else current = propertiesOf(document, current)?.[step];
  }
  return current;
}

/** The component schema a node names (through a nullable wrapper), if any. */
function schemaRefOf(node) {
  const inner = nonNull(node);
  const match = typeof inner?.$ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(inner.$ref) : null;
  return match?.[1];
}

/** The root schema node of a target (before `at`), or undefined. */
function targetRoot(document, ops, target) {
  if (target.schema) return { $ref: `#/components/schemas/${target.schema}` };
  const op = ops.get(target.params ?? target.response ?? target.body ?? target.page);
  if (!op) return undefined;
  const operation = document.paths[op.path][op.method.toLowerCase()];
  if (target.params) {
    const body = resolveRef(document, operation.requestBody ?? {})?.content?.["application/json"]?.schema;
    if (body) return body;
    const item = document.paths[op.path];
    const query = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
      .map((p) => resolveRef(document, p))
      .filter((p) => p.in === "query");
    return { type: "object", properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])) };
  }
  const response = resolveRef(document, operation.responses?.[String(op.status)] ?? {});
  const body = response?.content?.["application/json"]?.schema;
  if (!body) return undefined;
  if (target.response && op.result === "data") return propertiesOf(document, body)?.data;
  if (target.response && op.result !== "body") return undefined;
  return body;
}

// ---------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------

const parseAt = (at) => (at ? at.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), "[]"].filter(Boolean) : [part])) : []);
const formatAt = (steps) => steps.reduce((text, step) => (step === "[]" ? `${text}[]` : text ? `${text}.${step}` : step), "");

/** The SDK type's property names (an interface's, inherited ones included), or undefined for other types. */
function sdkProperties(checker, decl) {
  if (!ts.isInterfaceDeclaration(decl)) return undefined;
  const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(decl.name));
  return type.getProperties().map((property) => property.name);
}

/**
 * Property edges of a declaration: `[{ steps, decl }]` for every exported resource type that a
 * property (of it, or of a model nested in its namespace) refers to, with the path to it.
 */
function propertyEdges(checker, decl, topLevel) {
  const edges = [];
  const seen = new Set();
  const walkMembers = (members, prefix) => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
      walkType(member.type, [...prefix, member.name.getText().replace(/^['"]|['"]$/g, "")]);
    }
  };
  const walkType = (node, steps) => {
    if (ts.isParenthesizedTypeNode(node)) return walkType(node.type, steps);
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) && t.kind !== ts.SyntaxKind.UndefinedKeyword);
      if (rest.length === 1) walkType(rest[0], steps);
      return;
    }
    if (ts.isArrayTypeNode(node)) return walkType(node.elementType, [...steps, "[]"]);
    if (ts.isTypeLiteralNode(node)) return walkMembers(node.members, steps);
    if (!ts.isTypeReferenceNode(node)) return;
    const name = node.typeName.getText();
    if ((name === "Array" || name === "ReadonlyArray") && node.typeArguments?.length === 1) {
      return walkType(node.typeArguments[0], [...steps, "[]"]);
    }
    let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const target = symbol?.declarations?.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
    if (!target || seen.has(target)) return;
    if (topLevel.has(target)) {
      edges.push({ steps, decl: target });
      return;
    }
    // A model nested in a namespace (`Asset.Track`): not named at the top, but its properties may be.
    if (!target.getSourceFile().fileName.startsWith(RESOURCES)) return;
    seen.add(target);
    if (ts.isInterfaceDeclaration(target)) walkMembers(target.members, steps);
    else walkType(target.type, steps);
    seen.delete(target);
  };
  seen.add(decl);
  if (ts.isInterfaceDeclaration(decl)) walkMembers(decl.members, []);
  else walkType(decl.type, []);
  return edges;
}

/** How well an SDK type's properties agree with a schema's: shared names over all names (1 for non-objects). */
function agreement(checker, document, decl, schemaName) {
  const sdk = sdkProperties(checker, decl);
  if (!sdk) return 1;
  const ours = propertiesOf(document, { $ref: `#/components/schemas/${schemaName}` });
  if (!ours) return 0;
  const all = new Set([...sdk, ...Object.keys(ours)]);
  if (all.size === 0) return 1;
  return sdk.filter((name) => Object.hasOwn(ours, name)).length / all.size;
}

/** A target for what operation `op` resolves with: its schema when the spec names one. */
function resultTarget(op) {
  if (op.result === "data" && op.dataRef) return { schema: op.dataRef };
  if (op.result === "body" && op.bodyRef) return { schema: op.bodyRef };
  return { response: op.id };
}

/** Matches every SDK type; returns `{ modules: Map key -> Map name -> target, unmatched }`. */
export function matchTypes(program, document) {
  const checker = program.getTypeChecker();
  // The names this tool wrote last time play no part (and may name operations since renamed).
  const { "x-mux-types": _previous, ...spec } = document;
  const model = buildModel(spec);
  const ops = new Map(model.operations.map((op) => [op.id, op]));
  const schemas = Object.keys(document.components?.schemas ?? {});
  const byLowerName = new Map();
  for (const name of schemas) {
    const key = name.toLowerCase();
    byLowerName.set(key, [...(byLowerName.get(key) ?? []), name]);
  }
  const modules = readModules(program);
  const topLevel = new Map();
  for (const module of modules) for (const type of module.types) topLevel.set(type.decl, { module, name: type.name });

  const found = new Map(); // decl -> target
  const why = new Map(); // decl -> the rule that matched it
  let rule = "";
  const set = (decl, target) => {
    if (found.has(decl)) return;
    found.set(decl, target);
    why.set(decl, rule);
  };
  const declOf = (module, name) => module.types.find((t) => t.name === name)?.decl;

  // 1. Overrides.
  rule = "override";
  for (const module of modules) {
    for (const type of module.types) {
      const override = OVERRIDES[`${module.key}:${type.name}`];
      if (override) set(type.decl, override);
    }
  }
  // 2. Methods (`list` first: its page type is the one the others share).
  rule = "method";
  for (const module of modules) {
    const group = moduleGroup(module.key);
    const methods = [...module.methods].sort((a, b) => Number(b.name === "list") - Number(a.name === "list"));
    for (const method of methods) {
      const op = model.operations.find((o) => o.group === group && o.sdkMethod === method.name);
      if (!op) continue;
      if (method.page && op.result.endsWith("page")) set(declOf(module, method.page), { page: op.id });
      for (const name of method.params) if (op.hasBody || op.hasQuery) set(declOf(module, name), { params: op.id });
    }
    // The resolved types: prefer a method whose operation's result the spec names.
    for (const method of module.methods) {
      if (!method.returns) continue;
      const candidates = module.methods
        .filter((m) => m.returns === method.returns)
        .map((m) => model.operations.find((o) => o.group === group && o.sdkMethod === m.name))
        .filter((op) => op && !["none", "page", "cursor-page"].includes(op.result));
      const targets = candidates.map(resultTarget);
      const target = targets.find((t) => t.schema) ?? targets[0];
      if (target) set(declOf(module, method.returns), target);
    }
  }
  // 3. Schemas of the same name.
  rule = "same name";
  for (const module of modules) {
    for (const type of module.types) {
      if (found.has(type.decl)) continue;
      const names = byLowerName.get(type.name.toLowerCase()) ?? [];
      const best = names
        .map((name) => ({ name, score: agreement(checker, document, type.decl, name) }))
        .filter((c) => c.score >= 0.5)
        .sort((a, b) => b.score - a.score)[0];
      if (best) set(type.decl, { schema: best.name });
    }
  }
  // 4. Envelopes `{ data: R }` around what an operation resolves with.
  rule = "envelope";
  for (const module of modules) {
    for (const type of module.types) {
      if (found.has(type.decl) || !ts.isInterfaceDeclaration(type.decl)) continue;
      const props = sdkProperties(checker, type.decl);
      if (props.length !== 1 || props[0] !== "data") continue;
      const [edge] = propertyEdges(checker, type.decl, topLevel);
      if (edge?.steps.join() !== "data") continue;
      const inner = topLevel.get(edge.decl);
      const innerGroup = moduleGroup(inner.module.key);
      for (const method of inner.module.methods.filter((m) => m.returns === inner.name)) {
        const op = model.operations.find((o) => o.group === innerGroup && o.sdkMethod === method.name);
        if (op?.result === "data") {
          set(type.decl, op.bodyRef ? { schema: op.bodyRef } : { body: op.id });
          break;
        }
      }
    }
  }
  // 5. The SDK's `<Resource><Method>Response` of a method that returns a plain type (`string`).
  rule = "plain response";
  for (const module of modules) {
    const group = moduleGroup(module.key);
    for (const type of module.types) {
      if (found.has(type.decl)) continue;
      for (const method of module.methods) {
        const suffix = `${pascalCase(method.name)}Response`;
        if (type.name.length <= suffix.length || !type.name.endsWith(suffix)) continue;
        const op = model.operations.find((o) => o.group === group && o.sdkMethod === method.name);
        if (op && !["none", "page", "cursor-page"].includes(op.result)) set(type.decl, resultTarget(op));
      }
    }
  }
  // 6. Through the properties of matched types, breadth first.
  rule = "property";
  let frontier = [...found.keys()];
  while (frontier.length > 0) {
    const next = [];
    for (const decl of frontier) {
      const parent = found.get(decl);
      if (parent.export || parent.page) continue;
      const root = targetRoot(document, ops, parent);
      if (!root) continue;
      const base = parseAt(parent.at);
      for (const edge of propertyEdges(checker, decl, topLevel)) {
        if (found.has(edge.decl)) continue;
        const steps = [...base, ...edge.steps];
        const node = nodeAt(document, root, steps);
        if (node === undefined) continue;
        const ref = schemaRefOf(node);
        const { at: _at, ...kind } = parent;
        const target = ref ? { schema: ref } : { ...kind, at: formatAt(steps) };
        set(edge.decl, target);
        next.push(edge.decl);
      }
    }
    frontier = next;
  }

  // 7. A model nothing refers to: the one schema with exactly its properties.
  rule = "same shape";
  for (const module of modules) {
    for (const type of module.types) {
      if (found.has(type.decl)) continue;
      const props = sdkProperties(checker, type.decl);
      if (!props || props.length < 2) continue;
      const key = [...props].sort().join();
      const same = schemas.filter((name) => {
        const ours = propertiesOf(document, { $ref: `#/components/schemas/${name}` });
        return ours && Object.keys(ours).sort().join() === key;
      });
      // Several schemas of one shape (a create and an update body) are the same type: take the first.
      const shapes = new Set(same.map((name) => JSON.stringify(document.components.schemas[name])));
      if (same.length > 0 && shapes.size === 1) set(type.decl, { schema: same.sort()[0] });
    }
  }

  const result = new Map();
  const rules = new Map();
  const unmatched = [];
  for (const module of modules) {
    const types = new Map();
    for (const type of module.types) {
      const target = found.get(type.decl);
      if (target) types.set(type.name, target);
      if (target) rules.set(`${module.key}:${type.name}`, why.get(type.decl));
      else unmatched.push(`${module.key}:${type.name}`);
    }
    result.set(module.key, types);
  }
  return { modules: result, unmatched, rules, model };
}

// ---------------------------------------------------------------------------------------
// Writing spec/sdk-types.yaml
// ---------------------------------------------------------------------------------------

const HEADER = `# Written by scripts/tools/sdk-types.mjs from the official SDK (@mux/mux-node 15.3.0) and
# spec/mux.openapi.yaml: do not edit by hand (add an override in the tool and re-run it).
# For every type a resource module of the SDK exports, what it is in our spec. \`pnpm spec:import\`
# writes this into the spec as \`x-mux-types\`; \`pnpm generate\` declares each name as an alias
# in the group's package (src/generated/types.ts) and under the umbrella's \`Mux.<Area>\`.
#
# schema: S     components.schemas.S
# params: op    the body (or, without one, the query) of operation op
# response: op  what op's function resolves with (its success body, or the body's \`data\`)
# body: op      op's whole success body
# page: op      a page of the list operation op (Page<Item> from @mux/core)
# export: N     the package's hand-written export N
# at: a.b[]     the type under that path of the target (property a, property b, array items)
#
# groups: the types of each group (data/engagement's shared models join the first engagement
# group); shared: resources/shared.ts, at the top of the umbrella's namespace (\`Mux.PlaybackId\`)
# and declared by \`group\`'s package; events: resources/webhooks, \`Mux.Webhooks.<Name>\`, declared
# by the events package (x-mux-events).
`;

const flow = (target) => {
  const node = new YAML.YAMLMap();
  node.flow = true;
  for (const key of ["schema", "params", "response", "body", "page", "export", "at"]) {
    if (target[key] !== undefined) node.add(new YAML.Pair(key, target[key]));
  }
  return node;
};

/** The document of spec/sdk-types.yaml. */
export function buildTypesFile(matched) {
  const { modules, model } = matched;
  const groupPaths = model.groups.map((g) => g.path).sort();
  const groups = new Map();
  let shared;
  let events;
  for (const [key, types] of [...modules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (types.size === 0) continue;
    if (key === SHARED) {
      shared = types;
      continue;
    }
    if (key === EVENTS) {
      events = types;
      continue;
    }
    const path = moduleGroup(key);
    const group = groupPaths.includes(path) ? path : groupPaths.find((g) => g.startsWith(`${path}.`));
    if (!group) throw new Error(`resources/${key}.ts has no group in the spec (${path}).`);
    if (!groups.has(group)) groups.set(group, new Map());
    for (const [name, target] of types) groups.get(group).set(name, target);
  }
  const toMap = (types) => {
    const map = new YAML.YAMLMap();
    for (const [name, target] of [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) map.add(new YAML.Pair(name, flow(target)));
    return map;
  };
  const doc = new YAML.Document({});
  const groupsNode = new YAML.YAMLMap();
  for (const path of [...groups.keys()].sort()) groupsNode.add(new YAML.Pair(path, toMap(groups.get(path))));
  doc.contents.add(new YAML.Pair("groups", groupsNode));
  if (shared) {
    const node = new YAML.YAMLMap();
    node.add(new YAML.Pair("group", SHARED_GROUP));
    node.add(new YAML.Pair("types", toMap(shared)));
    doc.contents.add(new YAML.Pair("shared", node));
  }
  if (events) {
    const node = new YAML.YAMLMap();
    node.add(new YAML.Pair("types", toMap(events)));
    doc.contents.add(new YAML.Pair("events", node));
  }
  return HEADER + doc.toString({ lineWidth: 0 });
}

/** What spec/sdk-types.yaml should hold for the spec at `specPath`: `{ text, matched }`. */
export function buildSdkTypes(specPath = SPEC) {
  const document = YAML.parse(readFileSync(specPath, "utf8"), { maxAliasCount: -1 });
  const matched = matchTypes(createSdkProgram(), document);
  return { text: buildTypesFile(matched), matched };
}

function main() {
  const check = process.argv.includes("--check");
  const { text, matched } = buildSdkTypes();
  let total = 0;
  for (const types of matched.modules.values()) total += types.size;
  for (const name of matched.unmatched) console.warn(`No counterpart found for ${name}`);
  if (process.argv.includes("--explain")) for (const [name, why] of matched.rules) console.log(`${name}: ${why}`);
  if (check) {
    let current = "";
    try {
      current = readFileSync(OUT, "utf8");
    } catch {}
    if (current !== text) {
      console.error(`${relative(ROOT, OUT)} is stale: run node scripts/tools/sdk-types.mjs`);
      process.exit(1);
    }
    console.log(`${relative(ROOT, OUT)} is up to date (${total} SDK types).`);
    return;
  }
  writeFileSync(OUT, text);
  console.log(`Wrote ${relative(ROOT, OUT)}: ${total} SDK types matched, ${matched.unmatched.length} not.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

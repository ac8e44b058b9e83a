// Checks spec/overlays/*.overlay.yaml, the OpenAPI Overlay 1.0 documents that the spec import
// applies to Mux's published description: applies them, in file-name order, to the facts of
// that description (scripts/fixtures), then holds the result to what the official SDK's sources say.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildOverlays, OUT_DIR, SDK_RESOURCES } from "./tools/sdk-facts.mjs";
import { applyOverlay } from "./lib/overlay.mjs";
import { REFERENCE_FACTS, ROOT } from "./test-support/paths.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface Overlay {
  overlay: string;
  info: { title: string; version: string };
  actions: { target: string; update: JsonObject; remove?: true }[];
}

// The facts of Mux's description (a committed fixture), so this needs nothing outside the repository.
const reference: string = REFERENCE_FACTS;
// The official SDK's sources come with bench/'s dependencies; CI installs them, so there it must exist.
const sdkPresent = existsSync(SDK_RESOURCES);
if (!sdkPresent && process.env.CI) throw new Error(`The official SDK's sources are missing at ${SDK_RESOURCES}; CI needs them.`);
const METHODS = ["get", "put", "post", "patch", "delete"];
const SIMPLE_TARGET = /^\$(?:\.[A-Za-z_][\w-]*|\['[^'\\]+'\])*$/;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function apply(document: JsonObject, overlay: Overlay) {
  const unmatched = applyOverlay(document, overlay);
  if (unmatched.length > 0) throw new Error(`Targets select nothing: ${unmatched.join(", ")}`);
}

/** Every `$ref` in `node`, with where it sits. */
function refs(node: Json, at = "#"): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => refs(n, `${at}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === "$ref" && typeof v === "string" ? [[at, v] as [string, string]] : refs(v, `${at}/${k}`),
  );
}

function resolvePointer(document: JsonObject, ref: string): Json | undefined {
  let node: Json | undefined = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

const normalize = (path: string) => path.replace(/\{[^}]+\}/g, "{x}");

function operationKeys(document: JsonObject): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as JsonObject)) {
    for (const method of METHODS) {
      const op = isObject(item) ? item[method] : undefined;
      if (isObject(op)) out.set(`${method.toUpperCase()} ${normalize(path)}`, op);
    }
  }
  return out;
}

async function sdkFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sdkFiles(path)));
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** "METHOD path" of every SDK call, read with a regular expression (independently of the tool). */
async function sdkOperations(): Promise<Set<string>> {
  const ops = new Set<string>();
  const call = /this\._client\.(get|post|put|patch|delete|getAPIList)\(\s*(?:path)?[`'"]([^`'"]+)[`'"]/g;
  for (const file of await sdkFiles(SDK_RESOURCES)) {
    const text = await readFile(file, "utf8");
    for (const m of text.matchAll(call)) {
      const method = m[1] === "getAPIList" ? "GET" : m[1]!.toUpperCase();
      ops.add(`${method} ${normalize(m[2]!.replace(/\$\{[^}]+\}/g, "{x}"))}`);
    }
  }
  return ops;
}

interface SdkInput {
  /** "METHOD path" with `{x}` placeholders. */
  operation: string;
  /** `file#method`, for messages. */
  method: string;
  kind: "body" | "query";
  /** Property name -> its string literal values, when its type (or its array's items) is a union of them. */
  properties: Map<string, string[] | null>;
  /** The properties that must be given. */
  required: Set<string>;
}

/**
 * The `body` and `query` arguments of every SDK method, read with the TypeScript checker
 * (independently of the tool): property names of the argument's type, flattened through
 * `extends`, and the string literals each one allows.
 */
function sdkInputs(): SdkInput[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of ts.sys.getDirectories(dir)) walk(join(dir, entry));
    for (const file of ts.sys.readDirectory(dir, [".ts"], undefined, undefined, 1)) files.push(file);
  };
  walk(join(SDK_RESOURCES, ".."));
  const program = ts.createProgram([...new Set(files)], { noEmit: true, strict: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const call = /this\._client\.(get|post|put|patch|delete|getAPIList)\(\s*(?:path)?`([^`]+)`|this\._client\.(get|post|put|patch|delete|getAPIList)\(\s*'([^']+)'/;
  const out: SdkInput[] = [];
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(SDK_RESOURCES)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node) && node.body) {
        const m = call.exec(node.body.getText());
        if (m) {
          const verb = m[1] ?? m[3]!;
          const operation = `${verb === "getAPIList" ? "GET" : verb.toUpperCase()} ${normalize((m[2] ?? m[4]!).replace(/\$\{[^}]+\}/g, "{x}"))}`;
          for (const param of node.parameters) {
            const kind = param.name.getText();
            if (kind !== "body" && kind !== "query") continue;
            const type = checker.getNonNullableType(checker.getTypeAtLocation(param));
            const properties = new Map(
              checker.getPropertiesOfType(type).map((p) => [p.name, stringLiterals(checker, checker.getTypeOfSymbolAtLocation(p, param))]),
            );
            const required = new Set(
              checker.getPropertiesOfType(type).filter((p) => !(p.flags & ts.SymbolFlags.Optional)).map((p) => p.name),
            );
            const method = `${source.fileName.slice(SDK_RESOURCES.length + 1)}#${node.name.getText()}`;
            out.push({ operation, method, kind, properties, required });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The values of a union of string literals (or of an array of one); null for any other type. */
function stringLiterals(checker: ts.TypeChecker, type: ts.Type): string[] | null {
  let t = checker.getNonNullableType(type);
  if (checker.isArrayType(t)) t = checker.getNonNullableType(checker.getTypeArguments(t as ts.TypeReference)[0]!);
  const parts = t.isUnion() ? t.types : [t];
  return parts.every((p) => p.isStringLiteral()) ? parts.map((p) => (p as ts.StringLiteralType).value) : null;
}

/** A top-level interface of the SDK's resources, with the names its type requires (no `?`, no `undefined`). */
interface SdkModel {
  name: string;
  file: string;
  required: string[];
  /** Every property, with its string values when its type (or its array's items) is a union of string literals. */
  properties: Map<string, string[] | null>;
}

/** What an SDK method answers: the operation, and the required names of the JSON body the SDK expects. */
interface SdkAnswer {
  operation: string;
  method: string;
  /** `._thenUnwrap((obj) => obj.data)`: the body is `{ data: T }`. */
  unwraps: boolean;
  /** The required names of T (of `APIPromise<T>`); empty for pages, binary and string answers. */
  required: string[];
}

/**
 * The SDK's models and answers, read with the TypeScript checker (independently of the tool).
 */
function sdkResponses(): { models: SdkModel[]; answers: SdkAnswer[] } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of ts.sys.getDirectories(dir)) walk(join(dir, entry));
    for (const file of ts.sys.readDirectory(dir, [".ts"], undefined, undefined, 1)) files.push(file);
  };
  walk(join(SDK_RESOURCES, ".."));
  const program = ts.createProgram([...new Set(files)], { noEmit: true, strict: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const requiredOf = (type: ts.Type, at: ts.Node): string[] =>
    checker
      .getPropertiesOfType(type)
      .filter((p) => !(p.flags & ts.SymbolFlags.Optional))
      .filter((p) => {
        const t = checker.getTypeOfSymbolAtLocation(p, at);
        return !(t.isUnion() ? t.types : [t]).some((u) => u.flags & ts.TypeFlags.Undefined);
      })
      .map((p) => p.name);
  const call = /this\._client\.(get|post|put|patch|delete|getAPIList)\(\s*(?:path)?[`'"]([^`'"]+)[`'"]/;
  const models: SdkModel[] = [];
  const answers: SdkAnswer[] = [];
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(SDK_RESOURCES)) continue;
    const file = source.fileName.slice(SDK_RESOURCES.length + 1);
    for (const stmt of source.statements) {
      if (ts.isInterfaceDeclaration(stmt)) {
        const type = checker.getTypeAtLocation(stmt.name);
        const properties = new Map(
          checker.getPropertiesOfType(type).map((p) => [p.name, stringLiterals(checker, checker.getTypeOfSymbolAtLocation(p, stmt))] as const),
        );
        models.push({ name: stmt.name.text, file, required: requiredOf(type, stmt), properties });
      }
    }
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node) && node.body) {
        const m = call.exec(node.body.getText());
        if (m) {
          const operation = `${m[1] === "getAPIList" ? "GET" : m[1]!.toUpperCase()} ${normalize(m[2]!.replace(/\$\{[^}]+\}/g, "{x}"))}`;
          const signature = checker.getSignatureFromDeclaration(node)!;
          const returned = checker.getReturnTypeOfSignature(signature);
          const promise = returned.getSymbol()?.getName();
          const [inner] = promise === "APIPromise" ? checker.getTypeArguments(returned as ts.TypeReference) : [];
          const required = inner && inner.flags & ts.TypeFlags.Object ? requiredOf(inner, node) : [];
          const unwraps = /\._thenUnwrap\(\s*\(obj\)\s*=>\s*obj\.data\s*\)/.test(node.body.getText());
          answers.push({ operation, method: `${file}#${node.name.getText()}`, unwraps, required });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { models, answers };
}

/** The `type` of every member of the SDK's UnwrapWebhookEvent union. */
async function sdkEventTypes(): Promise<string[]> {
  const text = await readFile(join(SDK_RESOURCES, "webhooks/webhooks.ts"), "utf8");
  const union = /export type UnwrapWebhookEvent =([^;]+);/.exec(text)![1]!;
  return [...union.matchAll(/\w+WebhookEvent\b/g)].map(([name]) => {
    const start = text.search(new RegExp(`export interface ${name}\\b`));
    const type = /^\s*type: '([^']+)';/m.exec(text.slice(start));
    if (start < 0 || !type) throw new Error(`No type for ${name}`);
    return type[1]!;
  });
}

describe.skipIf(!sdkPresent)("spec/overlays", () => {
  let files: string[];
  let overlays: Map<string, Overlay>;
  const texts = new Map<string, string>();
  let ref: JsonObject;
  let merged: JsonObject;
  /** The reference with every overlay, the hand-written ones too, as the import makes it. */
  let full: JsonObject;
  /** $refs of each overlay that did not resolve right after applying it (and those before it). */
  const danglingAtApply = new Map<string, string[]>();
  const temps: string[] = [];

  beforeAll(async () => {
    // The overlays the tool writes (20, 30, 35, 36, 38, 50); the hand-written house rules are checked by the import tests.
    const written = new Set(buildOverlays(reference).files.keys());
    files = (await readdir(OUT_DIR)).filter((f) => written.has(f)).sort();
    overlays = new Map();
    for (const f of files) texts.set(f, await readFile(join(OUT_DIR, f), "utf8"));
    for (const f of files) overlays.set(f, parse(texts.get(f)!));
    ref = parse(await readFile(reference, "utf8"));
    full = structuredClone(ref);
    for (const f of (await readdir(OUT_DIR)).filter((n) => n.endsWith(".overlay.yaml")).sort()) {
      apply(full, parse(await readFile(join(OUT_DIR, f), "utf8")));
    }
    merged = structuredClone(ref);
    for (const f of files) {
      apply(merged, overlays.get(f)!);
      const own = refs(overlays.get(f)!.actions as unknown as Json).map(([, r]) => r);
      danglingAtApply.set(
        f,
        own.filter((r) => resolvePointer(merged, r) === undefined),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("are what scripts/tools/sdk-facts.mjs writes today", () => {
    const built = buildOverlays(reference).files;
    expect(files).toEqual([...built.keys()].sort());
    for (const [name, text] of built) expect(text, name).toBe(texts.get(name));
  });

  it("are Overlay 1.0 documents whose targets are simple paths", () => {
    for (const [name, overlay] of overlays) {
      expect(overlay.overlay, name).toBe("1.0.0");
      expect(overlay.info.title, name).toBeTruthy();
      expect(overlay.info.version, name).toBeTruthy();
      expect(overlay.actions.length, name).toBeGreaterThan(0);
      for (const action of overlay.actions) {
        expect(action.target, name).toMatch(SIMPLE_TARGET);
        // An update, or (only to shorten a `required` list before the update that lists the rest) a removal.
        if (action.remove === true) {
          expect(action.target, name).toMatch(/\.required$/);
          expect(action.update, `${name} ${action.target}`).toBeUndefined();
        } else expect(isObject(action.update), `${name} ${action.target}`).toBe(true);
      }
    }
  });

  it("carry no prose: the only descriptions are the response words", () => {
    const found: string[] = [];
    const walk = (node: Json, path: string[]) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) walk(n, [...path, String(i)]);
      } else if (isObject(node)) {
        for (const [k, v] of Object.entries(node)) {
          if ((k === "description" || k === "summary") && typeof v === "string") found.push(`${path.join(".")}.${k}=${v}`);
          walk(v, [...path, k]);
        }
      }
    };
    for (const [name, overlay] of overlays) walk(overlay.actions as unknown as Json, [name]);
    const bad = found.filter((f) => !/\.responses\.\d{3}\.description=(OK|Created|No content)$/.test(f));
    expect(bad).toEqual([]);
  });

  it("add exactly the SDK operations that the reference lacks", async () => {
    const inReference = operationKeys(ref);
    const missing = [...(await sdkOperations())].filter((key) => !inReference.has(key)).sort();
    const added = [...operationKeys(merged).keys()].filter((key) => !inReference.has(key)).sort();
    expect(missing.length).toBeGreaterThan(70);
    expect(added).toEqual(missing);
  });

  it("give every operation a unique kebab-case operationId, one tag, security and a success answer", () => {
    const ids = [...operationKeys(merged).values()].map((op) => op.operationId);
    const webhookIds = Object.values((merged.webhooks ?? {}) as JsonObject).map(
      (item) => ((item as JsonObject).post as JsonObject).operationId,
    );
    const all = [...ids, ...webhookIds];
    expect(new Set(all).size).toBe(all.length);
    const inReference = operationKeys(ref);
    for (const [key, op] of operationKeys(merged)) {
      if (inReference.has(key)) continue;
      expect(op.operationId, key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(op.tags, key).toHaveLength(1);
      expect(Array.isArray(op.security), key).toBe(true);
      const statuses = Object.keys(op.responses as JsonObject);
      expect(statuses.filter((s) => /^2\d\d$/.test(s)), key).toHaveLength(1);
      if (key.startsWith("DELETE ")) expect(statuses, key).toEqual(["204"]);
    }
  });

  it("declare every path parameter of a path template, in order", () => {
    const inReference = operationKeys(ref);
    for (const [path, item] of Object.entries(merged.paths as JsonObject)) {
      for (const method of METHODS) {
        const op = (item as JsonObject)[method] as JsonObject | undefined;
        if (!op || inReference.has(`${method.toUpperCase()} ${normalize(path)}`)) continue;
        const names = ((op.parameters ?? []) as JsonObject[])
          .map((p) => (p.$ref ? (resolvePointer(merged, p.$ref as string) as JsonObject) : p))
          .filter((p) => p.in === "path")
          .map((p) => p.name);
        expect(names, `${method} ${path}`).toEqual([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
      }
    }
  });

  it("each resolve their $refs with the reference and the overlays before them", () => {
    for (const f of files) expect(danglingAtApply.get(f), f).toEqual([]);
  });

  it("leave no $ref dangling", () => {
    const dangling = refs(merged).filter(([, ref]) => !ref.startsWith("#/") || resolvePointer(merged, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it("redefine none of the reference's schemas", () => {
    const defined = new Set(Object.keys((ref.components as JsonObject).schemas as JsonObject));
    for (const [name, overlay] of overlays) {
      for (const action of overlay.actions) {
        if (action.target !== "$.components.schemas") continue;
        expect(Object.keys(action.update).filter((s) => defined.has(s)), name).toEqual([]);
      }
    }
  });

  it("accept, on every operation the reference and the SDK share, the body fields and query parameters the SDK sends", () => {
    const inReference = operationKeys(ref);
    const operations = operationKeys(merged);
    const paths = new Map(Object.keys(merged.paths as JsonObject).map((p) => [normalize(p), p]));
    const deref = (node: Json | undefined): JsonObject => {
      let n = node;
      for (let i = 0; i < 10 && isObject(n) && typeof n.$ref === "string"; i++) n = resolvePointer(merged, n.$ref);
      if (isObject(n) && Array.isArray(n.oneOf ?? n.anyOf)) {
        const rest = ((n.oneOf ?? n.anyOf) as JsonObject[]).filter((s) => s.type !== "null");
        if (rest.length === 1) return deref(rest[0]);
      }
      return isObject(n) ? n : {};
    };
    /** The enum values a schema (or its array's items) allows; null when it takes any value of its type. */
    const allowed = (schema: JsonObject): Json[] | null => {
      const s = schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")) ? deref(schema.items) : schema;
      return Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : null;
    };
    const inputs = sdkInputs().filter((input) => inReference.has(input.operation));
    expect(inputs.filter((i) => i.kind === "body").length).toBeGreaterThan(15);
    expect(inputs.filter((i) => i.kind === "query").length).toBeGreaterThan(20);
    const rejected: string[] = [];
    for (const input of inputs) {
      const [method, shape] = input.operation.split(" ") as [string, string];
      const op = operations.get(input.operation)!;
      let accepted: Map<string, JsonObject>;
      let required: string[];
      if (input.kind === "body") {
        const body = deref(((op.requestBody as JsonObject)?.content as JsonObject)?.["application/json"] as Json);
        const schema = deref(body.schema);
        accepted = new Map(Object.entries((schema.properties ?? {}) as JsonObject).map(([k, v]) => [k, deref(v)]));
        required = (schema.required ?? []) as string[];
      } else {
        const item = (merged.paths as JsonObject)[paths.get(shape)!] as JsonObject;
        const params = [...((item.parameters ?? []) as Json[]), ...((op.parameters ?? []) as Json[])]
          .map(deref)
          .filter((p) => p.in === "query");
        // Arrays go as `name[]=a&name[]=b`, so the spec names them `name[]`.
        const plain = (p: JsonObject) => String(p.name).replace(/\[\]$/, "");
        accepted = new Map(params.map((p) => [plain(p), deref(p.schema)]));
        required = params.filter((p) => p.required === true).map(plain);
      }
      // What the spec requires, the SDK's callers always give.
      for (const name of required) {
        if (!input.required.has(name)) rejected.push(`${method} ${shape} (${input.method}) ${input.kind} ${name}: required`);
      }
      for (const [name, values] of input.properties) {
        const schema = accepted.get(name);
        const where = `${method} ${shape} (${input.method}) ${input.kind} ${name}`;
        if (!schema) {
          rejected.push(`${where}: missing`);
          continue;
        }
        const enumValues = allowed(schema);
        const missing = values && enumValues ? values.filter((v) => !enumValues.includes(v)) : [];
        if (missing.length) rejected.push(`${where}: values ${missing.join(", ")}`);
      }
    }
    expect(rejected).toEqual([]);
  });

  it("describe every webhook event type of the SDK", async () => {
    const types = await sdkEventTypes();
    expect(types.length).toBeGreaterThan(100);
    const webhooks = merged.webhooks as JsonObject;
    expect(Object.keys(webhooks).sort()).toEqual([...types].sort());
    for (const type of types) {
      const post = (webhooks[type] as JsonObject).post as JsonObject;
      const schema = resolvePointer(
        merged,
        ((((post.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject).schema as JsonObject)
          .$ref as string,
      ) as JsonObject;
      expect(((schema.properties as JsonObject).type as JsonObject).const, type).toBe(type);
      expect(schema.required, type).toEqual(expect.arrayContaining(["id", "type", "data", "created_at"]));
    }
  });

  describe("match the SDK's response types", () => {
    const deref = (node: Json | undefined): JsonObject => {
      let n = node;
      for (let i = 0; i < 10 && isObject(n) && typeof n.$ref === "string"; i++) n = resolvePointer(full, n.$ref);
      return isObject(n) ? n : {};
    };
    /** The schema names reachable from `roots` through `$ref`s. */
    const closure = (roots: Json[]): Set<string> => {
      const names = new Set<string>();
      const seen = new Set<string>();
      const visit = (node: Json | undefined) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!isObject(node)) return;
        if (typeof node.$ref === "string" && !seen.has(node.$ref)) {
          seen.add(node.$ref);
          const m = /^#\/components\/schemas\/(.+)$/.exec(node.$ref);
          if (m) names.add(m[1]!);
          visit(resolvePointer(full, node.$ref));
        }
        Object.values(node).forEach(visit);
      };
      roots.forEach(visit);
      return names;
    };
    /** Response schemas: reached from a success answer or a webhook event, and from no request or failure. */
    const responseOnly = (): Set<string> => {
      const answers: Json[] = [];
      const others: Json[] = [];
      for (const item of Object.values(full.paths as JsonObject) as JsonObject[]) {
        others.push(item.parameters ?? []);
        for (const method of METHODS) {
          const op = item[method] as JsonObject | undefined;
          if (!op) continue;
          others.push(op.parameters ?? [], op.requestBody ?? {});
          for (const [status, response] of Object.entries((op.responses ?? {}) as JsonObject)) {
            (/^2\d\d$/.test(status) ? answers : others).push(response);
          }
        }
      }
      for (const item of Object.values((full.webhooks ?? {}) as JsonObject) as JsonObject[]) {
        answers.push(((item.post as JsonObject).requestBody ?? {}) as Json);
      }
      const shared = closure(others);
      return new Set([...closure(answers)].filter((n) => !shared.has(n)));
    };
    const sdk = sdkPresent ? sdkResponses() : { models: [], answers: [] };

    /**
     * Each SDK model with the response schema of the same name (reached from answers only). Names
     * two SDK modules export (`Directive`) are the tool's to tell apart, so they are left out.
     */
    const modelsWithSchema = (): Array<{ model: SdkModel; name: string; schema: JsonObject }> => {
      const schemas = (full.components as JsonObject).schemas as JsonObject;
      const byName = new Map(Object.keys(schemas).map((n) => [n.toLowerCase(), n]));
      const responses = responseOnly();
      const counts = new Map<string, number>();
      for (const m of sdk.models) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      return sdk.models.flatMap((model) => {
        const name = byName.get(model.name.toLowerCase());
        if (!name || !responses.has(name) || counts.get(model.name)! > 1) return [];
        return [{ model, name, schema: schemas[name] as JsonObject }];
      });
    };

    it("require what the SDK model of the same name requires, on every response schema", () => {
      const lacking: string[] = [];
      const pairs = modelsWithSchema();
      for (const { model, name, schema } of pairs) {
        const required = (schema.required ?? []) as string[];
        const missing = model.required.filter((p) => !required.includes(p));
        if (missing.length) lacking.push(`${name} (${model.file}): ${missing.join(", ")}`);
      }
      expect(pairs.length).toBeGreaterThan(30);
      expect(lacking).toEqual([]);
    });

    it("have every field and enum value of the SDK model of the same name", () => {
      const lacking: string[] = [];
      const pairs = modelsWithSchema();
      for (const { model, name, schema } of pairs) {
        const properties = (deref(schema).properties ?? {}) as JsonObject;
        for (const [property, values] of model.properties) {
          if (!Object.hasOwn(properties, property)) {
            lacking.push(`${name}.${property}: missing`);
            continue;
          }
          const schema = deref(properties[property]);
          const items = schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")) ? deref(schema.items) : schema;
          const allowed = Array.isArray(items.enum) ? items.enum : null;
          const absent = values && allowed ? values.filter((v) => !allowed.includes(v)) : [];
          if (absent.length) lacking.push(`${name}.${property}: values ${absent.join(", ")}`);
        }
      }
      expect(pairs.length).toBeGreaterThan(30);
      expect(lacking).toEqual([]);
    });

    it("require on the answer of every operation the data of what the SDK unwraps, and what its response type requires", () => {
      const operations = operationKeys(full);
      const responses = responseOnly();
      const lacking: string[] = [];
      let unwrapped = 0;
      for (const answer of sdk.answers) {
        const op = operations.get(answer.operation);
        expect(op, answer.operation).toBeDefined();
        const success = Object.entries(op!.responses as JsonObject).find(([status]) => /^2\d\d$/.test(status));
        const media = deref(success?.[1]).content as JsonObject | undefined;
        const json = media?.["application/json"] as JsonObject | undefined;
        if (!json) continue;
        const ref = (json.schema as JsonObject).$ref;
        const name = typeof ref === "string" ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined;
        // An inline answer is one the tool wrote from the SDK; a shared schema is left alone.
        if (name && !responses.has(name)) continue;
        const schema = deref(json.schema);
        const required = (schema.required ?? []) as string[];
        const properties = (schema.properties ?? {}) as JsonObject;
        const want = answer.unwraps ? ["data"] : answer.required.filter((p) => Object.hasOwn(properties, p));
        if (answer.unwraps) unwrapped++;
        const missing = want.filter((p) => !required.includes(p));
        if (missing.length) lacking.push(`${answer.operation} (${answer.method}): ${missing.join(", ")}`);
      }
      expect(unwrapped).toBeGreaterThan(50);
      expect(lacking).toEqual([]);
    });
  });

  it("make a description openapi-typescript turns into types that compile", { timeout: 120_000 }, async () => {
    const source = astToString(await openapiTS(structuredClone(merged) as never, { alphabetize: false }));
    expect(source).toContain('"get-asset-shots"');
    expect(source).toContain('"video.asset.ready"');
    const dir = await mkdtemp(join(tmpdir(), "mux-overlays-"));
    temps.push(dir);
    await writeFile(join(dir, "schema.ts"), source);
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(ROOT, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, skipLibCheck: false, types: [] },
        include: ["schema.ts"],
      }),
    );
    const tsc = join(ROOT, "scripts/node_modules/typescript/bin/tsc");
    await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")]).catch((e) => {
      throw new Error(`tsc failed on the merged description's types:\n${e.stdout}${e.stderr}`);
    });
  });
});

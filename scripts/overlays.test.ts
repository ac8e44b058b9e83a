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
  const literals = (type: ts.Type): string[] | null => {
    let t = checker.getNonNullableType(type);
    if (checker.isArrayType(t)) t = checker.getNonNullableType(checker.getTypeArguments(t as ts.TypeReference)[0]!);
    const parts = t.isUnion() ? t.types : [t];
    return parts.every((p) => p.isStringLiteral()) ? parts.map((p) => (p as ts.StringLiteralType).value) : null;
  };
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
              checker.getPropertiesOfType(type).map((p) => [p.name, literals(checker.getTypeOfSymbolAtLocation(p, param))]),
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
  /** $refs of each overlay that did not resolve right after applying it (and those before it). */
  const danglingAtApply = new Map<string, string[]>();
  const temps: string[] = [];

  beforeAll(async () => {
    // The overlays the tool writes (20, 30, 35, 50); the hand-written house rules are checked by the import tests.
    const written = new Set(buildOverlays(reference).files.keys());
    files = (await readdir(OUT_DIR)).filter((f) => written.has(f)).sort();
    overlays = new Map();
    for (const f of files) texts.set(f, await readFile(join(OUT_DIR, f), "utf8"));
    for (const f of files) overlays.set(f, parse(texts.get(f)!));
    ref = parse(await readFile(reference, "utf8"));
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

// What the parity test knows about the official SDK, read from the SDK itself: its methods (by
// walking a client instance), each method's parameter names (from the compiled function) and the
// allowed values and query fields of its parameters (from its published .d.ts files).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The API areas of the client; `jwt` and `webhooks` (the top-level helpers) are tested elsewhere. */
export const AREAS = ["video", "data", "system", "robots"] as const;

/** One parameter of an official method, as the compiled function declares it. */
export interface OfficialParam {
  readonly name: string;
  /** True when the compiled function gives it a default (`query = {}`), so it may be left out. */
  readonly hasDefault: boolean;
}

/** One method of the official client, such as `video.assets.retrieve`. */
export interface OfficialMethod {
  /** The resource path from the client: `["video", "assets"]`. */
  readonly resource: readonly string[];
  readonly name: string;
  readonly params: readonly OfficialParam[];
  /** `video.assets.retrieve`. */
  readonly id: string;
}

type Bag = Record<string, unknown>;

function isResource(value: unknown): value is Bag {
  return typeof value === "object" && value !== null && "_client" in value;
}

/** The parameter list of a compiled method, such as `(assetId, query = {}, options)`. */
export function parameterNames(fn: (...args: never[]) => unknown): OfficialParam[] {
  const source = fn.toString();
  const list = /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? "";
  return list
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const [name = "", fallback] = part.split("=");
      return { name: name.trim(), hasDefault: fallback !== undefined };
    });
}

/**
 * Every API method of an official client: the prototype methods (not `constructor`, not `_`
 * members) of each resource object under `video`, `data`, `system` and `robots`, and of the
 * resources nested in them.
 */
export function officialMethods(client: object): OfficialMethod[] {
  const found: OfficialMethod[] = [];
  const visit = (resource: Bag, path: string[]): void => {
    const seen = new Set<string>();
    for (let proto = Object.getPrototypeOf(resource); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === "constructor" || name.startsWith("_") || seen.has(name)) continue;
        const value = Object.getOwnPropertyDescriptor(proto, name)?.value;
        if (typeof value !== "function") continue;
        seen.add(name);
        found.push({ resource: path, name, params: parameterNames(value), id: [...path, name].join(".") });
      }
    }
    for (const [key, child] of Object.entries(resource)) {
      if (!key.startsWith("_") && isResource(child)) visit(child, [...path, key]);
    }
  };
  for (const area of AREAS) {
    const node = (client as Bag)[area];
    if (!isResource(node)) throw new Error(`The official client has no resource "${area}".`);
    visit(node, [area]);
  }
  return found;
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const packageDir = dirname(createRequire(import.meta.url).resolve("official-mux-node"));

const declarations = new Map<string, string>();

/** The .d.ts text declaring a resource (`resources/video/assets.d.ts`, `resources/robots/jobs/jobs.d.ts`). */
function declarationOf(resource: readonly string[]): string {
  const key = resource.join(".");
  const cached = declarations.get(key);
  if (cached !== undefined) return cached;
  const base = join(packageDir, "resources", ...resource.map(kebab));
  const last = kebab(resource.at(-1) ?? "");
  const file = [join(base, `${last}.d.ts`), `${base}.d.ts`].find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`No declaration file for ${key} under ${packageDir}.`);
  const text = readFileSync(file, "utf8");
  declarations.set(key, text);
  return text;
}

function signatureOf(method: OfficialMethod): RegExpExecArray | null {
  return new RegExp(`^ {4}${method.name}\\((.*?)\\): (.+);$`, "m").exec(declarationOf(method.resource));
}

/** The parameter list of a method's .d.ts signature, such as `assetId: string, options?: RequestOptions`. */
function declaredSignature(method: OfficialMethod): string | undefined {
  return signatureOf(method)?.[1];
}

/** The declared return type of a method, such as `APIPromise<void>`. */
export function declaredReturnType(method: OfficialMethod): string | undefined {
  return signatureOf(method)?.[2];
}

/** True when the .d.ts signature marks the parameter optional (`query?:`). */
export function declaredOptional(method: OfficialMethod, param: string): boolean {
  return new RegExp(`(?:^|, )${param}\\?: `).test(declaredSignature(method) ?? "");
}

/** The declared type of one parameter of a method, as written in its .d.ts signature. */
export function declaredParamType(method: OfficialMethod, param: string): string | undefined {
  const signature = declaredSignature(method);
  if (signature === undefined) return undefined;
  // Parameters are `name?: TYPE` separated by `, ` before the next `name?:`.
  const match = new RegExp(`(?:^|, )${param}\\??: (.*?)(?=, \\w+\\??: |$)`).exec(signature);
  return match?.[1];
}

/** The string or number literals of a union type such as `'jpg' | 'png'`; empty when it is not one. */
export function literals(type: string): (string | number)[] {
  const parts = type.split("|").map((part) => part.trim());
  const out: (string | number)[] = [];
  for (const part of parts) {
    if (part === "null" || part === "undefined") continue;
    const text = /^'([^']*)'$/.exec(part)?.[1];
    if (text !== undefined) out.push(text);
    else if (/^-?\d+(\.\d+)?$/.test(part)) out.push(Number(part));
    else return [];
  }
  return out;
}

/** One field of a params interface: its name and declared type. */
export interface ParamsField {
  readonly name: string;
  readonly type: string;
}

const PAGE_PARAMS: Record<string, ParamsField[]> = (() => {
  const text = readFileSync(join(packageDir, "core", "pagination.d.ts"), "utf8");
  const out: Record<string, ParamsField[]> = {};
  for (const match of text.matchAll(/export interface (\w+Params) \{([\s\S]*?)\n\}/g)) {
    out[match[1] ?? ""] = fieldsOf(match[2] ?? "");
  }
  return out;
})();

function fieldsOf(body: string): ParamsField[] {
  return [...body.matchAll(/^ {4}(\w+)\??: (.+);$/gm)].map((m) => ({ name: m[1] ?? "", type: m[2] ?? "" }));
}

/** Resolves a type alias declared in the same file (`JobStatus` -> `'pending' | ...`). */
export function resolveAlias(method: OfficialMethod, type: string): string {
  if (!/^\w+$/.test(type)) return type;
  const alias = new RegExp(`^export type ${type} = (.+);$`, "m").exec(declarationOf(method.resource))?.[1];
  return alias ?? type;
}

/**
 * The fields of the params interface a method's parameter is typed with (`query?: AssetListParams`),
 * including those it inherits from the SDK's page params (`limit`, `page`, `cursor`).
 */
export function paramsFields(method: OfficialMethod, param: string): ParamsField[] {
  const type = declaredParamType(method, param);
  const name = type && /^(\w+Params)\b/.exec(type)?.[1];
  if (!name) return [];
  const text = declarationOf(method.resource);
  const block = new RegExp(`^export interface ${name}(?: extends ([\\w, ]+))? \\{([\\s\\S]*?)\\n\\}`, "m").exec(text);
  if (!block) return [];
  const inherited = (block[1] ?? "")
    .split(",")
    .map((base) => base.trim())
    .flatMap((base) => PAGE_PARAMS[base] ?? []);
  const own = fieldsOf(block[2] ?? "");
  return [...inherited.filter((field) => !own.some((o) => o.name === field.name)), ...own];
}

// Emits each resource package's src/generated/ (one file per operation, the group classes, the
// types and an index), the scaffolding of a package that does not exist yet, and the operations
// table of its README. Pure: returns a Map of repo-relative path -> text.
import { kebabCase, pascalCase } from "./model.mjs";
import { HEADER, docComment, README_END, README_START } from "./text.mjs";

const RESULT_TYPES = { none: "void", text: "string", binary: "Response" };

/** The umbrella call of an operation: `mux.video.assets.create()`. */
export function umbrellaCall(op) {
  return `mux.${op.group}.${op.sdkMethod}()`;
}

function jsonContent(op, status) {
  return `operations[${JSON.stringify(op.id)}]["responses"][${status}]["content"]["application/json"]`;
}

/** The type names an operation's function uses, and the aliases its package must declare. */
export function operationTypes(op, group) {
  const stem = `${group.noun}${pascalCase(op.sdkMethod)}`;
  const aliases = [];
  let params;
  if (op.hasBody) {
    params = `${stem}Params`;
    aliases.push([params, `NonNullable<operations[${JSON.stringify(op.id)}]["requestBody"]>["content"]["application/json"]`, `The body of \`${op.functionName}\`.`]);
  } else if (op.hasQuery) {
    params = `${stem}Params`;
    aliases.push([params, `NonNullable<operations[${JSON.stringify(op.id)}]["parameters"]["query"]>`, `The query of \`${op.functionName}\`.`]);
  }
  let result = RESULT_TYPES[op.result];
  const schema = (name) => {
    aliases.push([name, `components["schemas"][${JSON.stringify(name)}]`, `The \`${name}\` object of the Mux API.`]);
    return name;
  };
  if (op.result === "data") {
    result = op.dataRef ? schema(op.dataRef) : `${stem}Response`;
    if (!op.dataRef) aliases.push([result, `${jsonContent(op, op.status)}["data"]`, `What \`${op.functionName}\` resolves with.`]);
  } else if (op.result === "body") {
    result = op.bodyRef ? schema(op.bodyRef) : `${stem}Response`;
    if (!op.bodyRef) aliases.push([result, jsonContent(op, op.status), `What \`${op.functionName}\` resolves with.`]);
  } else if (op.result.endsWith("page")) {
    result = op.itemRef ? schema(op.itemRef) : `${stem}Item`;
    if (!op.itemRef) aliases.push([result, `${jsonContent(op, op.status)}["data"][number]`, `One item of \`${op.functionName}\`.`]);
  }
  const pathTypes = op.pathParams.map((p) =>
    p.enum ? `operations[${JSON.stringify(op.id)}]["parameters"]["path"][${JSON.stringify(p.name)}]` : "string",
  );
  return { params, result, aliases, pathTypes, needsOperations: aliases.some(([, t]) => t.includes("operations[")) || pathTypes.some((t) => t !== "string") };
}

/** `a.b[]` -> the TypeScript type under that path of `base`: properties, then array items. */
function typeAt(base, at) {
  let type = base;
  for (const part of at.split(".")) {
    const [, name, arrays] = /^([^[\]]*)((?:\[\])*)$/.exec(part) ?? [];
    if (name === undefined) throw new Error(`x-mux-types: the path ${JSON.stringify(at)} is not of the form a.b[].`);
    if (name) type = `NonNullable<${type}[${JSON.stringify(name)}]>`;
    for (let i = 0; i < arrays.length / 2; i++) type = `${type}[number]`;
  }
  return type;
}

/**
 * The TypeScript type of an SDK type name's target (see spec/sdk-types.yaml): a schema, an
 * operation's params, result, body or page, with `at` a path inside it. `export` targets (the
 * package's hand-written exports) have none.
 */
export function targetType(model, target) {
  const op = model.operations.find((o) => o.id === (target.params ?? target.response ?? target.body ?? target.page));
  let type;
  if (target.schema) type = `components["schemas"][${JSON.stringify(target.schema)}]`;
  else if (target.params) {
    type = op.hasBody
      ? `NonNullable<operations[${JSON.stringify(op.id)}]["requestBody"]>["content"]["application/json"]`
      : `NonNullable<operations[${JSON.stringify(op.id)}]["parameters"]["query"]>`;
  } else if (target.page) {
    type = `Page<${op.itemRef ? `components["schemas"][${JSON.stringify(op.itemRef)}]` : `${jsonContent(op, op.status)}["data"][number]`}>`;
  } else if (target.body || (target.response && op.result === "body")) {
    type = op.bodyRef ? `components["schemas"][${JSON.stringify(op.bodyRef)}]` : jsonContent(op, op.status);
  } else if (target.response && op.result === "data") {
    type = op.dataRef ? `components["schemas"][${JSON.stringify(op.dataRef)}]` : `${jsonContent(op, op.status)}["data"]`;
  } else if (target.response) type = RESULT_TYPES[op.result];
  else throw new Error(`x-mux-types: no type for ${JSON.stringify(target)}.`);
  return target.at ? typeAt(type, target.at) : type;
}

/** What an SDK type name's doc comment says it is. */
function targetDoc(name, target) {
  const what = target.schema
    ? `the \`${target.schema}\` object`
    : target.params
      ? `the params of \`${target.params}\``
      : target.page
        ? `a page of \`${target.page}\``
        : target.body
          ? `the body \`${target.body}\` answers with`
          : `what \`${target.response}\` resolves with`;
  return `The official SDK's \`${name}\`: ${target.at ? `\`${target.at}\` of ` : ""}${what}.`;
}

/** The SDK type names a group's package declares: `[name, type, doc]`, like operationTypes' aliases. */
export function sdkTypeAliases(model, group) {
  const entries = [...(group.sdkTypes ?? [])];
  if (model.sharedTypes?.group === group.path) entries.push(...model.sharedTypes.types);
  return entries.map(({ name, target }) => [name, targetType(model, target), targetDoc(name, target)]);
}

/** The parameter list of an operation, after `client`: path values, then body or query. */
function parameterList(op, types) {
  const list = op.pathParams.map((p, i) => `${p.arg}: ${types.pathTypes[i]}`);
  if (types.params) {
    const required = op.hasBody ? op.bodyRequired : op.queryRequired;
    list.push(required ? `${op.hasBody ? "body" : "query"}: ${types.params}` : `${op.hasBody ? "body" : "query"}?: ${types.params} | null`);
  }
  list.push("options?: RequestOptions");
  return list;
}

function returnType(op, types) {
  return op.result.endsWith("page") ? `PagePromise<${types.result}>` : `APIPromise<${types.result}>`;
}

function operationLiteral(op) {
  const origin = op.server ? `, origin: onOrigin(${JSON.stringify(op.server)})` : "";
  return `{ method: ${JSON.stringify(op.method)}, path: ${JSON.stringify(op.path)}${origin} }`;
}

/**
 * The path values in the order of the template's placeholders (core names them from the template),
 * as a `pathOf(...)` part; undefined for an operation without path parameters.
 */
function pathObject(op) {
  return op.pathParams.length === 0 ? undefined : `pathOf([${op.pathParams.map((p) => p.arg).join(", ")}])`;
}

function functionDoc(op) {
  const lines = [op.summary ?? `Calls ${op.id}.`, "", `\`${op.method} ${op.path}\`${op.server ? ` on ${op.server}` : ""}; on the umbrella, \`${umbrellaCall(op)}\`.`];
  if (op.result === "none") lines.push("Resolves to `undefined`.");
  if (op.result.endsWith("page")) lines.push("Await it for the first page, or `for await` over it for every item on every page.");
  if (op.result === "binary") lines.push("Resolves with the `Response`, its body unread.");
  if (op.deprecated) lines.push("@deprecated Mux no longer documents this operation.");
  return lines;
}

/**
 * The call into core that performs `op`: `callOperation(...)` or `listOperation(...)`, with the
 * operation's method and path, its result kind (or page style) and its inputs. The standalone
 * function and the class method both return it, so neither goes through the other.
 */
function operationCall(op, types, client) {
  const path = pathObject(op);
  if (op.result.endsWith("page")) {
    const style = `{ pageSize: ${op.pageSize === undefined ? "undefined" : op.pageSize}${op.result === "cursor-page" ? ", cursor: true" : ""} }`;
    return `listOperation<${types.result}, ${types.params ?? "never"}>(${client}, ${operationLiteral(op)}, ${style}, ${path ?? "undefined"}, ${types.params ? "query" : "undefined"}, options)`;
  }
  const input = [];
  if (path) input.push(`path: ${path}`);
  if (types.params) input.push(op.hasBody ? "body: bodyOf(body)" : "query: queryOf(query)");
  const inputs = input.length ? `{ ${input.join(", ")} }` : "{}";
  return `callOperation(${client}, ${operationLiteral(op)}, ${READERS[op.result]}, ${inputs}, options)`;
}

/** Core's reader for each result kind: passed by name, so a bundle keeps only the readers it uses. */
const READERS = { data: "readData", body: "readBody", none: "readNothing", text: "readText", binary: "readResponse" };

/**
 * The core names an operation's call needs (`listOperation`, or `callOperation` and its result
 * reader) and its promise type.
 */
function coreNames(op, types) {
  // Only the input parts the operation has: a bundle keeps only the checks its operations use.
  const parts = op.pathParams.length > 0 ? ["pathOf"] : [];
  if (op.server) parts.push("onOrigin");
  if (op.result.endsWith("page")) return ["listOperation", ...parts, "type PagePromise"];
  if (!READERS[op.result]) throw new Error(`${op.id}: unknown result kind "${op.result}".`);
  if (types.params) parts.push(op.hasBody ? "bodyOf" : "queryOf");
  return ["callOperation", READERS[op.result], ...parts, "type APIPromise"];
}

function functionFile(op, group) {
  const types = operationTypes(op, group);
  const params = parameterList(op, types);
  const coreImports = ["type MuxClient", "type RequestOptions", ...coreNames(op, types)];
  const typeImports = [...new Set([types.params, types.result].filter((t) => t && !["void", "string", "Response"].includes(t)))];
  if (types.pathTypes.some((t) => t !== "string")) coreImports.push("type operations");
  const lines = [
    HEADER,
    `import { ${coreImports.sort(byName).join(", ")} } from "@mux/core";`,
    ...(typeImports.length ? [`import type { ${typeImports.sort().join(", ")} } from "./types.js";`] : []),
    "",
    ...docComment(functionDoc(op)),
    `export function ${op.functionName}(`,
    `  client: MuxClient,`,
    ...params.map((p) => `  ${p},`),
    `): ${returnType(op, types)} {`,
    `  return ${operationCall(op, types, "client")};`,
    "}",
    "",
  ];
  return lines.join("\n");
}

function byName(a, b) {
  const key = (s) => s.replace(/^type /, "");
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function classFile(group) {
  const imports = new Set(["type MuxClient", "type RequestOptions"]);
  const typeNames = new Set();
  const methods = [];
  for (const op of group.operations) {
    const types = operationTypes(op, group);
    for (const name of coreNames(op, types)) imports.add(name);
    if (types.pathTypes.some((t) => t !== "string")) imports.add("type operations");
    for (const t of [types.params, types.result]) if (t && !["void", "string", "Response"].includes(t)) typeNames.add(t);
    const params = parameterList(op, types);
    methods.push(
      "",
      ...docComment([op.summary ?? op.id, `Same as \`${op.functionName}\`, with this client.`, ...(op.deprecated ? ["@deprecated Mux no longer documents this operation."] : [])], "  "),
      `  ${op.sdkMethod}(${params.join(", ")}): ${returnType(op, types)} {`,
      `    return ${operationCall(op, types, "this.#client")};`,
      "  }",
    );
  }
  const names = [...imports].sort(byName);
  return [
    HEADER,
    `import { ${names.join(", ")} } from "@mux/core";`,
    ...(typeNames.size ? [`import type { ${[...typeNames].sort().join(", ")} } from "./types.js";`] : []),
    "",
    ...docComment([
      `The \`${group.path}\` operations bound to one client: \`${umbrellaMember(group)}\` on the umbrella.`,
      "Each method makes the same call as the standalone function of its operation, with this client.",
    ]),
    `export class ${group.class} {`,
    "  readonly #client: MuxClient;",
    "",
    "  /** Binds the operations to `client` (made with `createMuxClient`). */",
    "  constructor(client: MuxClient) {",
    "    this.#client = client;",
    "  }",
    ...methods,
    "}",
    "",
  ].join("\n");
}

function umbrellaMember(group) {
  return `mux.${group.path}`;
}

/**
 * Every type alias a package declares, name -> { type, doc, text }: the operations' own names, then
 * the official SDK's names for its groups (`text` refers to an alias of the same type when there is
 * one). Throws when one name would mean two types, or a type would shadow one of the classes.
 */
export function packageTypes(model, pkg) {
  const seen = new Map();
  const add = (name, type, doc, source) => {
    if (seen.has(name) && seen.get(name).type !== type) {
      throw new Error(
        `@mux/${pkg.name} would declare the type ${name} twice with different meanings (${seen.get(name).source} and ${source}); rename one in spec/sdk-names.yaml, or its entry in spec/sdk-types.yaml.`,
      );
    }
    if (!seen.has(name)) seen.set(name, { type, doc, text: type, source });
  };
  for (const group of pkg.groups) {
    for (const op of group.operations) for (const [name, type, doc] of operationTypes(op, group).aliases) add(name, type, doc, op.id);
  }
  const own = new Map([...seen].map(([name, { type }]) => [type, name]));
  for (const group of pkg.groups) {
    for (const [name, type, doc] of sdkTypeAliases(model, group)) {
      add(name, type, doc, `the SDK's ${group.path} types`);
      const same = own.get(type);
      if (same && same !== name) seen.get(name).text = same;
    }
  }
  for (const group of pkg.groups) {
    if (seen.has(group.class)) throw new Error(`@mux/${pkg.name} would declare the type ${group.class} beside the class of that name.`);
  }
  return seen;
}

function typesFile(model, pkg) {
  const seen = packageTypes(model, pkg);
  const names = [...seen.keys()].sort();
  const uses = (text) => names.some((n) => seen.get(n).text.includes(text));
  const imports = [uses("components[") && "components", uses("operations[") && "operations", uses("Page<") && "Page"].filter(Boolean);
  const lines = [HEADER];
  if (imports.length) lines.push(`import type { ${imports.join(", ")} } from "@mux/core";`);
  for (const name of names) lines.push("", `/** ${seen.get(name).doc} */`, `export type ${name} = ${seen.get(name).text};`);
  lines.push("");
  return { text: lines.join("\n"), names };
}

function indexFile(pkg, typeNames) {
  const lines = [HEADER];
  for (const group of pkg.groups) {
    lines.push(`export { ${group.class} } from "./${kebabCase(group.class)}.js";`);
    for (const op of group.operations) lines.push(`export { ${op.functionName} } from "./${kebabCase(op.functionName)}.js";`);
  }
  if (typeNames.length) lines.push(`export type { ${typeNames.join(", ")} } from "./types.js";`);
  lines.push("");
  return lines.join("\n");
}

/** The README block listing a package's operations. */
export function readmeTable(pkg) {
  const rows = ["| function | umbrella | HTTP | what it does |", "| --- | --- | --- | --- |"];
  for (const group of pkg.groups) {
    for (const op of group.operations) {
      const http = `\`${op.method} ${op.path}\``;
      rows.push(`| \`${op.functionName}\` | \`${umbrellaCall(op)}\` | ${http} | ${(op.summary ?? "").replace(/\|/g, "\\|")} |`);
    }
  }
  return [README_START, "<!-- Written by `pnpm generate` from spec/: do not edit between these markers. -->", "", ...rows, "", README_END].join("\n");
}

function packageJson(pkg) {
  const area = pkg.groups[0].path.split(".")[0];
  return `${JSON.stringify(
    {
      name: `@mux/${pkg.name}`,
      version: "0.1.0",
      description: `The Mux ${area} API's ${pkg.groups.map((g) => g.path.split(".").slice(1).join(" ")).join(", ")} operations, one function each.`,
      license: "MIT",
      repository: { type: "git", url: "git+https://github.com/mux-modular/mux-modular.git", directory: `packages/${pkg.name}` },
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      files: ["dist", "!dist/**/*.test.*", "src", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/**/test-support", "README.md"],
      engines: { node: ">=20.19" },
      scripts: { build: "node ../../scripts/build-package.mjs", typecheck: "tsc -p tsconfig.json --noEmit", lint: "biome lint src" },
      dependencies: { "@mux/core": "workspace:^" },
      devDependencies: { "@types/node": "catalog:", typescript: "catalog:" },
    },
    null,
    2,
  )}\n`;
}

const TSCONFIG_BUILD = `${JSON.stringify(
  {
    extends: "../../tsconfig.base.json",
    compilerOptions: { rootDir: "src", outDir: "dist", types: [] },
    include: ["src"],
    exclude: ["src/**/*.test.ts", "src/**/*.test-d.ts", "src/**/test-support/**"],
  },
  null,
  2,
)}\n`;

const TSCONFIG = `${JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { noEmit: true, types: ["node"] }, include: ["src"] }, null, 2)}\n`;

function readme(pkg) {
  const first = pkg.groups[0].operations[0];
  return [
    `# @mux/${pkg.name}`,
    "",
    `The ${pkg.groups.map((g) => `\`${g.path}\``).join(", ")} operations of the Mux API as plain functions: pass a client from \`@mux/core\` first, import only what you call, and a bundler keeps nothing else.`,
    "",
    "```ts",
    'import { createMuxClient } from "@mux/core";',
    `import { ${first.functionName} } from "@mux/${pkg.name}";`,
    "",
    "const client = createMuxClient(); // MUX_TOKEN_ID and MUX_TOKEN_SECRET",
    "```",
    "",
    `With the umbrella package the same calls are methods: \`${umbrellaCall(first)}\`.`,
    "",
    "## Operations",
    "",
    readmeTable(pkg),
    "",
    "## License",
    "",
    "MIT",
    "",
  ].join("\n");
}

/**
 * The generated files of every resource package, and `scaffold`: the files a package needs that
 * the generator writes only when they are missing (package.json, tsconfigs, README, src/index.ts).
 */
export function emitPackages(model) {
  const files = new Map();
  const scaffold = new Map();
  const readmeBlocks = new Map();
  for (const pkg of model.packages) {
    const dir = `packages/${pkg.name}`;
    const { text, names } = typesFile(model, pkg);
    files.set(`${dir}/src/generated/types.ts`, text);
    for (const group of pkg.groups) {
      files.set(`${dir}/src/generated/${kebabCase(group.class)}.ts`, classFile(group));
      for (const op of group.operations) files.set(`${dir}/src/generated/${kebabCase(op.functionName)}.ts`, functionFile(op, group));
    }
    files.set(`${dir}/src/generated/index.ts`, indexFile(pkg, names));
    scaffold.set(`${dir}/package.json`, packageJson(pkg));
    scaffold.set(`${dir}/tsconfig.json`, TSCONFIG);
    scaffold.set(`${dir}/tsconfig.build.json`, TSCONFIG_BUILD);
    scaffold.set(`${dir}/README.md`, readme(pkg));
    scaffold.set(`${dir}/src/index.ts`, `export * from "./generated/index.js";\n`);
    readmeBlocks.set(`${dir}/README.md`, readmeTable(pkg));
  }
  return { files, scaffold, readmeBlocks };
}

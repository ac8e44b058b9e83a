// Emits the umbrella's resource tree (packages/mux-node/src/generated/): one class per node of
// the official SDK's tree (`mux.video`, `mux.data.monitoring`, ...), each child built on first use,
// the `Mux` class with the top-level areas, and the `Mux.<Area>.<Type>` type namespace.
import { operationTypes, sdkTypeAliases } from "./emit-packages.mjs";
import { pascalCase } from "./model.mjs";
import { docComment, HEADER } from "./text.mjs";

function nodeClassName(path) {
  return path.split(".").map(pascalCase).join("");
}

/** The tree of groups: nodes keyed by path, each with its group (if any) and children. */
function buildTree(model) {
  const nodes = new Map([["", { path: "", children: new Set(), group: undefined }]]);
  for (const group of model.groups) {
    const parts = group.path.split(".");
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(".");
      if (!nodes.has(path)) nodes.set(path, { path, children: new Set(), group: undefined });
      nodes.get(parts.slice(0, i - 1).join(".")).children.add(path);
    }
    nodes.get(group.path).group = group;
  }
  return nodes;
}

/** The class a node is reached as: the package's class for a leaf group, else a generated node class. */
function classOf(node) {
  return node.group && node.children.size === 0 ? node.group.class : nodeClassName(node.path);
}

function nodeClass(node, nodes) {
  const name = nodeClassName(node.path);
  const children = [...node.children].sort().map((path) => nodes.get(path));
  const lines = [
    ...docComment([
      node.group
        ? `\`mux.${node.path}\`: the ${node.group.class} operations, and ${children.map((c) => `\`${c.path.split(".").pop()}\``).join(", ")}.`
        : `\`mux.${node.path}\`: ${children.map((c) => `\`${c.path.split(".").pop()}\``).join(", ")}, each built on first use.`,
    ]),
    `export class ${name}${node.group ? ` extends ${node.group.class}` : ""} {`,
    "  readonly #client: MuxClient;",
    ...children.map((child) => `  #${child.path.split(".").pop()}: ${classOf(child)} | undefined;`),
    "",
    "  /** Builds the node for `client`; children are made when first used. */",
    "  constructor(client: MuxClient) {",
    ...(node.group ? ["    super(client);"] : []),
    "    this.#client = client;",
    "  }",
  ];
  for (const child of children) {
    const key = child.path.split(".").pop();
    lines.push(
      "",
      `  /** \`mux.${child.path}\`. */`,
      `  get ${key}(): ${classOf(child)} {`,
      `    return (this.#${key} ??= new ${classOf(child)}(this.#client));`,
      "  }",
    );
  }
  lines.push("}", "");
  return lines;
}

/** Emits the tree, the Mux class and the type namespace; returns path -> text. */
export function emitUmbrella(model) {
  const nodes = buildTree(model);
  const imports = new Map();
  for (const group of model.groups) {
    // A group may name the package's subpath its class is imported from (`entry` in spec/sdk-names.yaml).
    const from = group.entry ? `${group.package}/${group.entry}` : group.package;
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from).add(group.class);
  }
  const treeLines = [HEADER, 'import type { MuxClient } from "@mux/core";'];
  for (const [pkg, classes] of [...imports].sort()) treeLines.push(`import { ${[...classes].sort().join(", ")} } from "@mux/${pkg}";`);
  treeLines.push("");
  const inner = [...nodes.values()].filter((n) => n.path !== "" && !(n.group && n.children.size === 0));
  // Parents after their children, so every class is declared before it is used.
  inner.sort((a, b) => b.path.split(".").length - a.path.split(".").length || (a.path < b.path ? -1 : 1));
  for (const node of inner) treeLines.push(...nodeClass(node, nodes));

  const areas = [...nodes.get("").children].sort().map((path) => nodes.get(path));
  const muxLines = [
    HEADER,
    'import { MuxBase } from "../mux-base.js";',
    `import { ${areas.map(classOf).sort().join(", ")} } from "./tree.js";`,
  ];
  const typePackages = new Set(model.groups.map((group) => group.package));
  if (model.eventsPackage && model.webhooks.length > 0) typePackages.add(model.eventsPackage);
  const typeImports = [...typePackages].sort().map((pkg) => `import type * as ${nodeClassName(pkg.replace(/-/g, "."))}Package from "@mux/${pkg}";`);
  muxLines.push(...typeImports, "");
  muxLines.push(
    ...docComment([
      "The Mux API client with the official SDK's shape: `mux.video`, `mux.data`, `mux.system` and",
      "`mux.robots` hold every resource (`mux.video.assets.create(...)`), built the first time each is",
      "touched, plus `mux.jwt` and `mux.webhooks` from the base class.",
      "",
      "@example",
      'import Mux from "@mux/mux-node";',
      "const mux = new Mux(); // MUX_TOKEN_ID and MUX_TOKEN_SECRET",
      'const asset = await mux.video.assets.create({ inputs: [{ url: "https://example.com/video.mp4" }] });',
    ]),
    "export class Mux extends MuxBase {",
    ...areas.map((area) => `  #${area.path}: ${classOf(area)} | undefined;`),
  );
  for (const area of areas) {
    muxLines.push("", `  /** \`mux.${area.path}\`. */`, `  get ${area.path}(): ${classOf(area)} {`, `    return (this.#${area.path} ??= new ${classOf(area)}(this.apiClient));`, "  }");
  }
  muxLines.push("}", "");
  // The official SDK's type namespace: Mux.Video.Asset, Mux.System.SigningKey, ...
  const packageRef = (pkg, name) => `${nodeClassName(pkg.replace(/-/g, "."))}Package.${name}`;
  muxLines.push(...docComment(["The API's types by area, as the official SDK names them: `Mux.Video.Asset`, `Mux.System.SigningKey`."]));
  muxLines.push("export declare namespace Mux {");
  if (model.sharedTypes) {
    const pkg = model.groups.find((g) => g.path === model.sharedTypes.group).package;
    for (const { name } of [...model.sharedTypes.types].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      muxLines.push(`  /** \`${name}\` from \`@mux/${pkg}\` (the official SDK's shared \`Mux.${name}\`). */`, `  export type ${name} = ${packageRef(pkg, name)};`);
    }
  }
  for (const area of areas) {
    muxLines.push(`  /** Types of \`mux.${area.path}\`. */`, `  export namespace ${pascalCase(area.path)} {`);
    for (const [name, { pkg, note }] of areaTypes(model, area.path)) {
      muxLines.push(`    /** \`${name}\` from \`@mux/${pkg}\`.${note} */`, `    export type ${name} = ${packageRef(pkg, name)};`);
    }
    muxLines.push("  }");
  }
  const events = eventNames(model);
  if (events.names.length > 0) {
    if (areas.some((area) => pascalCase(area.path) === "Webhooks")) throw new Error("The webhook events' namespace Mux.Webhooks would clash with an area of that name.");
    muxLines.push("  /** The webhook events and their payloads: what `mux.webhooks.unwrap()` returns. */", "  export namespace Webhooks {");
    for (const [name, exported] of events.names) {
      muxLines.push(`    /** \`${name}\` from \`@mux/${events.package}\`. */`, `    export type ${name} = ${packageRef(events.package, exported)};`);
    }
    muxLines.push("  }");
  }
  muxLines.push("}", "");
  return new Map([
    ["packages/mux-node/src/generated/tree.ts", treeLines.join("\n")],
    ["packages/mux-node/src/generated/mux.ts", muxLines.join("\n")],
  ]);
}

/**
 * The types of one area of the namespace, sorted: name -> { pkg, note }. Each group contributes its
 * operations' names and the official SDK's names for it. When packages of the area declare one name
 * with different meanings, the SDK's name of the group nearest the area wins (the official SDK's
 * `Mux.<Area>.<Name>` is the area's direct child's), and the note says where the other one is.
 */
export function areaTypes(model, area) {
  const candidates = new Map();
  const offer = (name, entry) => {
    if (!candidates.has(name)) candidates.set(name, []);
    const list = candidates.get(name);
    const same = list.find((c) => c.pkg === entry.pkg && c.type === entry.type);
    if (same) same.depth = Math.min(same.depth, entry.depth);
    else list.push(entry);
  };
  for (const group of model.groups.filter((g) => g.path.split(".")[0] === area)) {
    const depth = group.path.split(".").length;
    for (const op of group.operations) {
      for (const [name, type] of operationTypes(op, group).aliases) offer(name, { pkg: group.package, type, depth: Number.POSITIVE_INFINITY });
    }
    for (const [name, type] of sdkTypeAliases(model, group)) offer(name, { pkg: group.package, type, depth });
  }
  const out = new Map();
  for (const [name, list] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const meanings = new Set(list.map((c) => c.type));
    if (meanings.size === 1) {
      out.set(name, { pkg: list[0].pkg, note: "" });
      continue;
    }
    const best = Math.min(...list.map((c) => c.depth));
    const winners = list.filter((c) => c.depth === best);
    if (!Number.isFinite(best) || new Set(winners.map((c) => c.type)).size > 1) {
      throw new Error(`Mux.${pascalCase(area)}.${name} would mean different types in ${list.map((c) => `@mux/${c.pkg}`).join(" and ")}; rename one in spec/sdk-names.yaml.`);
    }
    const others = [...new Set(list.filter((c) => c.type !== winners[0].type).map((c) => `@mux/${c.pkg}`))];
    out.set(name, { pkg: winners[0].pkg, note: ` ${others.join(", ")} ${others.length > 1 ? "have" : "has"} another \`${name}\`.` });
  }
  return out;
}

/** The names of `Mux.Webhooks`: every event the spec describes and the SDK's names for them. */
function eventNames(model) {
  const names = new Map(model.webhooks.filter((event) => event.schemaRef).map((event) => [event.schemaRef, event.schemaRef]));
  for (const { name, target } of model.eventTypes ?? []) names.set(name, target.export ?? name);
  return { package: model.eventsPackage, names: model.eventsPackage ? [...names].sort(([a], [b]) => (a < b ? -1 : 1)) : [] };
}

/** The umbrella's @mux/* dependencies: one per resource package. */
export function umbrellaDependencies(model) {
  return model.packages.map((pkg) => `@mux/${pkg.name}`);
}

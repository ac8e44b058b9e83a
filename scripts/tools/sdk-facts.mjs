#!/usr/bin/env node
// One-off extraction tool, not part of the build.
//
// Reads the official SDK's TypeScript sources (@mux/mux-node 15.3.0, installed for the
// benchmarks at bench/node_modules/official-mux-node/src) with the TypeScript compiler API
// and writes OpenAPI Overlay 1.0 documents that `pnpm spec:import` applies, in file-name
// order, to Mux's published (OpenAPI 3.0) description after converting it to 3.1:
//
//   spec/overlays/20-additions.overlay.yaml    operations the SDK has and the reference lacks
//   spec/overlays/30-corrections.overlay.yaml  properties the SDK's models have and the
//                                              reference's schemas of the same name lack
//   spec/overlays/35-params.overlay.yaml       for operations both have: the body fields, query
//                                              parameters and enum values (of bodies, queries and
//                                              path values) the SDK's methods accept and the
//                                              reference lacks, and the SDK's required-ness of
//                                              request-only schemas (never of one a response shares)
//   spec/overlays/36-responses.overlay.yaml   for answer schemas no request shares: the properties and
//                                              enum values the SDK's models (of the same name) and
//                                              response types have and the reference lacks
//   spec/overlays/38-required.overlay.yaml     for response schemas (reached from a success answer or a
//                                              webhook event, never from a request or a failure): the
//                                              names the SDK's model of the same name, or the SDK's
//                                              response type of the operation, requires; and the `data`
//                                              of every envelope the SDK unwraps or pages through
//   spec/overlays/50-webhooks.overlay.yaml     the top-level `webhooks` map, one entry per
//                                              event type of the SDK's UnwrapWebhookEvent
//
// Only facts are taken from the SDK: paths, HTTP methods, parameter and field names, types,
// enums and required-ness. Doc comments are never read. What the types cannot say
// (operationIds, tags, status codes, media types of binary answers) is in OPERATIONS below.
//
// Re-run from the repository root after bumping the SDK (then review the diff):
//   node scripts/tools/sdk-facts.mjs           writes the six overlays
//   node scripts/tools/sdk-facts.mjs --check   fails when they are stale
// Environment: MUX_REFERENCE_SPEC overrides ../shared/reference/mux-openapi.yaml.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { muxFacts } from "../lib/import.mjs";
import { applyOverlay, parseTarget } from "../lib/overlay.mjs";
import { createSdkProgram, SDK_SRC, walkFiles } from "./sdk-program.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(ROOT, "scripts/package.json"));
const ts = require("typescript");
const YAML = require("yaml");

const RESOURCES = join(SDK_SRC, "resources");
const REFERENCE = process.env.MUX_REFERENCE_SPEC ?? resolve(ROOT, "../shared/reference/mux-openapi.yaml");
export const OUT_DIR = join(ROOT, "spec/overlays");
export const SDK_RESOURCES = RESOURCES;

// ---------------------------------------------------------------------------------------
// Hand-written facts: what the SDK's types cannot say.
// Key: "<resource file without .ts, relative to resources/>#<method>".
// status: the success status; 201 for create-style POSTs, 204 for deletes, else 200.
// ---------------------------------------------------------------------------------------

const JOB_KINDS = [
  "ask-questions",
  "edit-captions",
  "find-best-thumbnails",
  "find-key-moments",
  "find-scenes",
  "generate-chapters",
  "generate-engagement-insights",
  "generate-premium-captions",
  "moderate",
  "summarize",
  "translate-audio",
  "translate-captions",
];

export const OPERATIONS = {
  "data/annotations#list": { operationId: "list-annotations", tag: "Annotations" },
  "data/annotations#retrieve": { operationId: "get-annotation", tag: "Annotations" },
  "data/annotations#create": { operationId: "create-annotation", tag: "Annotations", status: 201 },
  "data/annotations#update": { operationId: "update-annotation", tag: "Annotations" },
  "data/annotations#delete": { operationId: "delete-annotation", tag: "Annotations", status: 204 },
  "data/dimensions#listTraceElements": { operationId: "list-dimension-trace-elements", tag: "Dimensions" },
  "data/engagement/assets#heatmap": { operationId: "get-asset-engagement-heatmap", tag: "Engagement" },
  "data/engagement/assets#hotspots": { operationId: "get-asset-engagement-hotspots", tag: "Engagement" },
  "data/engagement/playback-ids#heatmap": { operationId: "get-playback-id-engagement-heatmap", tag: "Engagement" },
  "data/engagement/playback-ids#hotspots": { operationId: "get-playback-id-engagement-hotspots", tag: "Engagement" },
  "data/engagement/videos#heatmap": { operationId: "get-video-engagement-heatmap", tag: "Engagement" },
  "data/engagement/videos#hotspots": { operationId: "get-video-engagement-hotspots", tag: "Engagement" },
  "data/subview-metrics#getOverallValues": { operationId: "get-subview-overall-values", tag: "Subview Metrics" },
  "data/subview-metrics#listBreakdownValues": { operationId: "list-subview-breakdown-values", tag: "Subview Metrics" },
  "data/subview-metrics#listComparisonValues": {
    operationId: "list-subview-comparison-values",
    tag: "Subview Metrics",
  },
  "data/subview-metrics#getBreakdownTimeseries": {
    operationId: "get-subview-breakdown-timeseries",
    tag: "Subview Metrics",
  },
  "data/subview-metrics#listDimensions": { operationId: "list-subview-dimensions", tag: "Subview Metrics" },
  "data/subview-metrics#listDimensionValues": { operationId: "list-subview-dimension-values", tag: "Subview Metrics" },
  "robots/directives/directives#create": {
    operationId: "create-robots-directive",
    tag: "Robots Directives",
    status: 201,
  },
  "robots/directives/directives#list": { operationId: "list-robots-directives", tag: "Robots Directives" },
  "robots/directives/directives#retrieve": { operationId: "get-robots-directive", tag: "Robots Directives" },
  "robots/directives/directives#delete": {
    operationId: "delete-robots-directive",
    tag: "Robots Directives",
    status: 204,
  },
  "robots/directives/runs#create": { operationId: "create-robots-directive-run", tag: "Robots Directives", status: 201 },
  "robots/directives/runs#list": { operationId: "list-robots-directive-runs", tag: "Robots Directives" },
  "robots/directives/runs#retrieve": { operationId: "get-robots-directive-run", tag: "Robots Directives" },
  ...Object.fromEntries(
    JOB_KINDS.flatMap((kind) => [
      [`robots/jobs/${kind}#create`, { operationId: `create-${kind}-job`, tag: "Robots Jobs", status: 201 }],
      [`robots/jobs/${kind}#retrieve`, { operationId: `get-${kind}-job`, tag: "Robots Jobs" }],
    ]),
  ),
  "robots/jobs/jobs#list": { operationId: "list-robots-jobs", tag: "Robots Jobs" },
  "robots/jobs/jobs#cancel": { operationId: "cancel-robots-job", tag: "Robots Jobs" },
  "system/usage-exports#list": { operationId: "list-usage-exports", tag: "Usage Exports" },
  "system/utilities#whoami": { operationId: "get-whoami", tag: "Utilities" },
  "system/webhooks#list": { operationId: "list-webhooks", tag: "Webhooks" },
  "system/webhooks#create": { operationId: "create-webhook", tag: "Webhooks", status: 201 },
  "system/webhooks#retrieve": { operationId: "get-webhook", tag: "Webhooks" },
  "system/webhooks#update": { operationId: "update-webhook", tag: "Webhooks" },
  "system/webhooks#delete": { operationId: "delete-webhook", tag: "Webhooks", status: 204 },
  "video/assets#updateTrack": { operationId: "update-asset-track", tag: "Assets" },
  "video/assets#generateSubtitles": { operationId: "generate-asset-track-subtitles", tag: "Assets", status: 201 },
  "video/assets#createStaticRendition": { operationId: "create-asset-static-rendition", tag: "Assets", status: 201 },
  "video/assets#deleteStaticRendition": { operationId: "delete-asset-static-rendition", tag: "Assets", status: 204 },
  "video/assets#retrieveShots": { operationId: "get-asset-shots", tag: "Assets" },
  "video/assets#generateShots": { operationId: "generate-asset-shots", tag: "Assets", status: 201 },
  "video/assets#deleteShots": { operationId: "delete-asset-shots", tag: "Assets", status: 204 },
  "video/assets#deleteThumbnailTime": { operationId: "delete-asset-thumbnail-time", tag: "Assets", status: 204 },
  "video/drm-configurations#list": { operationId: "list-drm-configurations", tag: "DRM Configurations" },
  "video/drm-configurations#retrieve": { operationId: "get-drm-configuration", tag: "DRM Configurations" },
  "video/live-streams#updateNewAssetSettingsStaticRenditions": {
    operationId: "update-live-stream-new-asset-settings-static-renditions",
    tag: "Live Streams",
  },
  "video/live-streams#deleteNewAssetSettingsStaticRenditions": {
    operationId: "delete-live-stream-new-asset-settings-static-renditions",
    tag: "Live Streams",
    status: 204,
  },
  "video/playback-restrictions#updateUserAgent": {
    operationId: "update-user-agent-restriction",
    tag: "Playback Restrictions",
  },
  "video/playback#thumbnail": { operationId: "get-playback-thumbnail", tag: "Playback", media: ["image/*"] },
  "video/playback#animated": { operationId: "get-playback-animated", tag: "Playback", media: ["image/*"] },
  "video/playback#storyboard": { operationId: "get-playback-storyboard", tag: "Playback", media: ["image/*"] },
  "video/playback#storyboardVtt": { operationId: "get-playback-storyboard-vtt", tag: "Playback" },
  "video/playback#storyboardMeta": { operationId: "get-playback-storyboard-meta", tag: "Playback" },
  "video/playback#hls": {
    operationId: "get-playback-hls",
    tag: "Playback",
    media: ["application/vnd.apple.mpegurl"],
  },
  "video/playback#staticRendition": {
    operationId: "get-playback-static-rendition",
    tag: "Playback",
    media: ["video/mp4", "audio/mp4"],
  },
  "video/playback#track": { operationId: "get-playback-track", tag: "Playback" },
  "video/playback#transcript": { operationId: "get-playback-transcript", tag: "Playback" },
};

/**
 * Component names for SDK types, where the SDK's own name would not do. Keyed by
 * "<resource file>:<type name>".
 */
const RENAMES = {
  // spec/mux.openapi.yaml and the packages built from it call the whoami payload `Whoami`.
  "system/utilities:UtilityWhoamiResponse": "Whoami",
  // Two SDK modules export a `Directive`; the Robots one keeps the name.
  "video/assets:Directive": "AssetDirective",
};

function componentName(decl) {
  const file = relative(RESOURCES, decl.getSourceFile().fileName).replace(/\.ts$/, "");
  return RENAMES[`${file}:${decl.name.text}`] ?? decl.name.text;
}

/**
 * Names for new shared path parameters under components.parameters, keyed by the
 * UPPER_SNAKE name and, for enumerated ones, the values. Path parameters the reference
 * already declares identically (ASSET_ID, TRACK_ID, ...) are reused by $ref instead.
 */
const PATH_PARAMETER_NAMES = {
  "METRIC_ID:playing_time": "subview_metric_id",
  "SUBVIEW_TYPE:rendition,playback_mode": "subview_type",
  DIMENSION_NAME: "subview_dimension_name",
  "EXTENSION:jpg,png,webp": "image_extension",
  "EXTENSION:gif,webp": "animated_extension",
  "FILENAME:capped-1080p.mp4,audio.m4a,low.mp4,medium.mp4,high.mp4": "static_rendition_filename",
};

/** Query parameters that count things: integers, although the SDK types them `number`. */
const INTEGER_QUERY = new Set(["page", "limit"]);

const STATUS_TEXT = { 200: "OK", 201: "Created", 204: "No content" };

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------


function fail(message, node) {
  if (node) {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    message += ` (${relative(ROOT, file.fileName)}:${line + 1}: ${node.getText().slice(0, 120)})`;
  }
  throw new Error(message);
}

/** `annotationID` -> `ANNOTATION_ID`, `liveStreamId` -> `LIVE_STREAM_ID`. */
export function upperSnake(name) {
  return name
    .replace(/I[dD]$/, "Id")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase();
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const isNullLiteral = (node) => ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword;
const isUndefined = (node) => node.kind === ts.SyntaxKind.UndefinedKeyword;

function unwrapParens(node) {
  let current = node;
  while (ts.isParenthesizedTypeNode(current)) current = current.type;
  return current;
}

function flattenUnion(node) {
  const n = unwrapParens(node);
  return ts.isUnionTypeNode(n) ? n.types.flatMap(flattenUnion) : [n];
}

function literalValue(node) {
  const n = unwrapParens(node);
  if (!ts.isLiteralTypeNode(n)) return undefined;
  const lit = n.literal;
  if (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) return { value: lit.text };
  if (ts.isNumericLiteral(lit)) return { value: Number(lit.text) };
  if (ts.isPrefixUnaryExpression(lit) && lit.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(lit.operand)) {
    return { value: -Number(lit.operand.text) };
  }
  if (lit.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (lit.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  return undefined;
}

function jsonType(value) {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  return Number.isInteger(value) ? "integer" : "number";
}

function propertyName(member) {
  const name = member.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return fail("Unsupported property name", member);
}

// ---------------------------------------------------------------------------------------
// TypeScript types -> JSON Schema (OpenAPI 3.1)
// ---------------------------------------------------------------------------------------

export class SchemaConverter {
  constructor(program, referenceSchemaNames) {
    this.checker = program.getTypeChecker();
    this.referenceNames = new Map([...referenceSchemaNames].map((name) => [name.toLowerCase(), name]));
    /** component name -> declaration, for SDK top-level types we emit. */
    this.components = new Map();
    /** component name -> schema, with `{ $nested }` placeholders until `materialize`. */
    this.componentSchemas = new Map();
    /** nested (namespace-scoped) types: key -> { decl, schema } */
    this.nested = new Map();
    /** SDK names resolved to reference schemas: sdk name -> reference name */
    this.reused = new Map();
  }

  /** The declaration (interface or type alias) a type reference points at. */
  declarationOf(typeName) {
    let symbol = this.checker.getSymbolAtLocation(typeName);
    if (!symbol) return fail("Cannot resolve type", typeName);
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const decl = (symbol.declarations ?? []).find(
      (d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d),
    );
    return decl ?? null;
  }

  isSdkDeclaration(decl) {
    return decl.getSourceFile().fileName.startsWith(SDK_SRC);
  }

  /** `WebhookAsset.Progress` for a type declared in `namespace WebhookAsset`, else the plain name. */
  qualifiedName(decl) {
    const parts = [decl.name.text];
    let node = decl.parent;
    while (node && !ts.isSourceFile(node)) {
      if (ts.isModuleDeclaration(node)) parts.unshift(node.name.text);
      node = node.parent;
    }
    return parts;
  }

  /** A $ref (or nested placeholder) for an SDK declaration. */
  refFor(decl) {
    const parts = this.qualifiedName(decl);
    if (parts.length > 1) {
      const key = parts.join(".");
      if (!this.nested.has(key)) {
        const entry = { decl, key, schema: null };
        this.nested.set(key, entry);
        entry.schema = this.declarationSchema(decl);
      }
      return { $nested: key };
    }
    const sdkName = parts[0];
    const name = componentName(decl);
    const referenceName = this.referenceNames.get(name.toLowerCase());
    if (referenceName) {
      this.reused.set(sdkName, referenceName);
      return { $ref: `#/components/schemas/${referenceName}` };
    }
    const known = this.components.get(name);
    if (known && known !== decl) fail(`Two SDK types are named ${name}`, decl);
    if (!known) {
      this.components.set(name, decl);
      this.componentSchemas.set(name, null);
      this.componentSchemas.set(name, this.declarationSchema(decl));
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  /** Forces a top-level SDK type to be a component even where nothing refers to it. */
  component(decl) {
    return this.refFor(decl);
  }

  declarationSchema(decl) {
    if (ts.isTypeAliasDeclaration(decl)) return this.schema(decl.type);
    if (ts.isInterfaceDeclaration(decl)) return this.objectSchema(this.interfaceMembers(decl));
    return fail("Unsupported declaration", decl);
  }

  /** Members of an interface, with the members of what it extends (flattened), own ones last. */
  interfaceMembers(decl) {
    const members = new Map();
    for (const clause of decl.heritageClauses ?? []) {
      for (const base of clause.types) {
        for (const [name, member] of this.heritageMembers(base)) members.set(name, member);
      }
    }
    for (const member of decl.members) {
      if (ts.isIndexSignatureDeclaration(member)) members.set("[index]", member);
      else if (ts.isPropertySignature(member)) {
        members.delete(propertyName(member));
        members.set(propertyName(member), member);
      } else fail("Unsupported interface member", member);
    }
    return members;
  }

  heritageMembers(base) {
    const expr = base.expression;
    if (ts.isIdentifier(expr) && expr.text === "Omit") {
      const [target, keys] = base.typeArguments ?? [];
      const omitted = new Set(flattenUnion(keys).map((k) => literalValue(k)?.value));
      const decl = this.declarationOf(target.typeName);
      const members = this.interfaceMembers(decl);
      for (const key of omitted) members.delete(key);
      return members;
    }
    const decl = this.declarationOf(expr);
    if (!decl || !ts.isInterfaceDeclaration(decl)) return fail("Unsupported heritage", base);
    return this.interfaceMembers(decl);
  }

  objectSchema(members) {
    const schema = { type: "object" };
    const required = [];
    const properties = {};
    for (const [name, member] of members) {
      if (ts.isIndexSignatureDeclaration(member)) {
        schema.additionalProperties = this.indexValueSchema(member.type);
        continue;
      }
      if (!member.type) fail("Property without a type", member);
      const optional = Boolean(member.questionToken);
      const types = flattenUnion(member.type);
      const withoutUndefined = types.filter((t) => !isUndefined(t));
      if (!optional && withoutUndefined.length === types.length) required.push(name);
      properties[name] = this.schema(member.type);
    }
    if (required.length) schema.required = required;
    if (Object.keys(properties).length || !schema.additionalProperties) schema.properties = properties;
    return schema;
  }

  indexValueSchema(typeNode) {
    const s = this.schema(typeNode);
    return Object.keys(s).length === 0 ? true : s;
  }

  schema(node) {
    const n = unwrapParens(node);
    switch (n.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: "string" };
      case ts.SyntaxKind.NumberKeyword:
        return { type: "number" };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: "boolean" };
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.AnyKeyword:
        return {};
      case ts.SyntaxKind.NullKeyword:
        return { type: "null" };
      default:
        break;
    }
    if (isNullLiteral(n)) return { type: "null" };
    const literal = literalValue(n);
    if (literal) return { type: jsonType(literal.value), const: literal.value };
    if (ts.isUnionTypeNode(n)) return this.unionSchema(n);
    if (ts.isArrayTypeNode(n)) return { type: "array", items: this.schema(n.elementType) };
    if (ts.isTypeLiteralNode(n)) {
      const members = new Map();
      for (const m of n.members) {
        if (ts.isIndexSignatureDeclaration(m)) members.set("[index]", m);
        else if (ts.isPropertySignature(m)) members.set(propertyName(m), m);
        else fail("Unsupported type literal member", m);
      }
      return this.objectSchema(members);
    }
    if (ts.isIntersectionTypeNode(n)) return { allOf: n.types.map((t) => this.schema(t)) };
    if (ts.isTypeReferenceNode(n)) return this.referenceSchema(n);
    return fail(`Unsupported type node ${ts.SyntaxKind[n.kind]}`, n);
  }

  referenceSchema(n) {
    const name = ts.isIdentifier(n.typeName) ? n.typeName.text : null;
    const args = n.typeArguments ?? [];
    if ((name === "Array" || name === "ReadonlyArray") && args.length === 1) {
      return { type: "array", items: this.schema(args[0]) };
    }
    if (name === "Record" && args.length === 2) {
      return { type: "object", additionalProperties: this.indexValueSchema(args[1]) };
    }
    const decl = this.declarationOf(n.typeName);
    if (!decl || !this.isSdkDeclaration(decl)) return fail("Reference to a type outside the SDK", n);
    if (args.length) return fail("Unsupported generic SDK type", n);
    return this.refFor(decl);
  }

  unionSchema(n) {
    const members = flattenUnion(n).filter((t) => !isUndefined(t));
    const nullable = members.some((t) => isNullLiteral(t) || t.kind === ts.SyntaxKind.NullKeyword);
    const rest = members.filter((t) => !(isNullLiteral(t) || t.kind === ts.SyntaxKind.NullKeyword));
    if (rest.length === 0) return { type: "null" };
    const literals = rest.map(literalValue);
    if (literals.every(Boolean)) {
      const values = literals.map((l) => l.value);
      let types = [...new Set(values.map(jsonType))];
      if (types.includes("number") && types.includes("integer")) types = types.filter((t) => t !== "integer");
      if (types.length === 1 && types[0] === "boolean" && values.length === 2 && values[0] !== values[1]) {
        return { type: nullable ? ["boolean", "null"] : "boolean" };
      }
      const type = nullable ? [...types, "null"] : types.length === 1 ? types[0] : types;
      if (values.length === 1 && !nullable) return { type, const: values[0] };
      return { type, enum: nullable ? [...values, null] : values };
    }
    const keywordTypes = {
      [ts.SyntaxKind.StringKeyword]: "string",
      [ts.SyntaxKind.NumberKeyword]: "number",
      [ts.SyntaxKind.BooleanKeyword]: "boolean",
    };
    if (rest.every((t) => keywordTypes[t.kind])) {
      const types = rest.map((t) => keywordTypes[t.kind]);
      if (nullable) types.push("null");
      return { type: types.length === 1 ? types[0] : types };
    }
    const schemas = rest.map((t) => this.schema(t));
    if (schemas.length === 1) {
      const only = schemas[0];
      if (!nullable) return only;
      if (typeof only.type === "string" && !only.$ref && !only.$nested && !only.const && !only.enum) {
        return { ...only, type: [only.type, "null"] };
      }
      return { anyOf: [only, { type: "null" }] };
    }
    return { anyOf: nullable ? [...schemas, { type: "null" }] : schemas };
  }

  /**
   * Replaces nested placeholders: a namespace-scoped type used by one component is
   * inlined there; one used by several becomes a component named by its qualified path
   * (`BaseWebhookEvent.Attempt` -> `BaseWebhookEventAttempt`).
   * `roots` maps component name -> schema; returns the materialized map, hoisted ones added.
   */
  materialize(roots) {
    const hoisted = new Set();
    const users = () => {
      const count = new Map();
      const visit = (schema, root, seen) => {
        if (Array.isArray(schema)) {
          for (const s of schema) visit(s, root, seen);
          return;
        }
        if (!schema || typeof schema !== "object") return;
        if (schema.$nested) {
          const key = schema.$nested;
          if (!count.has(key)) count.set(key, new Set());
          count.get(key).add(root);
          if (hoisted.has(key) || seen.has(key)) return;
          seen.add(key);
          visit(this.nested.get(key).schema, root, seen);
          seen.delete(key);
          return;
        }
        for (const v of Object.values(schema)) visit(v, root, seen);
      };
      for (const [name, schema] of roots) visit(schema, name, new Set());
      for (const key of hoisted) visit(this.nested.get(key).schema, `#${key}`, new Set([key]));
      return count;
    };
    for (;;) {
      const count = users();
      const more = [...count].filter(([key, set]) => set.size > 1 && !hoisted.has(key)).map(([key]) => key);
      if (more.length === 0) break;
      for (const key of more) hoisted.add(key);
    }
    const nameOf = (key) => key.split(".").join("");
    const expand = (schema, stack) => {
      if (Array.isArray(schema)) return schema.map((s) => expand(s, stack));
      if (!schema || typeof schema !== "object") return schema;
      if (schema.$nested) {
        const key = schema.$nested;
        if (hoisted.has(key)) return { $ref: `#/components/schemas/${nameOf(key)}` };
        if (stack.includes(key)) throw new Error(`Recursive nested type ${key}; hoist it`);
        return expand(this.nested.get(key).schema, [...stack, key]);
      }
      return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, expand(v, stack)]));
    };
    const out = new Map();
    for (const [name, schema] of roots) out.set(name, expand(schema, []));
    for (const key of hoisted) {
      const name = nameOf(key);
      if (out.has(name) || this.components.has(name) || this.referenceNames.has(name.toLowerCase())) {
        throw new Error(`Hoisted nested type ${key} would clash with ${name}`);
      }
      out.set(name, expand(this.nested.get(key).schema, [key]));
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// SDK methods -> operations
// ---------------------------------------------------------------------------------------

const HTTP_VERBS = new Set(["get", "post", "put", "patch", "delete"]);

function findCall(body) {
  let found = null;
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isPropertyAccessExpression(node.expression.expression) &&
      node.expression.expression.name.text === "_client" &&
      (HTTP_VERBS.has(node.expression.name.text) || node.expression.name.text === "getAPIList")
    ) {
      if (found) fail("Two client calls in one method", node);
      found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

function findUnwrapType(body) {
  let type = null;
  let unwraps = false;
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === "_thenUnwrap") unwraps = true;
    if (
      ts.isAsExpression(node) &&
      ts.isTypeReferenceNode(node.type) &&
      node.type.typeName.getText() === "APIPromise" &&
      node.type.typeArguments?.length === 1 &&
      ts.isTypeLiteralNode(node.type.typeArguments[0])
    ) {
      const member = node.type.typeArguments[0].members.find((m) => m.name && propertyName(m) === "data");
      type = member?.type ?? null;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return unwraps ? type : null;
}

function objectLiteralProps(node) {
  const props = new Map();
  if (!node || !ts.isObjectLiteralExpression(node)) return props;
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p)) props.set(p.name.getText(), p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, p.name);
  }
  return props;
}

function acceptHeader(options) {
  const headers = objectLiteralProps(options).get("headers");
  if (!headers) return null;
  let accept = null;
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === "Accept" && ts.isStringLiteral(node.initializer)) {
      accept = node.initializer.text;
    }
    ts.forEachChild(node, visit);
  };
  visit(headers);
  return accept;
}

/** Reads one SDK method: HTTP method, path template, arguments, response shape. */
function readMethod(method, file) {
  const call = findCall(method.body);
  if (!call) return null;
  const verb = call.expression.name.text;
  const [pathArg, second, third] = call.arguments;
  const options = verb === "getAPIList" ? third : second;
  const props = objectLiteralProps(options);
  const args = method.parameters.map((p) => ({ name: p.name.getText(), node: p }));

  let path;
  const pathParams = [];
  if (ts.isStringLiteral(pathArg) || ts.isNoSubstitutionTemplateLiteral(pathArg)) path = pathArg.text;
  else if (ts.isTaggedTemplateExpression(pathArg) && pathArg.tag.getText() === "path") {
    const tpl = pathArg.template;
    if (ts.isNoSubstitutionTemplateLiteral(tpl)) path = tpl.text;
    else {
      path = tpl.head.text;
      for (const span of tpl.templateSpans) {
        const argName = span.expression.getText();
        const arg = args.find((a) => a.name === argName);
        if (!arg) fail("Path placeholder is not a method argument", span);
        const upper = upperSnake(argName);
        pathParams.push({ argName, upper, node: arg.node });
        path += `{${upper}}${span.literal.text}`;
      }
    }
  } else return fail("Unsupported path argument", pathArg);

  // Path parameters must come in the order of the method's positional arguments.
  const positional = args.filter((a) => pathParams.some((p) => p.argName === a.name)).map((a) => a.name);
  if (positional.join() !== pathParams.map((p) => p.argName).join()) fail("Path order differs from arguments", method);

  const queryArg = method.parameters.find((p) => p.name.getText() === "query");
  const bodyArg = method.parameters.find((p) => p.name.getText() === "body");
  const baseURL = props.get("defaultBaseURL");

  let page = null;
  if (verb === "getAPIList") {
    const pageExpr = second;
    if (!ts.isExpressionWithTypeArguments(pageExpr) && !ts.isInstantiationExpression?.(pageExpr)) {
      fail("Unsupported page class expression", pageExpr);
    }
    page = { kind: pageExpr.expression.getText(), item: pageExpr.typeArguments[0] };
  }

  const returnType = method.type; // APIPromise<T> or PagePromise<P, T>
  const returned = returnType?.typeArguments?.[returnType.typeArguments.length - 1] ?? null;

  return {
    file,
    name: method.name.getText(),
    httpMethod: verb === "getAPIList" ? "get" : verb,
    path,
    pathParams,
    query: queryArg ?? null,
    body: bodyArg ?? null,
    page,
    unwrapped: findUnwrapType(method.body),
    returned,
    binary: props.has("__binaryResponse"),
    accept: acceptHeader(options),
    baseURL: baseURL && ts.isStringLiteral(baseURL) ? baseURL.text : null,
    node: method,
  };
}

export function readSdkMethods(program) {
  const methods = [];
  for (const fileName of walkFiles(RESOURCES)) {
    const source = program.getSourceFile(fileName);
    const file = relative(RESOURCES, fileName).replace(/\.ts$/, "");
    for (const stmt of source.statements) {
      if (!ts.isClassDeclaration(stmt)) continue;
      for (const member of stmt.members) {
        if (!ts.isMethodDeclaration(member) || !member.body) continue;
        const m = readMethod(member, file);
        if (m) methods.push(m);
      }
    }
  }
  return methods;
}


// ---------------------------------------------------------------------------------------
// Building the overlays
// ---------------------------------------------------------------------------------------

export const normalizePath = (path) => path.replace(/\{[^}]+\}/g, "{x}");

export function referenceOperationKeys(reference) {
  const keys = new Set();
  for (const [path, item] of Object.entries(reference.paths ?? {})) {
    for (const method of Object.keys(item)) {
      if (HTTP_VERBS.has(method)) keys.add(`${method.toUpperCase()} ${normalizePath(path)}`);
    }
  }
  return keys;
}

function declOfTypeNode(converter, node) {
  const n = unwrapParens(node);
  if (!ts.isTypeReferenceNode(n)) return null;
  return converter.declarationOf(n.typeName);
}

/** The non-null, non-undefined part of `X | null | undefined`. */
function stripNullish(node) {
  const members = flattenUnion(node).filter((t) => !isUndefined(t) && !isNullLiteral(t));
  if (members.length !== 1) fail("Expected one type besides null/undefined", node);
  return members[0];
}

/** An exported interface of the method's module whose only member is `data: T`. */
function namedEnvelope(converter, method, typeNode, { list }) {
  const target = declOfTypeNode(converter, typeNode);
  if (!target) return null;
  const source = method.node.getSourceFile();
  const matches = [];
  for (const stmt of source.statements) {
    if (!ts.isInterfaceDeclaration(stmt) || stmt.heritageClauses) continue;
    const data = stmt.members.find((m) => ts.isPropertySignature(m) && propertyName(m) === "data");
    if (!data || data.questionToken || !data.type) continue;
    if (!list && stmt.members.length !== 1) continue;
    let inner = unwrapParens(data.type);
    if (list) {
      if (ts.isArrayTypeNode(inner)) inner = inner.elementType;
      else if (ts.isTypeReferenceNode(inner) && inner.typeName.getText() === "Array") inner = inner.typeArguments[0];
      else continue;
    }
    if (declOfTypeNode(converter, inner) === target) matches.push(stmt);
  }
  if (matches.length > 1) fail(`Several envelopes fit ${method.file}#${method.name}`, method.node);
  return matches[0] ?? null;
}

function pathParameter(converter, reference, newParams, p) {
  const typeNode = p.node.type;
  const schema = converter.schema(typeNode);
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : null);
  const finalSchema = values ? { type: "string", enum: values } : schema;
  // Reuse a reference parameter that says the same.
  for (const [key, param] of Object.entries(reference.components?.parameters ?? {})) {
    if (param.in === "path" && param.name === p.upper && JSON.stringify(param.schema) === JSON.stringify(finalSchema)) {
      return { $ref: `#/components/parameters/${key}` };
    }
  }
  const key =
    PATH_PARAMETER_NAMES[values ? `${p.upper}:${values.join(",")}` : p.upper] ?? p.upper.toLowerCase();
  if (reference.components?.parameters?.[key]) fail(`Parameter name ${key} is taken in the reference`, p.node);
  const param = { name: p.upper, in: "path", required: true, schema: finalSchema };
  const known = newParams.get(key);
  if (known && JSON.stringify(known) !== JSON.stringify(param)) fail(`Two path parameters want the name ${key}`, p.node);
  newParams.set(key, param);
  return { $ref: `#/components/parameters/${key}` };
}

function queryParameters(converter, method) {
  if (!method.query) return [];
  const typeNode = stripNullish(method.query.type);
  const decl = declOfTypeNode(converter, typeNode);
  if (!decl || !ts.isInterfaceDeclaration(decl)) fail("Query type is not an interface", method.query);
  const params = [];
  for (const [name, member] of converter.interfaceMembers(decl)) params.push(queryParameter(converter, name, member));
  return params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// ---------------------------------------------------------------------------------------
// Operations both have: what the SDK's methods accept and the reference's operations lack
// ---------------------------------------------------------------------------------------

const isNullType = (node) => isNullLiteral(node) || node.kind === ts.SyntaxKind.NullKeyword;

/** Whether an SDK member must be given: no `?` and no `undefined` in its type. */
function isRequiredMember(member) {
  return !member.questionToken && !flattenUnion(member.type).some(isUndefined);
}

/**
 * What an SDK type node is, as far as comparing it with a schema goes: an object (with its
 * members), an array (with its item type), a set of literal values, or something else.
 * `null` and `undefined` are left out: they add no names and no values a schema could lack.
 */
function sdkShape(converter, node) {
  const n = unwrapParens(node);
  if (ts.isUnionTypeNode(n)) {
    const rest = flattenUnion(n).filter((t) => !isUndefined(t) && !isNullType(t));
    if (rest.length === 1) return sdkShape(converter, rest[0]);
    const literals = rest.map(literalValue);
    if (rest.length && literals.every(Boolean)) return { kind: "enum", values: literals.map((l) => l.value) };
    return { kind: "other" };
  }
  const literal = literalValue(n);
  if (literal) return { kind: "enum", values: [literal.value] };
  if (ts.isArrayTypeNode(n)) return { kind: "array", items: n.elementType };
  if (ts.isTypeLiteralNode(n)) {
    const members = new Map();
    for (const m of n.members) if (ts.isPropertySignature(m)) members.set(propertyName(m), m);
    return { kind: "object", members, id: n };
  }
  if (ts.isTypeReferenceNode(n)) {
    const name = ts.isIdentifier(n.typeName) ? n.typeName.text : null;
    const args = n.typeArguments ?? [];
    if ((name === "Array" || name === "ReadonlyArray") && args.length === 1) return { kind: "array", items: args[0] };
    const decl = converter.declarationOf(n.typeName);
    if (decl && converter.isSdkDeclaration(decl) && !args.length) {
      if (ts.isInterfaceDeclaration(decl)) {
        const members = new Map([...converter.interfaceMembers(decl)].filter(([, m]) => ts.isPropertySignature(m)));
        return { kind: "object", members, id: decl };
      }
      if (ts.isTypeAliasDeclaration(decl)) return sdkShape(converter, decl.type);
    }
  }
  return { kind: "other" };
}

/** A target as a list of keys, to compare with the places `schemaReferrers` finds. */
const targetKey = (target) => JSON.stringify(parseTarget(target).map((seg) => (typeof seg === "string" ? seg : seg.key)));

/** For each component schema, where (as target keys) the document refers to it. */
function schemaReferrers(doc) {
  const out = new Map();
  const visit = (node, keys) => {
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) visit(n, [...keys, String(i)]);
      return;
    }
    if (!node || typeof node !== "object") return;
    const m = typeof node.$ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref) : null;
    if (m) {
      if (!out.has(m[1])) out.set(m[1], new Set());
      out.get(m[1]).add(JSON.stringify(keys));
    }
    for (const [k, v] of Object.entries(node)) visit(v, [...keys, k]);
  };
  visit(doc, []);
  return out;
}

/** Overlay target of a component schema or parameter. */
const componentTarget = (kind, name) => `$.components.${kind}['${name}']`;

/**
 * Follows a schema's `$ref` (also one wrapped as `oneOf`/`anyOf` with `null`, or as the only
 * `allOf`) to the schema itself; `at` is the overlay target of where it sits, null where an
 * overlay cannot point (inside a list).
 */
function resolveSchema(doc, schema, at, followed) {
  const seen = new Set();
  for (;;) {
    if (!schema || typeof schema !== "object") return { schema: null, at };
    if (typeof schema.$ref === "string") {
      const m = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
      if (!m || seen.has(m[1])) return { schema: null, at };
      seen.add(m[1]);
      if (at && followed) followed.add(targetKey(at));
      at = componentTarget("schemas", m[1]);
      schema = doc.components?.schemas?.[m[1]];
      continue;
    }
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(alternatives)) {
      const rest = alternatives.filter((s) => s?.type !== "null");
      if (rest.length === 1 && rest[0].$ref) {
        schema = rest[0];
        continue;
      }
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && schema.allOf[0].$ref) {
      schema = schema.allOf[0];
      continue;
    }
    return { schema, at };
  }
}

/**
 * Walks an SDK type and a schema of the reference side by side and collects what the schema
 * lacks: properties (by the overlay target of the object schema), enum values (by the target of
 * the enumerated schema), and the SDK's required names for object schemas that have no `required`.
 */
class InputGaps {
  constructor(converter, doc) {
    this.converter = converter;
    this.doc = doc;
    /** target -> { schema, properties: Map(name -> [{ member, origin, depth }]), values: [], sources: [] } */
    this.targets = new Map();
    /** What the SDK accepts that no overlay action can say, as text. */
    this.unexpressed = [];
    this.stack = new Set();
    /** The places (target keys) of the `$ref`s this walk followed. */
    this.followed = new Set();
  }

  entry(at, schema) {
    if (!this.targets.has(at)) this.targets.set(at, { schema, properties: new Map(), values: [], sources: [] });
    return this.targets.get(at);
  }

  compare(node, schema, at, origin, depth) {
    this.compareShape(sdkShape(this.converter, node), schema, at, origin, depth, node);
  }

  /** `compare` for a shape (an SDK model's declaration has no type node of its own). */
  compareShape(shape, schema, at, origin, depth, node) {
    const resolved = resolveSchema(this.doc, schema, at, this.followed);
    const s = resolved.schema;
    if (!s) return;
    at = resolved.at;
    if (shape.kind === "object") {
      if (!s.properties) return; // a free-form object (or not an object): nothing it could lack
      const key = `${at}#${shape.id.pos}:${shape.id.getSourceFile().fileName}`;
      if (this.stack.has(key)) return;
      this.stack.add(key);
      const where = at ?? `${origin} (inline)`;
      const entry = at ? this.entry(at, s) : null;
      if (entry) {
        const required = [...shape.members].filter(([, m]) => isRequiredMember(m)).map(([name]) => name);
        entry.sources.push({ origin, required: new Set(required) });
      }
      for (const [name, member] of shape.members) {
        if (Object.hasOwn(s.properties, name)) {
          this.compare(member.type, s.properties[name], at && `${at}.properties['${name}']`, origin, depth + 1);
        } else if (entry) {
          if (!entry.properties.has(name)) entry.properties.set(name, []);
          entry.properties.get(name).push({ member, origin, depth });
        } else this.unexpressed.push(`${where}: property ${name}`);
      }
      this.stack.delete(key);
    } else if (shape.kind === "array") {
      if (s.items) this.compare(shape.items, s.items, at && `${at}.items`, origin, depth + 1);
    } else if (shape.kind === "other") {
      if (s.properties || s.enum || s.items) this.unexpressed.push(`${at ?? `${origin} (inline)`}: ${node?.getText() ?? "a type"}`);
    } else if (shape.kind === "enum") {
      const have = s.enum ?? (s.const !== undefined ? [s.const] : null);
      if (!have) return; // the schema takes any value of its type
      const extra = shape.values.filter((v) => v !== null && !have.includes(v));
      if (!extra.length) return;
      if (!at || !s.enum) {
        this.unexpressed.push(`${at ?? `${origin} (inline)`}: values ${extra.join(", ")}`);
        return;
      }
      const entry = this.entry(at, s);
      for (const v of extra) if (!entry.values.includes(v)) entry.values.push(v);
    }
  }
}

/** The SDK's query parameters of one method, by name, each as it would be added. */
function queryParameter(converter, name, member) {
  if (!ts.isPropertySignature(member)) fail("Unsupported query member", member);
  let schema = converter.schema(member.type);
  if (INTEGER_QUERY.has(name) && schema.type === "number") schema = { ...schema, type: "integer" };
  const required = !member.questionToken;
  const param = { name, in: "query", required, schema };
  // The SDK sends arrays as `name[]=a&name[]=b` and objects as `name[key]=value`
  // (qs with arrayFormat "brackets", src/internal/utils/query.ts).
  if (schema.type === "array") Object.assign(param, { name: `${name}[]`, style: "form", explode: true });
  else if (schema.type === "object" || schema.$ref || schema.$nested) {
    const resolved = schema.$nested ? converter.nested.get(schema.$nested).schema : schema;
    if (resolved.type === "object" || resolved.$ref) Object.assign(param, { style: "deepObject", explode: true });
  }
  return param;
}

function successResponse(converter, method, facts) {
  const status = facts.status ?? 200;
  const description = STATUS_TEXT[status];
  if (status === 204) return { [status]: { description } };
  let content;
  if (method.page) {
    const env = namedEnvelope(converter, method, method.page.item, { list: true });
    let schema;
    if (env) schema = converter.component(env);
    else {
      schema = {
        type: "object",
        required: ["data"],
        properties: { data: { type: "array", items: converter.schema(method.page.item) } },
      };
      if (method.page.kind === "CursorPage") {
        schema.required.push("next_cursor");
        schema.properties.next_cursor = { type: "string" };
      } else if (method.page.kind === "PageWithTimeframe") {
        schema.required.push("timeframe", "page", "limit");
        schema.properties.timeframe = { type: "array", items: { type: "integer" } };
        schema.properties.page = { type: "integer" };
        schema.properties.limit = { type: "integer" };
      } else if (method.page.kind !== "BasePage") fail(`Unsupported page class ${method.page.kind}`, method.node);
    }
    content = { "application/json": { schema } };
  } else if (method.unwrapped) {
    const env = namedEnvelope(converter, method, method.unwrapped, { list: false });
    const schema = env
      ? converter.component(env)
      : { type: "object", required: ["data"], properties: { data: converter.schema(method.unwrapped) } };
    content = { "application/json": { schema } };
  } else if (method.binary) {
    if (!facts.media) fail(`Binary answer without media types: ${method.file}#${method.name}`, method.node);
    content = Object.fromEntries(facts.media.map((m) => [m, { schema: { type: "string", format: "binary" } }]));
  } else if (method.returned && method.returned.kind === ts.SyntaxKind.VoidKeyword) {
    fail(`void answer but status ${status}: ${method.file}#${method.name}`, method.node);
  } else if (method.returned && method.returned.kind === ts.SyntaxKind.StringKeyword) {
    const media = method.accept ?? "application/json";
    content = { [media]: { schema: { type: "string" } } };
  } else {
    content = { "application/json": { schema: converter.schema(method.returned) } };
  }
  return { [status]: { description, content } };
}

function buildOperation(converter, reference, newParams, method, facts) {
  const op = {
    operationId: facts.operationId,
    tags: [facts.tag],
  };
  if (!method.baseURL) fail(`No defaultBaseURL: ${method.file}#${method.name}`, method.node);
  const isApi = method.baseURL === "https://api.mux.com";
  if (!isApi) op.servers = [{ url: method.baseURL }];
  op.security = isApi ? [{ accessToken: [] }] : [];
  const parameters = [
    ...method.pathParams.map((p) => pathParameter(converter, reference, newParams, p)),
    ...queryParameters(converter, method),
  ];
  if (parameters.length) op.parameters = parameters;
  if (method.body) {
    const optional =
      Boolean(method.body.questionToken) || flattenUnion(method.body.type).some((t) => isUndefined(t) || isNullLiteral(t));
    const typeNode = stripNullish(method.body.type);
    op.requestBody = {
      required: !optional,
      content: { "application/json": { schema: converter.schema(typeNode) } },
    };
  }
  op.responses = successResponse(converter, method, facts);
  return op;
}

function findDeclaration(program, file, name) {
  const source = program.getSourceFile(join(RESOURCES, `${file}.ts`));
  const decl = source.statements.find(
    (s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name,
  );
  if (!decl) throw new Error(`No ${name} in ${file}.ts`);
  return decl;
}

/** The event types of `UnwrapWebhookEvent`, each with its interface. */
export function webhookEvents(program) {
  const union = findDeclaration(program, "webhooks/webhooks", "UnwrapWebhookEvent");
  const checker = program.getTypeChecker();
  return flattenUnion(union.type).map((member) => {
    let symbol = checker.getSymbolAtLocation(member.typeName);
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol.declarations.find(ts.isInterfaceDeclaration);
    const typeMember = decl.members.find((m) => ts.isPropertySignature(m) && propertyName(m) === "type");
    const type = literalValue(typeMember.type)?.value;
    if (typeof type !== "string") fail("Event without a literal type", decl);
    return { type, decl, name: decl.name.text };
  });
}

const PARAMS_FILE = "35-params.overlay.yaml";
const RESPONSES_FILE = "36-responses.overlay.yaml";
const REQUIRED_FILE = "38-required.overlay.yaml";
const WRITTEN_FILES = new Set([
  "20-additions.overlay.yaml",
  "30-corrections.overlay.yaml",
  PARAMS_FILE,
  RESPONSES_FILE,
  REQUIRED_FILE,
  "50-webhooks.overlay.yaml",
]);

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** A parameter of the reference side, `$ref` followed; `at` is its overlay target (null when inline). */
function resolveParameter(doc, param) {
  const m = typeof param?.$ref === "string" ? /^#\/components\/parameters\/([^/]+)$/.exec(param.$ref) : null;
  if (m) return { param: doc.components?.parameters?.[m[1]] ?? {}, at: componentTarget("parameters", m[1]) };
  return { param: param ?? {}, at: null };
}

/**
 * For every operation the reference and the SDK both have: the body properties, query
 * parameters and enum values the SDK's method accepts and the operation lacks. Compares with
 * the reference as our import sees it just before 35-params: its facts, the hand-written
 * overlays before it, and this run's additions and corrections.
 * Returns the roots to materialize and a function that turns them into overlay actions.
 */
function inputGaps(converter, reference, sdkMethods, have, corrections, additionPaths) {
  const doc = muxFacts(reference);
  const handWritten = readdirSync(OUT_DIR)
    .filter((n) => n.endsWith(".overlay.yaml") && n < PARAMS_FILE && !WRITTEN_FILES.has(n))
    .sort();
  for (const name of handWritten) applyOverlay(doc, YAML.parse(readFileSync(join(OUT_DIR, name), "utf8")), name);
  const correctionRoots = corrections.map((c) => [`#correction:${c.refName}`, c.properties]);
  const sofar = converter.materialize(new Map([...converter.componentSchemas, ...correctionRoots, ...additionPaths]));
  doc.components.schemas ??= {};
  for (const [name, schema] of sofar) {
    if (!name.startsWith("#") && !Object.hasOwn(doc.components.schemas, name)) doc.components.schemas[name] = schema;
  }
  for (const [root] of additionPaths) {
    const path = root.slice("#path:".length);
    doc.paths[path] = { ...doc.paths[path], ...sofar.get(root) };
  }
  for (const c of corrections) Object.assign(doc.components.schemas[c.refName].properties, sofar.get(`#correction:${c.refName}`));

  const gaps = new InputGaps(converter, doc);
  const queryAdds = new Map();
  const key = (m) => `${m.httpMethod.toUpperCase()} ${normalizePath(m.path)}`;
  const shared = sdkMethods
    .filter((m) => have.has(key(m)))
    .sort((a, b) => byText(key(a), key(b)) || byText(`${a.file}#${a.name}`, `${b.file}#${b.name}`));
  const counts = { operations: shared.length, bodies: 0, queries: 0 };
  for (const method of shared) {
    const path = Object.keys(doc.paths).find((p) => normalizePath(p) === normalizePath(method.path));
    const op = doc.paths[path][method.httpMethod];
    const origin = `${method.httpMethod.toUpperCase()} ${path}`;
    const opTarget = `$.paths['${path}'].${method.httpMethod}`;
    const declared = [...(doc.paths[path].parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveParameter(doc, p));
    // Path values: the placeholders of the reference's template, in the order of the SDK's arguments.
    const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [i, p] of method.pathParams.entries()) {
      const found = declared.find(({ param }) => param.in === "path" && param.name === placeholders[i]);
      if (found && p.node.type) gaps.compare(p.node.type, found.param.schema, found.at && `${found.at}.schema`, origin, 1);
    }
    if (method.body) {
      counts.bodies++;
      const schema = op.requestBody?.content?.["application/json"]?.schema;
      if (!schema) gaps.unexpressed.push(`${origin}: the SDK sends a body, the reference has no JSON request body`);
      else gaps.compare(stripNullish(method.body.type), schema, `${opTarget}.requestBody.content['application/json'].schema`, origin, 0);
    }
    if (method.query) {
      counts.queries++;
      const decl = declOfTypeNode(converter, stripNullish(method.query.type));
      if (!decl || !ts.isInterfaceDeclaration(decl)) fail("Query type is not an interface", method.query);
      for (const [name, member] of converter.interfaceMembers(decl)) {
        if (!ts.isPropertySignature(member)) fail("Unsupported query member", member);
        const found = declared.find(({ param }) => param.in === "query" && (param.name === name || param.name === `${name}[]`));
        if (found) gaps.compare(member.type, found.param.schema, found.at && `${found.at}.schema`, origin, 1);
        else {
          if (!queryAdds.has(opTarget)) queryAdds.set(opTarget, []);
          queryAdds.get(opTarget).push(queryParameter(converter, name, member));
        }
      }
    }
  }

  const roots = new Map();
  const plans = [];
  const referrers = schemaReferrers(doc);
  const stats = {
    properties: 0,
    required: 0,
    optional: [],
    enumValues: 0,
    queryParameters: 0,
    alternatives: [],
    unexpressed: gaps.unexpressed,
  };
  for (const [at, entry] of [...gaps.targets].sort(([a], [b]) => byText(a, b))) {
    const plan = { target: at, values: entry.values, required: [] };
    if (entry.properties.size) {
      const props = [];
      for (const [name, candidates] of [...entry.properties].sort(([a], [b]) => byText(a, b))) {
        // The operation's own body type first, then the shallowest, then by operation.
        candidates.sort((a, b) => a.depth - b.depth || byText(a.origin, b.origin));
        const texts = [...new Set(candidates.map((c) => c.member.type.getText()))];
        if (texts.length > 1) stats.alternatives.push(`${at} ${name}: ${texts.join(" | ")}`);
        props.push([name, converter.schema(candidates[0].member.type)]);
      }
      plan.properties = `#params:${at}`;
      roots.set(plan.properties, Object.fromEntries(props));
      stats.properties += props.length;
    }
    // Required-ness, conservatively: only for a schema every use of which this walk reached
    // from an SDK method's input (so never for one a response shares), and only what every
    // SDK type reaching it agrees on.
    const component = /^\$\.components\.schemas\['([^']+)'\]/.exec(at)?.[1];
    const onlyInput =
      !component || [...(referrers.get(component) ?? [])].every((place) => gaps.followed.has(place));
    if (entry.sources.length && onlyInput) {
      const [first, ...rest] = entry.sources.map((s) => s.required);
      const sdkRequired = [...first].filter((n) => rest.every((r) => r.has(n)));
      if (!entry.schema.required) plan.required = sdkRequired;
      else {
        // What the reference requires and no SDK type does: the list without those.
        const kept = entry.schema.required.filter((n) => !entry.sources.some((s) => !s.required.has(n)));
        if (kept.length < entry.schema.required.length) {
          plan.relaxed = kept;
          stats.optional.push(`${at}: ${entry.schema.required.filter((n) => !kept.includes(n)).join(", ")}`);
        }
      }
    }
    stats.required += plan.required.length;
    stats.enumValues += plan.values.length;
    plans.push(plan);
  }
  for (const [target, list] of [...queryAdds].sort(([a], [b]) => byText(a, b))) {
    list.sort((a, b) => byText(a.name, b.name));
    roots.set(`#params-query:${target}`, list);
    plans.push({ target, parameters: `#params-query:${target}`, values: [], required: [] });
    stats.queryParameters += list.length;
  }
  plans.sort((a, b) => byText(a.target, b.target));

  const actions = (materialized) =>
    plans.flatMap((plan) => {
      const update = {};
      const before = [];
      if (plan.relaxed) {
        // Overlay updates append to lists; a shorter `required` needs the old one removed first.
        before.push({ target: `${plan.target}.required`, remove: true });
        if (plan.relaxed.length) update.required = plan.relaxed;
      }
      if (plan.required.length) update.required = plan.required;
      if (plan.properties) update.properties = materialized.get(plan.properties);
      if (plan.values.length) update.enum = plan.values;
      if (plan.parameters) update.parameters = materialized.get(plan.parameters);
      return [...before, ...(Object.keys(update).length ? [{ target: plan.target, update }] : [])];
    });
  return { roots, actions, stats, counts, doc, plans };
}

// ---------------------------------------------------------------------------------------
// Response gaps: fields and values the SDK's response types have and the answers' schemas lack
// ---------------------------------------------------------------------------------------

/**
 * Walks the SDK's models (by schema name) and each operation's SDK response type (a page's
 * item, an unwrapped `data`, or the whole answer) side by side with the answer schemas of
 * `doc` (the description with every overlay before this one), and collects the properties and
 * enum values the SDK has and the schemas lack. Only for schemas no request body, parameter or
 * failure answer shares: a field only answers carry is not one a request may send.
 */
function responseGaps(converter, doc, sdkMethods, sdkModels) {
  const { inputRoots, outputRoots } = operationRoots(doc);
  const inputs = schemaClosure(doc, inputRoots);
  const outputs = schemaClosure(doc, outputRoots);
  const gaps = new InputGaps(converter, doc);
  for (const [refName, { decl }] of [...sdkModels].sort(([a], [b]) => byText(a, b))) {
    if (!outputs.has(refName)) continue;
    const members = new Map([...converter.interfaceMembers(decl)].filter(([, m]) => ts.isPropertySignature(m)));
    gaps.compareShape({ kind: "object", members, id: decl }, doc.components.schemas[refName], componentTarget("schemas", refName), `model ${refName}`, 0);
  }
  for (const method of byOperation(sdkMethods)) {
    const found = sdkOperation(doc, method);
    if (!found?.schema) continue;
    const origin = `${method.file}#${method.name}`;
    const data = () => {
      const resolved = resolveSchema(doc, found.schema, found.at, null);
      const d = resolved.schema?.properties?.data;
      return d && resolved.at ? { schema: d, at: `${resolved.at}.properties['data']` } : null;
    };
    if (method.page) {
      const d = data();
      const items = d && resolveSchema(doc, d.schema, d.at, null);
      if (items?.schema?.items) gaps.compare(method.page.item, items.schema.items, items.at && `${items.at}.items`, origin, 1);
    } else if (method.unwrapped) {
      const d = data();
      if (d) gaps.compare(method.unwrapped, d.schema, d.at, origin, 1);
    } else if (method.returned && !method.binary) gaps.compare(method.returned, found.schema, found.at, origin, 0);
  }

  const roots = new Map();
  const plans = [];
  const stats = { properties: 0, enumValues: 0, skippedShared: [], unexpressed: gaps.unexpressed };
  for (const [at, entry] of [...gaps.targets].sort(([a], [b]) => byText(a, b))) {
    const component = componentOf(at);
    if (!entry.properties.size && !entry.values.length) continue;
    if (!component || inputs.has(component)) {
      const what = [...entry.properties.keys(), ...entry.values.map((v) => JSON.stringify(v))];
      stats.skippedShared.push(`${at}: ${what.join(", ")}`);
      continue;
    }
    const plan = { target: at, values: entry.values };
    if (entry.properties.size) {
      const props = [];
      for (const [name, candidates] of [...entry.properties].sort(([a], [b]) => byText(a, b))) {
        candidates.sort((a, b) => a.depth - b.depth || byText(a.origin, b.origin));
        props.push([name, converter.schema(candidates[0].member.type)]);
      }
      plan.properties = `#responses:${at}`;
      roots.set(plan.properties, Object.fromEntries(props));
      stats.properties += props.length;
    }
    stats.enumValues += plan.values.length;
    plans.push(plan);
  }
  const actions = (materialized) =>
    plans.map((plan) => {
      const update = {};
      if (plan.properties) update.properties = materialized.get(plan.properties);
      if (plan.values.length) update.enum = plan.values;
      return { target: plan.target, update };
    });
  return { roots, actions, stats };
}

/**
 * `doc` with the effect of 35-params' plans as far as response gaps need it: the enum values and
 * the names of the properties it adds (so neither is added twice).
 */
function withParamsPlans(doc, plans, roots) {
  const out = structuredClone(doc);
  for (const plan of plans) {
    const node = selectTarget(out, plan.target);
    if (!node || typeof node !== "object") continue;
    if (plan.values.length && Array.isArray(node.enum)) node.enum.push(...plan.values);
    if (plan.properties) {
      node.properties ??= {};
      for (const name of Object.keys(roots.get(plan.properties) ?? {})) node.properties[name] ??= {};
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Response required-ness: what the SDK's response types say is always there
// ---------------------------------------------------------------------------------------

/** Whether an SDK type node allows `null` (through type aliases of the SDK). */
function allowsNullType(converter, node, seen = new Set()) {
  for (const t of flattenUnion(node)) {
    if (isNullType(t)) return true;
    if (ts.isTypeReferenceNode(t) && !t.typeArguments?.length) {
      const decl = converter.declarationOf(t.typeName);
      if (decl && ts.isTypeAliasDeclaration(decl) && converter.isSdkDeclaration(decl) && !seen.has(decl)) {
        seen.add(decl);
        if (allowsNullType(converter, decl.type, seen)) return true;
      }
    }
  }
  return false;
}

/** Whether a property schema (of the reference side) allows `null`. */
function schemaAllowsNull(doc, schema, seen = new Set()) {
  if (!schema || typeof schema !== "object") return true;
  if (Array.isArray(schema.type)) return schema.type.includes("null");
  if (typeof schema.type === "string") return schema.type === "null";
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) return alternatives.some((s) => schemaAllowsNull(doc, s, seen));
  if (typeof schema.$ref === "string") {
    const m = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
    if (!m || seen.has(m[1])) return false;
    seen.add(m[1]);
    return schemaAllowsNull(doc, doc.components?.schemas?.[m[1]], seen);
  }
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  return !schema.properties && !schema.items && schema.const === undefined && !schema.allOf;
}

/**
 * The component schemas reachable, through `$ref`s (of schemas, parameters, request bodies and
 * responses), from `roots`.
 */
function schemaClosure(doc, roots) {
  const names = new Set();
  const seen = new Set();
  const pointer = (ref) => {
    let node = doc;
    for (const raw of ref.slice(2).split("/")) node = node?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
    return node;
  };
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string" && node.$ref.startsWith("#/") && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      const m = /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref);
      if (m) names.add(m[1]);
      visit(pointer(node.$ref));
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(roots);
  return names;
}

/** A response (`$ref` to components.responses followed) of an operation. */
function resolveResponse(doc, response) {
  const m = typeof response?.$ref === "string" ? /^#\/components\/responses\/([^/]+)$/.exec(response.$ref) : null;
  return m ? doc.components?.responses?.[m[1]] : response;
}

/** The operation of `doc` for an SDK method, with its success status and JSON answer schema. */
function sdkOperation(doc, method) {
  const path = Object.keys(doc.paths ?? {}).find((p) => normalizePath(p) === normalizePath(method.path));
  const op = path && doc.paths[path][method.httpMethod];
  if (!op) return null;
  const status = Object.keys(op.responses ?? {}).find((s) => /^2\d\d$/.test(s));
  const response = status && resolveResponse(doc, op.responses[status]);
  const schema = response?.content?.["application/json"]?.schema;
  return { path, op, status, schema, at: schema && `$.paths['${path}'].${method.httpMethod}.responses['${status}'].content['application/json'].schema` };
}

/** The SDK's methods in a stable order: by operation (`GET /path`), then by file and method name. */
function byOperation(sdkMethods) {
  const key = (m) => `${m.httpMethod.toUpperCase()} ${normalizePath(m.path)}`;
  return [...sdkMethods].sort((a, b) => byText(key(a), key(b)) || byText(`${a.file}#${a.name}`, `${b.file}#${b.name}`));
}

/**
 * Where the operations of `doc` use schemas: `inputRoots` (path-item and operation parameters,
 * request bodies, and failure answers, whose body is no success answer: a schema one shares is
 * left alone like a request's) and `outputRoots` (success answers).
 */
function operationRoots(doc) {
  const inputRoots = [];
  const outputRoots = [];
  for (const item of Object.values(doc.paths ?? {})) {
    inputRoots.push(item.parameters ?? []);
    for (const verb of HTTP_VERBS) {
      const op = item[verb];
      if (!op) continue;
      inputRoots.push(op.parameters ?? [], op.requestBody ?? {});
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        (/^2\d\d$/.test(status) ? outputRoots : inputRoots).push(response);
      }
    }
  }
  return { inputRoots, outputRoots };
}

/**
 * Walks what the SDK's response types say side by side with the schemas of the answers, and
 * collects, by the overlay target of each object schema, the names every SDK type reaching it
 * requires (and of those, the ones it allows to be null).
 */
class ResponseRequired {
  constructor(converter, doc) {
    this.converter = converter;
    this.doc = doc;
    /** target -> { schema, sources: [{ origin, required: Set, nullable: Set, byName }] } */
    this.targets = new Map();
    this.stack = new Set();
  }

  source(at, schema, origin, required, nullable, byName) {
    if (!this.targets.has(at)) this.targets.set(at, { schema, sources: [] });
    this.targets.get(at).sources.push({ origin, required: new Set(required), nullable: new Set(nullable), byName });
  }

  /** An SDK type node against a schema. */
  walk(node, schema, at, origin, byName = false) {
    this.walkShape(sdkShape(this.converter, node), schema, at, origin, byName);
  }

  walkShape(shape, schema, at, origin, byName) {
    const resolved = resolveSchema(this.doc, schema, at, null);
    const s = resolved.schema;
    if (!s) return;
    at = resolved.at;
    if (shape.kind === "array") {
      if (s.items) this.walk(shape.items, s.items, at && `${at}.items`, origin);
      return;
    }
    if (shape.kind !== "object" || !s.properties || !at) return;
    const key = `${at}#${shape.id.pos}:${shape.id.getSourceFile().fileName}`;
    if (this.stack.has(key)) return;
    this.stack.add(key);
    const required = [...shape.members].filter(([, m]) => isRequiredMember(m)).map(([name]) => name);
    const nullable = required.filter((name) => allowsNullType(this.converter, shape.members.get(name).type));
    this.source(at, s, origin, required, nullable, byName);
    for (const [name, member] of shape.members) {
      if (Object.hasOwn(s.properties, name)) {
        this.walk(member.type, s.properties[name], `${at}.properties['${name}']`, origin);
      }
    }
    this.stack.delete(key);
  }

  /** An envelope `{ data: ... }` (of an unwrapped answer or a page) whose `data` holds `inner`. */
  envelope(schema, at, origin, inner, list) {
    const resolved = resolveSchema(this.doc, schema, at, null);
    const s = resolved.schema;
    if (!s?.properties?.data || !resolved.at) return false;
    this.source(resolved.at, s, origin, ["data"], [], false);
    const data = s.properties.data;
    const dataAt = `${resolved.at}.properties['data']`;
    if (list) {
      const items = resolveSchema(this.doc, data, dataAt, null);
      if (items.schema?.items) this.walk(inner, items.schema.items, items.at && `${items.at}.items`, origin);
    } else this.walk(inner, data, dataAt, origin);
    return true;
  }
}

/** The component a target is in, or null. */
const componentOf = (at) => /^\$\.components\.schemas\['([^']+)'\]/.exec(at)?.[1] ?? null;

/** The node an overlay target selects in `doc` (or undefined). */
function selectTarget(doc, at) {
  let node = doc;
  for (const seg of parseTarget(at)) node = node?.[typeof seg === "string" ? seg : seg.key];
  return node;
}

/**
 * For every response schema (reached from an operation's success answer or a webhook event, and
 * from no request body, parameter or failure answer) whose SDK counterpart is known (the model of the same name,
 * the SDK response type of the operation, or an SDK type nested in either), the names the SDK
 * requires and the schema does not. `before` is the description as the import sees it just before
 * this overlay; `full` with every overlay but this one.
 */
function responseRequired(converter, before, full, sdkMethods, sdkModels, events) {
  const { inputRoots, outputRoots } = operationRoots(full);
  for (const item of Object.values(full.webhooks ?? {})) outputRoots.push(item.post?.requestBody ?? {});
  const inputs = schemaClosure(full, inputRoots); // and failure answers
  const outputs = schemaClosure(full, outputRoots);

  const walk = new ResponseRequired(converter, full);
  const stats = {
    schemas: 0,
    required: 0,
    nullable: 0,
    envelopes: 0,
    skippedShared: [],
    missingProperties: [],
    unexpressed: [],
    disagreements: [],
    withoutCounterpart: [],
  };
  // The SDK models of the same name.
  for (const [refName, { decl }] of [...sdkModels].sort(([a], [b]) => byText(a, b))) {
    if (!outputs.has(refName)) continue;
    const members = new Map([...converter.interfaceMembers(decl)].filter(([, m]) => ts.isPropertySignature(m)));
    walk.walkShape({ kind: "object", members, id: decl }, full.components.schemas[refName], componentTarget("schemas", refName), `model ${refName}`, true);
  }
  // The SDK's response type of every operation.
  for (const method of byOperation(sdkMethods)) {
    const found = sdkOperation(full, method);
    if (!found?.schema) continue;
    const origin = `${method.file}#${method.name}`;
    if (method.page) {
      if (walk.envelope(found.schema, found.at, origin, method.page.item, true)) stats.envelopes++;
    } else if (method.unwrapped) {
      if (walk.envelope(found.schema, found.at, origin, method.unwrapped, false)) stats.envelopes++;
      else fail(`Unwrapped answer without a data envelope: ${origin}`, method.node);
    } else if (method.returned && !method.binary) walk.walk(method.returned, found.schema, found.at, origin);
  }
  // The webhook events.
  for (const event of events) {
    const schema = full.webhooks?.[event.type]?.post?.requestBody?.content?.["application/json"]?.schema;
    const members = new Map([...converter.interfaceMembers(event.decl)].filter(([, m]) => ts.isPropertySignature(m)));
    const at = `$.webhooks['${event.type}'].post.requestBody.content['application/json'].schema`;
    if (schema) walk.walkShape({ kind: "object", members, id: event.decl }, schema, at, `event ${event.type}`, false);
  }

  const plans = [];
  for (const [at, entry] of [...walk.targets].sort(([a], [b]) => byText(a, b))) {
    const component = componentOf(at);
    if (!component) continue; // an inline answer schema of an operation the tool wrote
    // The model of the same name speaks for its own schema; elsewhere, what every SDK type reaching it agrees on.
    const own = at === componentTarget("schemas", component) && entry.sources.some((s) => s.byName);
    const sources = own ? entry.sources.filter((s) => s.byName) : entry.sources;
    const [first, ...rest] = sources;
    const agreed = [...first.required].filter((n) => rest.every((r) => r.required.has(n)));
    const all = new Set(sources.flatMap((s) => [...s.required]));
    if (all.size > agreed.length) {
      stats.disagreements.push(`${at}: ${[...all].filter((n) => !agreed.includes(n)).join(", ")}`);
    }
    const nullable = new Set(agreed.filter((n) => sources.some((s) => s.nullable.has(n))));
    const current = selectTarget(before, at);
    const schema = current && resolveSchema(before, current, at, null);
    if (!schema?.schema || schema.at !== at) {
      // Not there yet: a schema 50-webhooks writes from the SDK, with the SDK's own `required`.
      const later = resolveSchema(full, selectTarget(full, at), at, null).schema;
      const lacking = agreed.filter((n) => !(later?.required ?? []).includes(n));
      if (lacking.length) stats.unexpressed.push(`${at}: ${lacking.join(", ")} (not in the description before ${REQUIRED_FILE})`);
      continue;
    }
    const s = schema.schema;
    const have = new Set(s.required ?? []);
    const names = Object.keys(s.properties ?? {});
    const missing = agreed.filter((n) => !names.includes(n));
    if (missing.length) stats.missingProperties.push(`${at}: ${missing.join(", ")}`);
    const add = names.filter((n) => agreed.includes(n) && !have.has(n));
    if (inputs.has(component)) {
      // A request body, a parameter or a failure's body shares it: what a success answer always
      // has, a request need not send and an error body need not have.
      if (add.length) stats.skippedShared.push(`${at}: ${add.join(", ")}`);
      continue;
    }
    const properties = {};
    for (const name of names.filter((n) => agreed.includes(n) && nullable.has(n))) {
      const p = s.properties[name];
      if (schemaAllowsNull(before, p)) continue;
      if (typeof p.type === "string" && !p.$ref && !p.allOf && !p.oneOf && !p.anyOf) {
        properties[name] = { type: [p.type, "null"] };
        if (Array.isArray(p.enum)) properties[name].enum = [null];
      } else if (Array.isArray(p.type)) {
        properties[name] = { type: ["null"] };
        if (Array.isArray(p.enum)) properties[name].enum = [null];
      } else {
        stats.unexpressed.push(`${at}.properties['${name}']: may be null`);
        continue;
      }
      stats.nullable++;
    }
    if (!add.length && !Object.keys(properties).length) continue;
    const update = {};
    if (add.length) update.required = add;
    if (Object.keys(properties).length) update.properties = properties;
    plans.push({ target: at, update });
    if (add.length) stats.schemas++;
    stats.required += add.length;
  }
  const reached = new Set([...walk.targets.keys()].map(componentOf));
  stats.withoutCounterpart = [...outputs]
    .filter((n) => !inputs.has(n) && !reached.has(n) && Object.hasOwn(before.components?.schemas ?? {}, n))
    .sort(byText);
  return { actions: plans, stats };
}

function overlayDocument(title, actions) {
  return {
    overlay: "1.0.0",
    info: { title, version: "1.0.0" },
    actions,
  };
}

function toYaml(document, header) {
  const body = YAML.stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, sortMapEntries: false });
  return `${header}${body}`;
}

const HEADER = (what) =>
  `# ${what}\n# Generated by scripts/tools/sdk-facts.mjs from @mux/mux-node 15.3.0's TypeScript types; do not edit.\n# Re-run: node scripts/tools/sdk-facts.mjs\n`;

/** Builds the five overlays; returns their text by file name and a summary. */
export function buildOverlays(referencePath = REFERENCE) {
  const reference = YAML.parse(readFileSync(referencePath, "utf8"));
  const referenceSchemas = new Set(Object.keys(reference.components?.schemas ?? {}));
  const program = createSdkProgram();
  const converter = new SchemaConverter(program, referenceSchemas);
  const have = referenceOperationKeys(reference);

  // 20-additions: operations.
  const sdkMethods = readSdkMethods(program);
  const methods = sdkMethods.filter(
    (m) => !have.has(`${m.httpMethod.toUpperCase()} ${normalizePath(m.path)}`),
  );
  const paths = new Map();
  const newParams = new Map();
  const seen = new Set();
  for (const method of methods) {
    const key = `${method.file}#${method.name}`;
    const facts = OPERATIONS[key];
    if (!facts) throw new Error(`No operationId/tag for ${key} (${method.httpMethod.toUpperCase()} ${method.path})`);
    seen.add(key);
    // Use the reference's spelling when the path exists there (new method on an old path).
    const refPath = Object.keys(reference.paths).find((p) => normalizePath(p) === normalizePath(method.path));
    const path = refPath ?? method.path;
    if (refPath && refPath !== method.path) throw new Error(`Path spelling differs: ${refPath} vs ${method.path}`);
    if (!paths.has(path)) paths.set(path, {});
    paths.get(path)[method.httpMethod] = buildOperation(converter, reference, newParams, method, facts);
  }
  const unused = Object.keys(OPERATIONS).filter((k) => !seen.has(k));
  if (unused.length) throw new Error(`OPERATIONS lists methods that need nothing: ${unused.join(", ")}`);
  const additionSchemaNames = new Set(converter.componentSchemas.keys());

  // 30-corrections: properties of SDK models missing from the reference's schema of that name.
  const corrections = [];
  const modelFiles = walkFiles(RESOURCES).map((f) => relative(RESOURCES, f).replace(/\.ts$/, ""));
  const sdkModels = new Map();
  for (const file of modelFiles) {
    if (file.startsWith("webhooks/")) continue;
    const source = program.getSourceFile(join(RESOURCES, `${file}.ts`));
    for (const stmt of source.statements) {
      if (!ts.isInterfaceDeclaration(stmt)) continue;
      const name = componentName(stmt);
      const refName = [...referenceSchemas].find((r) => r.toLowerCase() === name.toLowerCase());
      if (!refName) continue;
      if (sdkModels.has(refName)) throw new Error(`Two SDK models for ${refName}: ${sdkModels.get(refName).file}, ${file}`);
      sdkModels.set(refName, { file, decl: stmt });
    }
  }
  for (const [refName, { decl }] of [...sdkModels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const refSchema = reference.components.schemas[refName];
    if (!refSchema.properties) continue;
    const missing = {};
    for (const [name, member] of converter.interfaceMembers(decl)) {
      if (!ts.isPropertySignature(member) || name in refSchema.properties) continue;
      missing[name] = converter.schema(member.type);
    }
    if (Object.keys(missing).length) corrections.push({ refName, properties: missing });
  }
  const correctionSchemaNames = new Set(
    [...converter.componentSchemas.keys()].filter((n) => !additionSchemaNames.has(n)),
  );

  // 35-params: what the SDK's methods accept on operations both have and the reference lacks.
  const params = inputGaps(
    converter,
    reference,
    sdkMethods,
    have,
    corrections,
    [...paths].map(([p, item]) => [`#path:${p}`, item]),
  );
  const paramsSchemaNames = new Set(
    [...converter.componentSchemas.keys()].filter((n) => !additionSchemaNames.has(n) && !correctionSchemaNames.has(n)),
  );

  // 36-responses: fields and enum values of answers the SDK's types have and the reference lacks.
  const responses = responseGaps(converter, withParamsPlans(params.doc, params.plans, params.roots), sdkMethods, sdkModels);
  const responsesSchemaNames = new Set(
    [...converter.componentSchemas.keys()].filter(
      (n) => !additionSchemaNames.has(n) && !correctionSchemaNames.has(n) && !paramsSchemaNames.has(n),
    ),
  );

  // 50-webhooks.
  const events = webhookEvents(program);
  const eventSchemas = new Map();
  for (const event of events) eventSchemas.set(event.name, converter.component(event.decl));
  const webhookSchemaNames = new Set(
    [...converter.componentSchemas.keys()].filter(
      (n) => !additionSchemaNames.has(n) && !correctionSchemaNames.has(n) && !paramsSchemaNames.has(n) && !responsesSchemaNames.has(n),
    ),
  );

  // Nested types: inline where used once, hoisted where shared.
  const correctionRoots = new Map(corrections.map((c) => [`#correction:${c.refName}`, c.properties]));
  const opRoots = new Map([...paths].map(([p, item]) => [`#path:${p}`, item]));
  const paramsRoots = params.roots;
  const materialized = converter.materialize(
    new Map([...converter.componentSchemas, ...correctionRoots, ...opRoots, ...paramsRoots, ...responses.roots]),
  );
  const hoistedOwner = (name) => {
    // A hoisted nested type goes with the first overlay whose roots use it.
    const text = (names) => [...names].map((n) => JSON.stringify(materialized.get(n))).join("");
    const ref = `"#/components/schemas/${name}"`;
    if (text([...additionSchemaNames, ...opRoots.keys()]).includes(ref)) return "20";
    if (text([...correctionSchemaNames, ...correctionRoots.keys()]).includes(ref)) return "30";
    if (text([...paramsSchemaNames, ...paramsRoots.keys()]).includes(ref)) return "35";
    if (text([...responsesSchemaNames, ...responses.roots.keys()]).includes(ref)) return "36";
    return "50";
  };
  const schemasFor = (names, overlay) => {
    const entries = [];
    for (const [name, schema] of materialized) {
      if (name.startsWith("#")) continue;
      const isNested = !converter.componentSchemas.has(name);
      if ((isNested && hoistedOwner(name) === overlay) || (!isNested && names.has(name))) entries.push([name, schema]);
    }
    return sortedObject(entries);
  };

  const methodOrder = (m) => ["get", "put", "post", "patch", "delete"].indexOf(m);
  const additionsPaths = sortedObject(
    [...paths].map(([p]) => [
      p,
      Object.fromEntries(
        Object.entries(materialized.get(`#path:${p}`)).sort(([a], [b]) => methodOrder(a) - methodOrder(b)),
      ),
    ]),
  );
  const referenceTags = new Set((reference.tags ?? []).map((t) => t.name));
  const newTags = [...new Set(Object.values(OPERATIONS).map((f) => f.tag))]
    .filter((t) => !referenceTags.has(t))
    .sort()
    .map((name) => ({ name }));

  const additions = overlayDocument("Mux API: operations the official SDK has and the reference lacks", [
    { target: "$", update: { tags: newTags } },
    { target: "$.paths", update: additionsPaths },
    { target: "$.components.parameters", update: sortedObject(newParams) },
    { target: "$.components.schemas", update: schemasFor(additionSchemaNames, "20") },
  ]);

  const correctionActions = [];
  const correctionShared = schemasFor(correctionSchemaNames, "30");
  if (Object.keys(correctionShared).length) correctionActions.push({ target: "$.components.schemas", update: correctionShared });
  for (const c of corrections) {
    correctionActions.push({
      target: `$.components.schemas['${c.refName}'].properties`,
      update: materialized.get(`#correction:${c.refName}`),
    });
  }
  const correctionsDoc = overlayDocument("Mux API: model properties the official SDK has and the reference lacks", correctionActions);

  const paramsActions = [];
  const paramsShared = schemasFor(paramsSchemaNames, "35");
  if (Object.keys(paramsShared).length) paramsActions.push({ target: "$.components.schemas", update: paramsShared });
  paramsActions.push(...params.actions(materialized));
  const paramsDoc = overlayDocument(
    "Mux API: request fields, query parameters and values the official SDK's methods accept and the reference lacks",
    paramsActions,
  );

  const responsesActions = [];
  const responsesShared = schemasFor(responsesSchemaNames, "36");
  if (Object.keys(responsesShared).length) responsesActions.push({ target: "$.components.schemas", update: responsesShared });
  responsesActions.push(...responses.actions(materialized));
  const responsesDoc = overlayDocument("Mux API: answer fields and values the official SDK's types have and the reference lacks", responsesActions);

  const webhooksMap = sortedObject(
    events.map((e) => [
      e.type,
      {
        post: {
          operationId: `webhook-${e.type.replace(/[._]/g, "-")}`,
          requestBody: {
            required: true,
            content: { "application/json": { schema: eventSchemas.get(e.name) } },
          },
          responses: { 200: { description: "OK" } },
        },
      },
    ]),
  );
  const webhooksDoc = overlayDocument("Mux API: webhook events the official SDK knows", [
    { target: "$", update: { webhooks: webhooksMap } },
    { target: "$.components.schemas", update: schemasFor(webhookSchemaNames, "50") },
  ]);

  const files = new Map([
    ["20-additions.overlay.yaml", toYaml(additions, HEADER("Operations of the official Mux SDK missing from Mux's OpenAPI description."))],
    ["30-corrections.overlay.yaml", toYaml(correctionsDoc, HEADER("Model properties of the official Mux SDK missing from Mux's OpenAPI description."))],
    [
      PARAMS_FILE,
      toYaml(paramsDoc, HEADER("Request fields, query parameters and enum values of the official Mux SDK's methods missing from Mux's OpenAPI description.")),
    ],
    [
      RESPONSES_FILE,
      toYaml(responsesDoc, HEADER("Fields and enum values of the official Mux SDK's response types missing from the answers in Mux's OpenAPI description.")),
    ],
    ["50-webhooks.overlay.yaml", toYaml(webhooksDoc, HEADER("Webhook events of the official Mux SDK (OpenAPI 3.1 `webhooks`)."))],
  ]);

  // 38-required: what the SDK's response types require, on the response schemas no request shares.
  const withOverlays = (keep) => {
    const doc = muxFacts(reference);
    const handWritten = readdirSync(OUT_DIR).filter((n) => n.endsWith(".overlay.yaml") && !WRITTEN_FILES.has(n));
    const all = [
      ...handWritten.map((n) => [n, () => YAML.parse(readFileSync(join(OUT_DIR, n), "utf8"))]),
      ...[...files].map(([n, text]) => [n, () => YAML.parse(text)]),
    ].sort(([a], [b]) => byText(a, b));
    for (const [name, read] of all) if (keep(name)) applyOverlay(doc, read(), name);
    return doc;
  };
  const required = responseRequired(
    converter,
    withOverlays((n) => n < REQUIRED_FILE),
    withOverlays((n) => n !== REQUIRED_FILE),
    sdkMethods,
    sdkModels,
    events,
  );
  const requiredDoc = overlayDocument(
    "Mux API: response fields the official SDK's types say are always there",
    required.actions,
  );
  files.set(
    REQUIRED_FILE,
    toYaml(requiredDoc, HEADER("Required fields of response schemas, as the official Mux SDK's response types have them.")),
  );

  return {
    files: new Map([...files].sort(([a], [b]) => byText(a, b))),
    stats: {
      operations: methods.length,
      parameters: newParams.size,
      events: events.length,
      reused: Object.fromEntries([...converter.reused].sort()),
      corrections: corrections.map((c) => `${c.refName}: ${Object.keys(c.properties).join(", ")}`),
      params: { ...params.counts, ...params.stats },
      responses: responses.stats,
      required: required.stats,
    },
  };
}

function main() {
  const check = process.argv.includes("--check");
  const { files, stats } = buildOverlays();
  let stale = false;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of files) {
    const path = join(OUT_DIR, name);
    let current = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = null;
    }
    if (check) {
      if (current !== text) {
        stale = true;
        console.error(`stale: spec/overlays/${name}`);
      }
    } else if (current !== text) writeFileSync(path, text);
  }
  if (!check) console.log(JSON.stringify(stats, null, 2));
  if (stale) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

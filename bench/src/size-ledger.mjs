/**
 * What an app's bytes pay for (issue 15's 6,500 B apps; the umbrella as one file). Bundles an app from the
 * packages' TypeScript sources the way the size benchmark bundles it from their dist, once as it
 * is and once with each feature taken out (its module swapped for the least code that still
 * builds, or its branches made dead), and prints the gzip each feature costs, who asks for it,
 * and what is left with all of them out. Sizes are deterministic; nothing here runs the code.
 * Usage: node src/size-ledger.mjs [create-asset|signing-keys|umbrella-create-asset] (all by default)
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { BENCH_DIR, REPO_DIR, measureBundle } from "./lib/bundle.mjs";

const PACKAGES = join(REPO_DIR, "packages");
/**
 * The apps, and the line each is held against: issue 15's 6,500 B for the modular ones; for the
 * umbrella, bundled as one file, the same app on the official SDK.
 */
const APPS = {
  "create-asset": { file: "ours-create-asset.mjs", line: "6,500 B (issue 15)" },
  "signing-keys": { file: "ours-signing-keys.mjs", line: "6,500 B (issue 15)" },
  "umbrella-create-asset": { file: "umbrella-create-asset.mjs", oneFile: true, against: "official-create-asset.mjs" },
};
const appFile = (file) => join(BENCH_DIR, "src", "apps", file);
const fmt = (n) => n.toLocaleString("en-US");

/**
 * Each feature: the modules it swaps (path under packages/ -> stand-in source), the source
 * rewrites it applies (path prefix -> [pattern, replacement]), or `blankStrings` (the shortest
 * text to empty). `asks` names who requires it.
 */
export const FEATURES = [
  {
    name: "connection diagnostics",
    asks: "issue 16: a failed connection names the URL and the cause; an msw refusal says so",
    swap: {
      "core/src/connection-failure.ts":
        "export const find = () => undefined; export const errorCode = () => undefined;\n" +
        "export const isMswRefusal = () => false; export const connectionFailureMessage = () => 'Connection error.';",
    },
  },
  {
    name: "log lines (MUX_LOG, logger)",
    asks: "issue 3: at `debug`, method, URL, status, duration and retries are logged",
    rewrite: { "core/src/": [/\b(?:runtime\.)?log\.level >= \d/g, "false"] },
  },
  {
    name: "messages read from error bodies",
    asks: "issue 3: messages read as sentences from Mux, 429, HTML and empty bodies",
    swap: {
      "errors/src/message.ts":
        "export const reasonPhrase = () => ''; export const errorType = () => undefined;\n" +
        "export const formatApiMessage = (status) => String(status);",
    },
  },
  {
    name: "instanceof across installed copies",
    asks: "issue 3: `instanceof` holds across two installed copies",
    swap: { "errors/src/brand.ts": "export const isBrandedInstance = (ctor, value) => value instanceof ctor;" },
  },
  {
    name: "headers without secrets on errors",
    asks: "issue 3 and the guide: no error carries the Authorization header",
    swap: { "errors/src/redact.ts": "export const safeHeaders = (h) => h; export const headersToObject = () => undefined;" },
  },
  {
    name: "client.api (openapi-fetch with middleware)",
    asks: "issue 3: openapi-fetch's own client underneath, public as `client.api`",
    swap: { "core/src/raw-client.ts": "export const rawClient = (inner) => inner;" },
  },
  {
    name: "withResponse() / asResponse()",
    asks: "issue 3: raw access like the official SDK's",
    swap: {
      "core/src/api-promise.ts":
        "export class APIPromiseImpl extends Promise {\n" +
        "  static get [Symbol.species]() { return Promise; }\n" +
        "  constructor(raw) { let done; super((resolve) => { done = resolve; }); done(raw.then((r) => r.data)); }\n" +
        "}",
    },
  },
  {
    name: "option checks",
    asks: "the guide: bad input gets a typed error that names the problem",
    swap: {
      "core/src/request-options.ts":
        "export const checkTimeout = (name, value, fallback) => value ?? fallback;\n" +
        "export const checkRetries = (name, value, fallback) => value ?? fallback;\n" +
        "export const checkHeaders = () => {}; export const checkRequestOptions = () => {};",
    },
  },
  {
    name: "retry policy and Retry-After",
    asks: "issue 3: which answers are retried, backoff with jitter, Retry-After up to a cap",
    swap: {
      "core/src/retry-policy.ts":
        "export const isIdempotent = () => false; export const shouldRetryResponse = () => false;\n" +
        "export const isConnectionRefused = () => false; export const backoffMs = () => 0;",
      "errors/src/retry-after.ts": "export const parseRetryAfterMs = () => undefined;",
    },
  },
  {
    name: "message text (every string and template text of 24+ characters)",
    asks: "the guide and issues 3 and 16: clear errors that name the problem",
    blankStrings: 24,
  },
];

/**
 * Resolves `@mux/<name>[/<sub>]` to the package's TypeScript source, with the swaps and rewrites
 * of `features` applied.
 */
function sourcesPlugin(features) {
  const swaps = new Map(features.flatMap((f) => Object.entries(f.swap ?? {})).map(([path, code]) => [join(PACKAGES, path), code]));
  const rewrites = features.flatMap((f) => Object.entries(f.rewrite ?? {})).map(([prefix, rule]) => [join(PACKAGES, prefix), rule]);
  const blank = features.find((f) => f.blankStrings)?.blankStrings;
  return {
    name: "mux-sources",
    setup(b) {
      b.onResolve({ filter: /^@mux\/[^/]+(\/.*)?$/ }, (args) => {
        const [, name, sub] = /^@mux\/([^/]+)(?:\/(.*))?$/.exec(args.path);
        const file = join(PACKAGES, name, "src", `${sub ?? "index"}.ts`);
        return existsSync(file) ? { path: file } : undefined;
      });
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(PACKAGES)) return undefined;
        if (swaps.has(args.path)) return { contents: swaps.get(args.path), loader: "ts" };
        let contents = await readFile(args.path, "utf8");
        for (const [prefix, [pattern, replacement]] of rewrites) {
          if (args.path.startsWith(prefix)) contents = contents.replace(pattern, replacement);
        }
        if (blank) return { contents: blankStrings(contents, blank), loader: "js" };
        return { contents, loader: "ts" };
      });
    },
  };
}

/**
 * `source` compiled to JavaScript with the text of every string literal and template part of at
 * least `min` characters emptied (module specifiers, paths and URLs kept).
 */
function blankStrings(source, min) {
  const empty = (context) => {
    const visit = (node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return node;
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return node;
      // Paths and URLs are what requests are made of, not messages.
      if (ts.isStringLiteral(node) && node.text.length >= min && !/^(\/|https?:)/.test(node.text)) return context.factory.createStringLiteral("");
      if (ts.isNoSubstitutionTemplateLiteral(node) && node.text.length >= min) return context.factory.createNoSubstitutionTemplateLiteral("");
      if (ts.isTemplateExpression(node)) {
        const text = node.head.text + node.templateSpans.map((span) => span.literal.text).join("");
        if (text.length >= min) {
          const { factory } = context;
          const spans = node.templateSpans.map((span, i) =>
            factory.createTemplateSpan(
              ts.visitNode(span.expression, visit),
              i === node.templateSpans.length - 1 ? factory.createTemplateTail("") : factory.createTemplateMiddle(""),
            ),
          );
          return factory.createTemplateExpression(factory.createTemplateHead(""), spans);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitNode(file, visit);
  };
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    transformers: { before: [empty] },
  }).outputText;
}

/** Gzip bytes of `app` bundled from sources, with `features` taken out; the umbrella as one file. */
async function measure(id, features) {
  const { gzip } = await measureBundle(appFile(APPS[id].file), "browser", {
    splitting: !APPS[id].oneFile,
    plugins: [sourcesPlugin(features)],
  });
  return gzip;
}

/** Rows for one app: each feature (who asks for it, the app without it, bytes saved), then all out at once. */
export async function ledger(id) {
  const whole = await measure(id, []);
  const openapiFetch = (await measureBundle(appFile("openapi-fetch-floor.mjs"), "browser")).gzip;
  const against = APPS[id].against && (await measureBundle(appFile(APPS[id].against), "browser", { splitting: false })).gzip;
  const rows = [];
  for (const feature of FEATURES) {
    const without = await measure(id, [feature]);
    rows.push({ name: feature.name, asks: feature.asks, without, saved: whole - without });
  }
  const none = await measure(id, FEATURES);
  const line = against ? `the official SDK's app, ${fmt(against)} B` : APPS[id].line;
  return { id, whole, openapiFetch, line, rows, none };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ids = process.argv[2] ? [process.argv[2]] : Object.keys(APPS);
  for (const id of ids) {
    const { whole, openapiFetch, line, rows, none } = await ledger(id);
    console.log(`\n${id} app, browser, gzip: ${fmt(whole)} B (openapi-fetch alone ${fmt(openapiFetch)} B; line: ${line})\n`);
    console.log("| Taken out | Who asks for it | App without it | Saved |");
    console.log("|---|---|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${r.asks} | ${fmt(r.without)} B | ${fmt(r.saved)} B |`);
    console.log(`| **all of the above** | | **${fmt(none)} B** | ${fmt(whole - none)} B |`);
  }
}

/**
 * Bundling with esbuild (minified ESM) and measuring bytes: shared by the
 * benchmark runner and by the size-budget test that CI runs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_DIR = join(BENCH_DIR, "..");
const APPS_DIR = join(BENCH_DIR, "src", "apps");

/** One-feature apps. `needs` lists our workspace packages that must be built first. */
export const APPS = [
  { id: "signing-keys", contender: "ours", file: "ours-signing-keys.mjs", needs: ["core", "signing-keys"] },
  { id: "signing-keys", contender: "ours (umbrella)", file: "umbrella-signing-keys.mjs", needs: ["mux-node"] },
  { id: "signing-keys", contender: "official", file: "official-signing-keys.mjs", needs: [] },
  { id: "whoami", contender: "ours", file: "ours-whoami.mjs", needs: ["core", "utilities"] },
  { id: "whoami", contender: "ours (umbrella)", file: "umbrella-whoami.mjs", needs: ["mux-node"] },
  { id: "whoami", contender: "official", file: "official-whoami.mjs", needs: [] },
  { id: "create-asset", contender: "ours", file: "ours-create-asset.mjs", needs: ["core", "assets"] },
  { id: "create-asset", contender: "ours (umbrella)", file: "umbrella-create-asset.mjs", needs: ["mux-node"] },
  { id: "create-asset", contender: "official", file: "official-create-asset.mjs", needs: [] },
  { id: "jwt", contender: "ours", file: "ours-jwt.mjs", needs: ["jwt"] },
  { id: "jwt", contender: "ours (umbrella)", file: "umbrella-jwt.mjs", needs: ["mux-node"] },
  { id: "jwt", contender: "official", file: "official-jwt.mjs", needs: [] },
  { id: "webhooks", contender: "ours", file: "ours-webhooks.mjs", needs: ["webhooks"] },
  { id: "webhooks", contender: "ours (umbrella)", file: "umbrella-webhooks.mjs", needs: ["mux-node", "webhooks"] },
  { id: "webhooks", contender: "official", file: "official-webhooks.mjs", needs: [] },
  { id: "floor", contender: "openapi-fetch", file: "openapi-fetch-floor.mjs", needs: [] },
];

/** Our published packages (folder name -> package name) whose whole entry gets a budget. */
export const PACKAGES = ["errors", "core", "jwt", "signing-keys", "utilities", "webhooks", "mux-node"];

/**
 * One app per resource package, found from the packages themselves so a new package gets one
 * (and a size budget) without an edit here: every package with generated operations
 * (`src/generated/index.ts`) that depends on `@mux/core`, calling the first function its
 * generated index exports, through the package's own entry (hand-written helpers included).
 */
export function resourceApps() {
  const apps = [];
  for (const name of readdirSync(join(REPO_DIR, "packages")).sort()) {
    const dir = join(REPO_DIR, "packages", name);
    const index = join(dir, "src", "generated", "index.ts");
    if (!existsSync(index) || !existsSync(join(dir, "package.json"))) continue;
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (!pkg.dependencies?.["@mux/core"]) continue;
    const fn = /export \{ ([a-z]\w*) \}/.exec(readFileSync(index, "utf8"))?.[1];
    if (!fn) continue;
    apps.push({
      id: `${name}:${fn}`,
      name,
      fn,
      needs: ["core", name],
      // Resolved from the package's folder: its own dist, and @mux/core from its dependencies.
      entry: {
        contents: `import { createMuxClient } from "@mux/core";\nimport { ${fn} } from "./dist/index.js";\nexport function main(...args) {\n  return ${fn}(createMuxClient(), ...args);\n}\n`,
        resolveDir: dir,
      },
    });
  }
  return apps;
}

export const PLATFORMS = ["browser", "node"];

/** True when packages/<name>/dist/index.js exists. */
export function isBuilt(name) {
  return existsSync(join(REPO_DIR, "packages", name, "dist", "index.js"));
}

/** Absolute path of an app entry file. */
export function appPath(app) {
  return join(APPS_DIR, app.file);
}

/** Gzip size the way size tools report it (zlib, level 9). */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Bundles one entry (a file path, or `{ contents, resolveDir? }` for an in-memory module
 * resolved from `resolveDir`, bench/ by default) the way an app's bundler does, with code
 * splitting, and measures what the app loads before its first call: the entry file and the
 * chunks it imports statically. Code behind a dynamic `import()` (the umbrella's `mux.jwt` and
 * `mux.webhooks`, jose's verifier) lands in chunks fetched on first use: reported apart as
 * `lazyMin` / `lazyGzip`, 0 when there are none. Each file is gzipped on its own, as served.
 * Returns { min, gzip, lazyMin, lazyGzip, files, text } (`text`: the code loaded up front).
 * With `{ splitting: false }` it bundles into one file, as for a serverless function: dynamic
 * imports are then inlined and everything counts as up front. `plugins` go to esbuild (the size
 * ledger's sources with features taken out).
 */
export async function measureBundle(entry, platform, { splitting = true, plugins = [] } = {}) {
  const common = {
    bundle: true,
    splitting,
    plugins,
    outdir: join(BENCH_DIR, "results", ".bundle"),
    metafile: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    logLevel: "silent",
    legalComments: "none",
    absWorkingDir: BENCH_DIR,
    external: platform === "node" ? ["node:*"] : [],
  };
  const result =
    typeof entry === "string"
      ? await build({ ...common, entryPoints: [entry] })
      : await build({ ...common, stdin: { contents: entry.contents, resolveDir: entry.resolveDir ?? BENCH_DIR, loader: "js" } });
  const outputs = result.metafile.outputs;
  const fileOf = (name) => result.outputFiles.find((f) => f.path === join(BENCH_DIR, name));
  const start = Object.keys(outputs).find((name) => outputs[name].entryPoint !== undefined && !isDynamicTarget(outputs, name));
  // The entry and, transitively, the chunks it imports statically; then what those load on
  // demand. esbuild also writes chunks for dynamic imports in code it dropped: those count nowhere.
  const closure = (from, kinds) => {
    const found = new Set(from);
    for (const name of found) {
      for (const imported of outputs[name].imports) if (kinds.includes(imported.kind) && outputs[imported.path]) found.add(imported.path);
    }
    return found;
  };
  const initial = closure([start], ["import-statement"]);
  const reachable = closure(initial, ["import-statement", "dynamic-import"]);
  const size = { min: 0, gzip: 0, lazyMin: 0, lazyGzip: 0, files: 0, text: "" };
  for (const name of reachable) {
    const file = fileOf(name);
    if (initial.has(name)) {
      size.min += file.contents.length;
      size.gzip += gzipSize(file.contents);
      size.files += 1;
      size.text += file.text;
    } else {
      size.lazyMin += file.contents.length;
      size.lazyGzip += gzipSize(file.contents);
    }
  }
  return size;
}

/** True when some output loads `name` with a dynamic `import()` (a lazy chunk, not the app's entry). */
function isDynamicTarget(outputs, name) {
  return Object.values(outputs).some((o) => o.imports.some((i) => i.kind === "dynamic-import" && i.path === name));
}

/** A module that re-exports everything a package offers (what a budget for the whole entry covers). */
export function packageEntry(name) {
  const spec = `@mux/${name}`;
  const extra = name === "mux-node" ? `export { default } from "${spec}";\n` : "";
  return { contents: `export * from "${spec}";\n${extra}` };
}

/** Key used in size-budgets.json. */
export function budgetKey(kind, id, contender, platform) {
  return `${kind}:${id}:${contender}:${platform}`;
}

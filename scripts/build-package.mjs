#!/usr/bin/env node
// Builds the package in the current directory:
// - type declarations (and their maps) with tsc, from tsconfig.build.json;
// - JavaScript with esbuild: one ESM file per entry point named in package.json
//   (`exports` and `bin`), with code shared between entries split into chunks.
// Loading one file instead of a graph of small modules makes `import` markedly cheaper,
// and bundlers still tree-shake the result (named exports, `sideEffects: false`).
//
// Dependencies stay imports, except where package.json asks otherwise ("muxBuild"):
//   "bundleWorkspaceDependenciesExcept": ["@mux/core", ...] bundles every `workspace:`
//     dependency but those listed (the umbrella does this with its resource packages);
//   "bundleDependencies": ["openapi-fetch"] bundles the dependencies listed (core does this with
//     openapi-fetch, which only core imports), with each one's license notice kept in the file.
// Resolving and loading a package entry point costs Node more than parsing its code (pnpm
// symlinks, package.json `exports` lookups), so an import that is one file starts faster. The
// dependencies stay in package.json for the types.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { build } from "esbuild";

const pkg = JSON.parse(await readFile("package.json", "utf8"));
const require = createRequire(import.meta.url);

/** "./dist/node/index.js" -> "src/node/index.ts" */
function sourceOf(target) {
  const match = /^\.\/dist\/(.+)\.js$/.exec(target);
  if (!match) throw new Error(`${pkg.name}: cannot map build output ${target} to a source file`);
  return `src/${match[1]}.ts`;
}

const targets = new Set();
for (const entry of Object.values(pkg.exports ?? {})) {
  if (entry && typeof entry === "object" && typeof entry.default === "string") targets.add(entry.default);
}
for (const bin of Object.values(typeof pkg.bin === "string" ? { bin: pkg.bin } : (pkg.bin ?? {}))) targets.add(bin);
if (targets.size === 0) throw new Error(`${pkg.name}: package.json names no entry point to build`);

const except = pkg.muxBuild?.bundleWorkspaceDependenciesExcept;
const bundled = new Set([
  ...(Array.isArray(except)
    ? Object.entries(pkg.dependencies ?? {})
        .filter(([name, version]) => String(version).startsWith("workspace:") && !except.includes(name))
        .map(([name]) => name)
    : []),
  ...(pkg.muxBuild?.bundleDependencies ?? []),
]);
/** The package.json of an installed dependency (found from its entry point: `exports` may hide it). */
function packageJsonOf(name) {
  const fromPackage = createRequire(join(process.cwd(), "package.json"));
  for (let dir = dirname(fromPackage.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const found = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (found.name === name) return found;
    } catch {
      // no package.json here: keep going up
    }
  }
  throw new Error(`${pkg.name}: cannot find the package.json of ${name}`);
}

/** A legal comment for each bundled third-party package: its name, version, license and authors. */
const notices = [...bundled]
  .filter((name) => !String(pkg.dependencies?.[name] ?? "").startsWith("workspace:"))
  .map((name) => {
    const dep = packageJsonOf(name);
    const author = typeof dep.author === "string" ? dep.author : dep.author?.name;
    const home = typeof dep.repository === "string" ? dep.repository : dep.repository?.url;
    return `/*! Bundles ${dep.name} ${dep.version} (${dep.license} License${author ? `, (c) ${author}` : ""}${home ? `, ${home.replace(/^git\+/, "")}` : ""}). */`;
  });
/** Keeps every bare import external, except the workspace dependencies this package bundles. */
const dependencies = {
  name: "dependencies",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      return bundled.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

await rm("dist", { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--emitDeclarationOnly"], {
  stdio: "inherit",
});
await build({
  entryPoints: [...targets].map(sourceOf),
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  platform: "neutral",
  target: "es2022",
  // Dependencies, peer dependencies and node: built-ins stay imports (but see `bundled`).
  plugins: [dependencies],
  sourcemap: true,
  // Whitespace and comments out, syntax shortened, names kept (stack traces, util.inspect and
  // class names read as in the source; the source maps and src/ hold the commented code): Node
  // parses less at every import, and bundlers get the same code to tree-shake.
  minifyWhitespace: true,
  minifySyntax: true,
  ...(notices.length ? { banner: { js: notices.join("\n") } } : {}),
  logLevel: "warning",
});

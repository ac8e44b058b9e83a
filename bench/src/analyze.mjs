/**
 * Where do an app's bytes come from? Bundles one entry like the size
 * benchmark does and lists each input file's share of the minified output.
 * Usage: node src/analyze.mjs src/apps/ours-jwt.mjs [browser|node]
 */
import { resolve } from "node:path";
import { build } from "esbuild";
import { BENCH_DIR } from "./lib/bundle.mjs";

const [entry, platform = "browser"] = process.argv.slice(2);
const result = await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  minify: true,
  format: "esm",
  platform,
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
  legalComments: "none",
  absWorkingDir: BENCH_DIR,
  external: platform === "node" ? ["node:*"] : [],
});
const output = Object.values(result.metafile.outputs)[0];
const inputs = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, info] of inputs) {
  if (info.bytesInOutput > 0) console.log(String(info.bytesInOutput).padStart(7), file.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, ""));
}
console.log(String(output.bytes).padStart(7), "total (minified)");

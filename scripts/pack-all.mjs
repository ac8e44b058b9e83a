#!/usr/bin/env node
// `pnpm pack:all [--out <dir>] [--json] [@mux/name ...]`: packs every publishable package (built
// first by the root script) into one folder, then prints what an app needs to install them with
// npm, pnpm or yarn until the packages are on the registry. Names select the packages the app
// depends on directly (default: all); `--json` prints the install plan instead of the text.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { installPlan, renderInstructions } from "./pack/install-plan.mjs";
import { listPublishable } from "./pack/publishable.mjs";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @param {string[]} argv */
function parseArgs(argv) {
  let out = join(root, "packed");
  let asJson = false;
  /** @type {string[]} */
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (arg === "--out") out = resolve(argv[++i] ?? "");
    else if (arg === "--json") asJson = true;
    else if (arg === "--") continue;
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}; use --out <dir>, --json and package names`);
    else names.push(arg.startsWith("@") ? arg : `@mux/${arg}`);
  }
  return { out, asJson, names };
}

const { out, asJson, names } = parseArgs(process.argv.slice(2));
const packages = listPublishable(root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Two at a time: pnpm pack is quick, and CI has two cores.
const queue = [...packages];
/** @type {{ name: string; tarball: string }[]} */
const packed = [];
async function worker() {
  for (let pkg = queue.shift(); pkg; pkg = queue.shift()) {
    const before = new Set(readdirSync(out));
    await run("pnpm", ["pack", "--pack-destination", out], { cwd: pkg.dir });
    const made = readdirSync(out).filter((f) => f.endsWith(".tgz") && !before.has(f));
    const tarball = made.find((f) => f.includes(pkg.name.replace("@", "").replace("/", "-")));
    if (!tarball) throw new Error(`pnpm pack made no tarball for ${pkg.name} in ${out}`);
    packed.push({ name: pkg.name, tarball: join(out, tarball) });
  }
}
await Promise.all([worker(), worker()]);
packed.sort((a, b) => a.name.localeCompare(b.name));

const plan = installPlan(packed, names.length > 0 ? names : undefined);
if (asJson) {
  console.log(JSON.stringify({ out, packed, plan }, null, 2));
} else {
  const text = renderInstructions(plan);
  console.log(`Packed ${packed.length} packages into ${out}:`);
  for (const p of packed) console.log(`  ${p.name}  ${p.tarball}`);
  console.log("\nThey are not on the registry yet, so tell your package manager that every @mux/* name");
  console.log("comes from its tarball (the packages depend on each other by version range).");
  console.log(names.length > 0 ? "" : "Keep only the @mux/* dependencies your app uses; keep every override.\n");
  console.log(`${text.npm}\n\n${text.pnpm}\n\n${text.yarn}`);
}

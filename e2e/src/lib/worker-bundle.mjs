// Bundles the smoke apps into one ES module for workerd, which has no node_modules resolution,
// and writes the workerd config that runs it with `workerd test`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {string} projectDir  a project with the tarballs installed and smoke/ copied in
 * @param {string[]} apps      smoke app names (see smoke/manifest.mjs)
 * @returns {Promise<string>}  path of the bundle
 */
export async function bundleWorker(projectDir, apps) {
  const { build } = await import("esbuild");
  const { smokeApps } = await import("../smoke/manifest.mjs");
  const entry = join(projectDir, "smoke", "worker-entry.mjs");
  const imports = apps.map((name, i) => `import * as app${i} from ${JSON.stringify(smokeApps[name]?.file)};`);
  const table = apps.map((name, i) => `  ${JSON.stringify(name)}: app${i},`);
  writeFileSync(
    entry,
    [
      'import { makeWorker } from "./worker.mjs";',
      ...imports,
      "export default makeWorker({",
      ...table,
      "});",
      "",
    ].join("\n"),
  );
  const outfile = join(projectDir, "smoke", "worker.bundle.mjs");
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    absWorkingDir: projectDir,
    logLevel: "error",
  });
  return outfile;
}

/**
 * A workerd config that runs the bundle's `test()` handler, with the mock server settings as
 * text bindings and outbound access to this machine's loopback only.
 * @param {string} dir  folder holding the bundle; the config is written beside it
 * @param {string} bundleFile  file name of the bundle inside dir
 * @param {Record<string, string>} bindings
 * @returns {string}  path of the config
 */
export function writeWorkerdConfig(dir, bundleFile, bindings) {
  const text = Object.entries(bindings).map(([name, value]) => `    (name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)}),`);
  const config = [
    'using Workerd = import "/workerd/workerd.capnp";',
    "",
    "const config :Workerd.Config = (",
    "  services = [",
    '    (name = "smoke", worker = .smokeWorker),',
    '    (name = "loopback", network = (allow = ["local"])),',
    "  ],",
    ");",
    "",
    "const smokeWorker :Workerd.Worker = (",
    `  modules = [(name = "worker.mjs", esModule = embed ${JSON.stringify(bundleFile)})],`,
    '  compatibilityDate = "2025-09-01",',
    "  bindings = [",
    ...text,
    "  ],",
    '  globalOutbound = "loopback",',
    ");",
    "",
  ].join("\n");
  const path = join(dir, "smoke.capnp");
  writeFileSync(path, config);
  return path;
}

// require() of every package (and every subpath export) from the installed tarballs, on this Node
// (20.19+ loads ESM through require() without a flag). Each check runs in a fresh child process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { run } from "./lib/proc.mjs";

const packed = inject("packed");
const fullProject = inject("fullProject");

/** Subpaths of a package's exports map, as specifiers: "@mux/testing", "@mux/testing/node". */
function specifiers(name: string, unpackedDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(unpackedDir, "package.json"), "utf8"));
  const keys = manifest.exports && typeof manifest.exports === "object" ? Object.keys(manifest.exports) : ["."];
  return keys.filter((k) => k.startsWith(".") && !k.endsWith("package.json")).map((k) => (k === "." ? name : `${name}/${k.slice(2)}`));
}

const probe = `
const specifier = process.argv[1];
const required = require(specifier);
import(specifier).then((imported) => {
  // Node adds __esModule to the namespace of a module with a default export, for CJS interop.
  const a = Object.keys(required).filter((k) => k !== "__esModule").sort().join(",");
  const b = Object.keys(imported).sort().join(",");
  if (a !== b) throw new Error("require() and import() disagree: " + a + " vs " + b);
  if (a.length === 0) throw new Error("no exports");
  if ("default" in required && typeof required.default !== typeof imported.default) throw new Error("default export differs");
  console.log(JSON.stringify({ specifier, exports: Object.keys(required).length }));
});
`;

describe.skipIf(packed.length === 0)(`require() on Node ${process.versions.node}`, () => {
  for (const pkg of packed) {
    for (const specifier of specifiers(pkg.name, pkg.unpackedDir)) {
      it(`require("${specifier}")`, async () => {
        const result = await run(process.execPath, ["--no-warnings", "-e", probe, specifier], { cwd: fullProject, timeoutMs: 30_000 });
        expect(result.code, result.stderr).toBe(0);
      });
    }
  }
});

// publint, attw (ESM-only profile) and our own tarball checks, on each packed tarball.
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, inject, it } from "vitest";
import { strict } from "./lib/expect-built.js";
import { run } from "./lib/proc.mjs";
import { tarballProblems } from "./lib/tarball-checks.mjs";
import { e2eDir, listPackages } from "./lib/workspace.mjs";

const packed = new Map(inject("packed").map((p) => [p.name, p]));
const attwBin = join(e2eDir, "node_modules", ".bin", "attw");

for (const pkg of listPackages()) {
  const tarball = packed.get(pkg.name);
  describe.skipIf(!tarball && !strict)(`${pkg.name} tarball`, () => {
    it("was built and packed", () => {
      expect(tarball, `${pkg.name} has no build output (dist/) to pack`).toBeDefined();
    });

    it("passes publint with no errors or warnings", async () => {
      if (!tarball) return;
      const { messages, pkg: manifest } = await publint({ pkgDir: tarball.unpackedDir, pack: false, level: "suggestion" });
      const lines = messages.map((m) => `${m.type}: ${formatMessage(m, manifest) ?? m.code}`);
      if (lines.length) console.log(`[publint ${pkg.name}]\n${lines.join("\n")}`);
      expect(lines.filter((l) => !l.startsWith("suggestion"))).toEqual([]);
    });

    it("passes attw with the esm-only profile", async () => {
      if (!tarball) return;
      const result = await run(attwBin, [tarball.tarball, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"], {
        timeoutMs: 60_000,
      });
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    });

    it("has the files and fields a published package needs", () => {
      if (!tarball) return;
      expect(tarballProblems(tarball)).toEqual([]);
    });
  });
}

it("found the workspace packages", () => {
  expect(listPackages().length).toBeGreaterThan(0);
});

// Packs every built package once per `vitest run` and installs all tarballs into one npm project
// that the test files share. Test files read the results through `inject()`.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { packAll, type PackedPackage } from "./lib/pack.mjs";
import { installProject } from "./lib/project.mjs";
import { listPackages, tmpRoot } from "./lib/workspace.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    runDir: string;
    packed: PackedPackage[];
    unbuilt: string[];
    fullProject: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const runDir = join(tmpRoot, "e2e", "vitest");
  rmSync(runDir, { recursive: true, force: true });
  const all = listPackages();
  const started = Date.now();
  const packed = await packAll(
    all.filter((p) => p.built),
    join(runDir, "tarballs"),
  );
  const fullProject = join(runDir, "full-project");
  if (packed.length > 0) {
    await installProject(
      fullProject,
      packed,
      packed.map((p) => p.name),
    );
  }
  console.log(`[e2e] packed ${packed.length} package(s) and installed them with npm in ${Date.now() - started} ms`);
  project.provide("runDir", runDir);
  project.provide("packed", packed);
  project.provide(
    "unbuilt",
    all.filter((p) => !p.built).map((p) => p.name),
  );
  project.provide("fullProject", fullProject);
  return () => {};
}

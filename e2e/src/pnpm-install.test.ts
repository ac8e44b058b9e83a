// An app installs the tarballs with pnpm exactly as `pnpm pack:all` tells it to: the JSON plan of
// scripts/pack-all.mjs is written into a fresh project's package.json and pnpm-workspace.yaml,
// installed with pnpm (store first, registry for what the store lacks), and the smoke apps run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { havePackages } from "./lib/expect-built.js";
import { startMockServerBin } from "./lib/mock-server.mjs";
import { run, runOrThrow } from "./lib/proc.mjs";
import { copySmokeScripts, installedPackageNames } from "./lib/project.mjs";
import { repoRoot } from "./lib/workspace.mjs";

const runDir = inject("runDir");
const fullProject = inject("fullProject");

interface PackAllOutput {
  out: string;
  packed: { name: string; tarball: string }[];
  plan: {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    overrides: Record<string, string>;
    needsMswBuildDecision: boolean;
  };
}

const yamlMap = (map: Record<string, string>) =>
  Object.entries(map)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join("\n");

describe.skipIf(!havePackages("@mux/mux-node", "@mux/testing", "@mux/jwt"))("pnpm install of the tarballs from pnpm pack:all", () => {
  const dir = join(runDir, "pnpm-project");
  let output: PackAllOutput;

  beforeAll(async () => {
    const packed = await runOrThrow(
      process.execPath,
      [join(repoRoot, "scripts", "pack-all.mjs"), "--out", join(runDir, "pack-all"), "--json", "mux-node", "jwt", "testing", "signing-keys", "core", "errors"],
      { cwd: repoRoot, timeoutMs: 120_000 },
    );
    output = JSON.parse(packed.stdout) as PackAllOutput;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { dependencies, devDependencies, overrides, needsMswBuildDecision } = output.plan;
    const manifest = { name: "mux-e2e-pnpm-app", version: "0.0.0", private: true, type: "module", dependencies, devDependencies };
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const workspace = [`overrides:\n${yamlMap(overrides)}`, ...(needsMswBuildDecision ? ["allowBuilds:\n  msw: false"] : [])];
    writeFileSync(join(dir, "pnpm-workspace.yaml"), `${workspace.join("\n")}\n`);
    await runOrThrow("pnpm", ["install", "--prefer-offline", "--reporter=append-only"], { cwd: dir, timeoutMs: 180_000 });
    copySmokeScripts(dir);
  });

  it("packs every publishable package with a versioned name into one folder", () => {
    expect(output.packed.map((p) => p.name)).toEqual(expect.arrayContaining(["@mux/core", "@mux/errors", "@mux/jwt", "@mux/mux-node", "@mux/testing"]));
    for (const p of output.packed) expect(p.tarball).toMatch(new RegExp(`${output.out}/mux-[a-z-]+-\\d+\\.\\d+\\.\\d+\\.tgz$`));
  });

  it("resolves every @mux package, direct or transitive, to one copy from its tarball", async () => {
    const names = installedPackageNames(dir);
    for (const name of ["@mux/mux-node", "@mux/jwt", "@mux/testing", "msw"]) expect(names).toContain(name);
    const listed = await runOrThrow("pnpm", ["list", "--depth", "Infinity", "--json"], { cwd: dir, timeoutMs: 60_000 });
    const resolved = new Map<string, Set<string>>();
    const walk = (deps: Record<string, { resolved?: string; dependencies?: Record<string, unknown> }> | undefined) => {
      for (const [name, info] of Object.entries(deps ?? {})) {
        if (name.startsWith("@mux/")) resolved.set(name, (resolved.get(name) ?? new Set()).add(String(info.resolved)));
        walk(info.dependencies as typeof deps);
      }
    };
    for (const project of JSON.parse(listed.stdout) as { dependencies?: never; devDependencies?: never }[]) {
      walk(project.dependencies);
      walk(project.devDependencies);
    }
    expect([...resolved.keys()].sort()).toEqual(output.packed.map((p) => p.name).filter((n) => resolved.has(n)));
    expect(resolved.has("@mux/utilities") && resolved.has("@mux/signing-keys")).toBe(true);
    for (const [name, sources] of resolved) {
      expect([...sources], name).toHaveLength(1);
      expect([...sources][0], name).toMatch(/^file:.*\.tgz$/);
    }
  });

  describe("the installed packages work", () => {
    let server: Awaited<ReturnType<typeof startMockServerBin>> | undefined;
    beforeAll(async () => {
      server = await startMockServerBin(fullProject);
    });
    afterAll(() => server?.stop());

    it("runs the umbrella, JWT and msw smoke apps", async () => {
      const apps = ["umbrella-app", "jwt-app", "msw-app"];
      const result = await run(process.execPath, ["smoke/cli.mjs", ...apps], {
        cwd: dir,
        env: { ...process.env, ...server?.env },
        timeoutMs: 60_000,
      });
      const lines = result.stdout
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { app: string; ok: boolean; error?: string });
      expect(lines.filter((l) => !l.ok).map((l) => `${l.app}: ${l.error}`), result.stderr).toEqual([]);
      expect(lines.map((l) => l.app)).toEqual(apps);
    });
  });
});

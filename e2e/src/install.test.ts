// Installs the tarballs with plain npm into fresh projects, checks what lands in node_modules,
// and runs the smoke apps against the mock server from the installed @mux/testing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { havePackages } from "./lib/expect-built.js";
import { startMockServerBin } from "./lib/mock-server.mjs";
import { run } from "./lib/proc.mjs";
import { installedPackageNames, installProject } from "./lib/project.mjs";

const packed = inject("packed");
const runDir = inject("runDir");
const fullProject = inject("fullProject");

async function runSmoke(projectDir: string, apps: string[], env: Record<string, string> = {}) {
  const result = await run(process.execPath, ["smoke/cli.mjs", ...apps], {
    cwd: projectDir,
    env: { ...process.env, ...env },
    timeoutMs: 60_000,
  });
  const lines = result.stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { app: string; ok: boolean; checks?: string[]; error?: string });
  return { ...result, lines };
}

function expectSmokeOk(result: Awaited<ReturnType<typeof runSmoke>>, apps: string[]) {
  const failures = result.lines.filter((l) => !l.ok).map((l) => `${l.app}: ${l.error}`);
  expect(failures, result.stderr).toEqual([]);
  expect(result.lines.map((l) => l.app)).toEqual(apps);
  expect(result.code, result.stderr).toBe(0);
}

describe.skipIf(!havePackages("@mux/signing-keys", "@mux/core", "@mux/errors"))("npm install @mux/signing-keys alone", () => {
  const dir = join(runDir, "signing-keys-only");
  beforeAll(async () => {
    await installProject(dir, packed, ["@mux/signing-keys"]);
  });

  it("installs only signing-keys, core, errors and openapi-fetch (with its helpers)", () => {
    const names = installedPackageNames(dir);
    expect(names).toEqual(expect.arrayContaining(["@mux/signing-keys", "@mux/core", "@mux/errors", "openapi-fetch"]));
    for (const unwanted of ["@mux/jwt", "@mux/testing", "@mux/utilities", "@mux/webhooks", "@mux/mux-node", "jose", "msw"]) {
      expect(names, `${unwanted} should not be installed`).not.toContain(unwanted);
    }
    const unexpected = names.filter((n) => !["@mux/signing-keys", "@mux/core", "@mux/errors"].includes(n) && !n.startsWith("openapi-"));
    expect(unexpected, "packages beyond openapi-fetch and its own helpers").toEqual([]);
  });

  it.skipIf(!havePackages("@mux/testing"))("runs the signing-keys app against mux-mock-server", async () => {
    const server = await startMockServerBin(fullProject);
    try {
      expectSmokeOk(await runSmoke(dir, ["signing-keys-app"], server.env), ["signing-keys-app"]);
    } finally {
      server.stop();
    }
  });
});

describe.skipIf(!havePackages("@mux/jwt", "@mux/errors"))("npm install @mux/jwt alone", () => {
  const dir = join(runDir, "jwt-only");
  beforeAll(async () => {
    await installProject(dir, packed, ["@mux/jwt"]);
  });

  it("installs only jwt, errors and jose", () => {
    expect(installedPackageNames(dir)).toEqual(["@mux/errors", "@mux/jwt", "jose"]);
  });

  it("runs the JWT app", async () => {
    expectSmokeOk(await runSmoke(dir, ["jwt-app"]), ["jwt-app"]);
  });
});

describe.skipIf(!havePackages("@mux/webhooks", "@mux/errors", "@mux/core"))("npm install @mux/webhooks alone", () => {
  const dir = join(runDir, "webhooks-only");
  beforeAll(async () => {
    await installProject(dir, packed, ["@mux/webhooks"]);
  });

  it("installs only webhooks, errors, and core with openapi-fetch (for the endpoint operations)", () => {
    const names = installedPackageNames(dir);
    expect(names).toEqual(expect.arrayContaining(["@mux/core", "@mux/errors", "@mux/webhooks", "openapi-fetch"]));
    expect(names.filter((n) => !["@mux/core", "@mux/errors", "@mux/webhooks"].includes(n) && !n.startsWith("openapi-"))).toEqual([]);
  });

  it("runs the webhooks app", async () => {
    expectSmokeOk(await runSmoke(dir, ["webhooks-app"]), ["webhooks-app"]);
  });
});

describe.skipIf(!havePackages("@mux/mux-node", "@mux/testing"))("umbrella app, all packages installed", () => {
  let server: Awaited<ReturnType<typeof startMockServerBin>> | undefined;
  beforeAll(async () => {
    server = await startMockServerBin(fullProject);
  });
  afterAll(() => server?.stop());

  it("runs every smoke app against mux-mock-server", async () => {
    const apps = ["umbrella-app", "signing-keys-app", "jwt-app", "webhooks-app"];
    expectSmokeOk(await runSmoke(fullProject, apps, server?.env), apps);
  });

  it("runs the umbrella app against startMockMuxServer() from @mux/testing/node", async () => {
    const driver = join(fullProject, "smoke", "in-process.mjs");
    writeFileSync(
      driver,
      [
        'import { startMockMuxServer } from "@mux/testing/node";',
        'import { run } from "./umbrella-app.mjs";',
        "const server = await startMockMuxServer();",
        "try {",
        "  const result = await run({ baseURL: server.url, tokenId: server.tokenId, tokenSecret: server.tokenSecret });",
        "  console.log(JSON.stringify({ app: 'umbrella-app', ok: true, checks: result.checks }));",
        "} finally {",
        "  await server.close();",
        "}",
        "",
      ].join("\n"),
    );
    const result = await run(process.execPath, [driver], { cwd: fullProject, timeoutMs: 60_000 });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('"ok":true');
  });
});

describe("the full install", () => {
  it.skipIf(packed.length === 0)("has exactly one copy of each @mux package", () => {
    const names = installedPackageNames(fullProject).filter((n) => n.startsWith("@mux/"));
    expect(names).toEqual([...new Set(packed.map((p) => p.name))].sort());
  });
});

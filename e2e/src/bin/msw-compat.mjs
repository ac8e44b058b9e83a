#!/usr/bin/env node
// Which msw versions does @mux/testing really work with? Installs the packed @mux/testing with the
// given msw into a throwaway project and, on this Node (msw 2 only; msw 3 needs Node 22.12+) and the
// downloaded Node 22 and 24, runs the msw setupServer app and the signing-keys app against
// mux-mock-server (which uses msw's getResponse), then type-checks a user file against it.
// Prints what npm says about the peer range too.
// Usage: node src/bin/msw-compat.mjs [msw-spec]   (default msw@3)
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startMockServerBin } from "../lib/mock-server.mjs";
import { packAll } from "../lib/pack.mjs";
import { run, tail } from "../lib/proc.mjs";
import { installProject } from "../lib/project.mjs";
import { ensureRuntime, runtimeSpecs } from "../lib/runtimes.mjs";
import { builtPackages, e2eDir, tmpRoot } from "../lib/workspace.mjs";

const mswSpec = process.argv[2] ?? "msw@3";
const dir = join(tmpRoot, "e2e", "msw-compat", mswSpec.replace(/[@/^~]/g, "_"));
rmSync(dir, { recursive: true, force: true });
const packed = await packAll(builtPackages(), join(dir, "tarballs"));
const specs = runtimeSpecs();

// What a user gets from plain `npm install @mux/testing msw@3` (peer range conflict or not).
const strictProject = join(dir, "strict");
try {
  await installProject(strictProject, packed, ["@mux/testing"], { extraDependencies: { msw: mswSpec.replace(/^msw@/, "") } });
  console.log(`npm install @mux/testing ${mswSpec}: accepted by npm's peer check`);
} catch (error) {
  const text = /** @type {Error} */ (error).message;
  console.log(`npm install @mux/testing ${mswSpec}: REFUSED by npm's peer check\n${tail(text, 12)}`);
}

// Forced install, to see whether the code itself works with it.
const project = join(dir, "project");
await installProject(project, packed, ["@mux/testing", "@mux/signing-keys", "@mux/core", "@mux/errors"], {
  extraDependencies: { msw: mswSpec.replace(/^msw@/, "") },
  npmArgs: ["--legacy-peer-deps"],
});
const installedMsw = (await run(process.execPath, ["-p", "require('msw/package.json').version"], { cwd: project })).stdout.trim();
console.log(`installed msw ${installedMsw} (with --legacy-peer-deps)`);

let failed = 0;
let total = 0;
/** @type {string[]} */
const binaries = installedMsw.startsWith("2.") ? [process.execPath] : [];
for (const id of /** @type {const} */ (["node22", "node24"])) binaries.push((await ensureRuntime(id, specs[id])).binary);
for (const binary of binaries) {
  total++;
  const version = (await run(binary, ["--version"])).stdout.trim();
  let server;
  try {
    server = await startMockServerBin(project, { nodeBinary: binary });
    const outcome = await run(binary, ["smoke/cli.mjs", "msw-app", "signing-keys-app"], {
      cwd: project,
      env: { ...process.env, ...server.env },
      timeoutMs: 90_000,
    });
    const ok = outcome.code === 0;
    if (!ok) failed++;
    console.log(`${ok ? "PASS" : "FAIL"}  node ${version} + msw ${installedMsw}\n${tail(`${outcome.stdout}\n${outcome.stderr}`, ok ? 2 : 30)}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  node ${version} + msw ${installedMsw}: ${/** @type {Error} */ (error).message}`);
  } finally {
    server?.stop();
  }
}
// Types: a user's test file compiles against this msw.
total++;
writeFileSync(
  join(project, "user-test.ts"),
  [
    'import { createMuxHandlers, createMuxMock } from "@mux/testing";',
    'import { startMockMuxServer } from "@mux/testing/node";',
    'import { http, HttpResponse } from "msw";',
    'import { setupServer } from "msw/node";',
    "const mock = createMuxMock();",
    'const server = setupServer(...createMuxHandlers(), ...mock.handlers, http.get("https://example.test", () => HttpResponse.json({})));',
    "server.listen();",
    "export const started = startMockMuxServer({ port: 0 });",
    "",
  ].join("\n"),
);
writeFileSync(
  join(project, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ["es2022", "dom"] },
    files: ["user-test.ts"],
  }),
);
const tsc = await run(join(e2eDir, "node_modules", ".bin", "tsc"), ["-p", project], { cwd: project, timeoutMs: 120_000 });
if (tsc.code !== 0) failed++;
console.log(`${tsc.code === 0 ? "PASS" : "FAIL"}  types (tsc, skipLibCheck off) with msw ${installedMsw}${tsc.code === 0 ? "" : `\n${tail(tsc.stdout, 15)}`}`);
console.log(`${total - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

// Runs smoke apps on Node, Bun or Deno: `<runtime> smoke/cli.mjs jwt-app signing-keys-app ...`.
// Server settings come from MUX_BASE_URL / MUX_TOKEN_ID / MUX_TOKEN_SECRET (what mux-mock-server prints).
// Prints one JSON line per app and exits non-zero when any app fails.
import { smokeApps } from "./manifest.mjs";

/** @type {Record<string, string | undefined>} */
const env =
  // Deno exposes `process` too, but fall back to Deno.env for older versions.
  globalThis.process?.env ?? /** @type {any} */ (globalThis).Deno?.env.toObject() ?? {};
const config = {
  baseURL: env.MUX_BASE_URL ?? "",
  tokenId: env.MUX_TOKEN_ID ?? "",
  tokenSecret: env.MUX_TOKEN_SECRET ?? "",
};
const args = (globalThis.process?.argv ?? []).slice(2);
// --exit: end the process once the apps are done, for apps whose libraries keep it alive
// (msw's setupServer on Deno). Without it, a leftover timer or socket shows up as a timeout.
const forceExit = args.includes("--exit");
const names = args.filter((a) => a !== "--exit");
let failed = 0;
for (const name of names) {
  const app = smokeApps[name];
  try {
    if (!app) throw new Error(`unknown smoke app ${name}`);
    const mod = await import(app.file);
    const result = await mod.run(config);
    console.log(JSON.stringify({ app: name, ok: true, checks: result.checks }));
  } catch (error) {
    failed++;
    const message = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
    console.log(JSON.stringify({ app: name, ok: false, error: message }));
  }
}
if (globalThis.process) globalThis.process.exitCode = failed ? 1 : 0;
if (forceExit) globalThis.process?.exit(failed ? 1 : 0);

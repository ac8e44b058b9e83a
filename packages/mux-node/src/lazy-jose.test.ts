import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const hook = pathToFileURL(fileURLToPath(new URL("./test-support/record-imports.mjs", import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), "mux-lazy-jose-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an ESM script in a fresh Node and returns its stdout and every module URL it resolved. */
function run(script: string, env: Record<string, string> = {}): { output: string; loaded: string[] } {
  const log = join(dir, `imports-${Math.random().toString(36).slice(2)}.log`);
  const register = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hook)});`;
  const output = execFileSync(process.execPath, ["--no-warnings", "--import", register, "--input-type=module", "-e", script], {
    cwd: packageDir,
    encoding: "utf8",
    env: { ...process.env, ...env, IMPORT_LOG: log },
  });
  let loaded: string[] = [];
  try {
    loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
  } catch {
    // nothing resolved
  }
  return { output, loaded };
}

const jose = (url: string) => url.includes("/jose/");

it("does not load jose on import, nor when mux.jwt is only touched", () => {
  const { output, loaded } = run(`
    import Mux from "@mux/mux-node";
    const mux = new Mux({ tokenId: "a", tokenSecret: "b" });
    console.log(typeof mux.jwt.signPlaybackId, typeof mux.system.signingKeys.list);
  `);
  expect(output.trim()).toBe("function function");
  expect(loaded.some((url) => url.includes("/mux-node/dist/"))).toBe(true);
  expect(loaded.filter(jose)).toEqual([]);
});

it("signs with the client's key without loading jose", () => {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const { output, loaded } = run(
    `
    import Mux from "@mux/mux-node";
    const mux = new Mux({ jwtSigningKey: "kid-1", jwtPrivateKey: process.env.KEY });
    const [one, two] = await Promise.all([mux.jwt.signPlaybackId("pb-1"), mux.jwt.signViewerCounts("pb-1", { type: "playback" })]);
    const drm = await mux.jwt.signDrmLicense("pb-1");
    const claims = (t) => JSON.parse(Buffer.from(t.split(".")[1], "base64url"));
    console.log(JSON.stringify([claims(one).kid, claims(one).aud, claims(two).aud, claims(drm).aud, claims(drm).sub]));
  `,
    { KEY: Buffer.from(privateKey).toString("base64") },
  );
  expect(JSON.parse(output)).toEqual(["kid-1", "v", "playback_id", "d", "pb-1"]);
  expect(loaded.some((url) => url.includes("/jwt/dist/"))).toBe(true);
  expect(loaded.filter(jose)).toEqual([]);
});

it("rejects a signing call without a key", async () => {
  const { output } = run(`
    import Mux from "@mux/mux-node";
    const mux = new Mux();
    const outcome = async () => mux.jwt.signPlaybackId("pb").then(() => "signed", (e) => e.name);
    console.log(JSON.stringify([await outcome(), await outcome()]));
  `, { MUX_SIGNING_KEY: "", MUX_PRIVATE_KEY: "" });
  expect(JSON.parse(output)).toEqual(["MissingCredentialsError", "MissingCredentialsError"]);
});

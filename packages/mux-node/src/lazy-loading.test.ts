import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const hook = pathToFileURL(fileURLToPath(new URL("./test-support/record-imports.mjs", import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), "mux-lazy-loading-"));
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
const jwtPackage = (url: string) => url.includes("/jwt/dist/");
const verification = (url: string) => url.includes("/webhook-verification-");

it("loads neither the JWT code, jose nor webhook verification on import, nor when mux.jwt / mux.webhooks are only touched", () => {
  const { output, loaded } = run(`
    import Mux from "@mux/mux-node";
    const mux = new Mux({ tokenId: "a", tokenSecret: "b" });
    console.log(typeof mux.jwt.signPlaybackId, typeof mux.webhooks.unwrap, typeof mux.system.signingKeys.list);
  `);
  expect(output.trim()).toBe("function function function");
  expect(loaded.some((url) => url.includes("/mux-node/dist/"))).toBe(true);
  expect(loaded.filter(jose)).toEqual([]);
  expect(loaded.filter(jwtPackage)).toEqual([]);
  expect(loaded.filter(verification)).toEqual([]);
});

it("loads webhook verification on the first check, and only it", async () => {
  const secret = "whsec-lazy";
  const body = JSON.stringify({ type: "video.asset.ready", id: "e-1", data: { id: "a-1" } });
  const time = Math.floor(Date.now() / 1000);
  const { createHmac } = await import("node:crypto");
  const signature = createHmac("sha256", secret).update(`${time}.${body}`).digest("hex");
  const { output, loaded } = run(
    `
    import Mux from "@mux/mux-node";
    const mux = new Mux();
    const headers = { "mux-signature": process.env.SIGNATURE };
    const event = await mux.webhooks.unwrap(process.env.BODY, headers);
    const bad = await mux.webhooks.verifySignature(process.env.BODY + " ", headers).then(() => "verified", (e) => e.reason);
    console.log(JSON.stringify([event.type, event.data.id, bad]));
  `,
    { MUX_WEBHOOK_SECRET: secret, BODY: body, SIGNATURE: `t=${time},v1=${signature}` },
  );
  expect(JSON.parse(output)).toEqual(["video.asset.ready", "a-1", "no_matching_signature"]);
  expect(loaded.filter(verification)).toHaveLength(1);
  expect(loaded.filter(jwtPackage)).toEqual([]);
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
  expect(loaded.some(jwtPackage)).toBe(true);
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

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

it("runs the demo end to end against the embedded fake", async () => {
  const env = { ...process.env };
  for (const name of ["MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN", "MUX_BASE_URL", "MUX_SIGNING_KEY", "MUX_PRIVATE_KEY"]) {
    delete env[name];
  }
  const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/demo.ts"], { cwd: root, env });
  expect(stderr).toBe("");
  expect(stdout).toContain("Target: the embedded fake Mux API");
  for (const title of [
    "[1/13] Start the fake Mux API and seed old keys",
    "[2/13] Token health check (whoami + permissions)",
    "[3/13] Create a signing key",
    "[4/13] List all signing keys across pages (limit 2)",
    "[5/13] Sign a playback token with the new key and verify it",
    "[6/13] Rotate keys",
    "[7/13] Start a webhook receiver and register it with Mux",
    "[8/13] Create a direct upload",
    "[9/13] PUT a small file to the upload URL",
    "[10/13] Receive video.asset.ready through the webhook",
    "[11/13] Add a signed playback ID",
    "[12/13] Sign playback and thumbnail tokens",
    "[13/13] Clean up",
  ]) {
    expect(stdout).toContain(title);
  }
  expect(stdout.match(/✔ done in \d+ ms/g)).toHaveLength(13);
  // The video workflow, as a story: every webhook verified by @mux/webhooks in a real receiver.
  expect(stdout).toMatch(/sent 64 KiB of placeholder bytes \(65536 bytes\): HTTP 200/);
  for (const type of ["video.upload.created", "video.asset.created", "video.upload.asset_created", "video.asset.ready"]) {
    expect(stdout).toContain(`webhook ${type} received, signature verified`);
  }
  expect(stdout).toMatch(/asset \S+ is ready \(23\.857 s\); 0 deliveries failed verification/);
  expect(stdout).toMatch(/playback URL: {2}https:\/\/stream\.mux\.com\/\w+\.m3u8\?token=[\w-]+\.[\w-]+\.[\w-]+\n/);
  expect(stdout).toMatch(/thumbnail URL: https:\/\/image\.mux\.com\/\w+\/thumbnail\.jpg\?token=[\w-]+\.[\w-]+\.[\w-]+\n/);
  expect(stdout).toMatch(/deleted asset \S+\n/);
  expect(stdout).toMatch(/deleted webhook endpoint \S+\n/);
  const finished = Number(/Demo finished in (\d+) ms\./.exec(stdout)?.[1]);
  expect(finished).toBeLessThan(10_000);
  expect(stdout).toContain("required system:read, system:write: present");
  expect(stdout).toMatch(/6 keys on 4 pages; the new key is listed/);
  expect(stdout).toMatch(/verified against the key's public half: sub=demo-playback-id aud=v kid=\S+/);
  // The demo's first key goes too when the rotation's key is made a second or more later.
  expect(stdout).toMatch(/deleted [56] older keys: (\S+, )?demo-old-key-5, demo-old-key-4, demo-old-key-3, demo-old-key-2, demo-old-key-1/);
  expect(stdout).toContain("0 keys left in the fake");
  expect(stdout).toMatch(/Demo finished in \d+ ms\./);
  expect(stdout).not.toMatch(/LS0tLS1CRUdJTi|BEGIN RSA PRIVATE KEY/);
}, 60_000);

it("against a live API (credentials set) touches only what it created, and polls instead of webhooks", async () => {
  // The "real API" path, pointed at a local server that stands in for Mux through MUX_BASE_URL.
  const { startMockMuxServer } = await import("@mux/testing/node");
  const server = await startMockMuxServer();
  try {
    const others = await server.mock.signingKeys.seed([
      { id: "customer-key-old", created_at: 1_600_000_000 },
      { id: "customer-key-new", created_at: 1_700_000_000 },
    ]);
    const auth = { authorization: `Basic ${Buffer.from(`${server.tokenId}:${server.tokenSecret}`).toString("base64")}` };
    const customerAsset = await fetch(`${server.url}/video/v1/assets`, { method: "POST", headers: auth, body: JSON.stringify({ inputs: [{ url: "https://example.com/customer.mp4" }] }) });
    const customerAssetId = ((await customerAsset.json()) as { data: { id: string } }).data.id;
    const env: NodeJS.ProcessEnv = { ...process.env, MUX_TOKEN_ID: server.tokenId, MUX_TOKEN_SECRET: server.tokenSecret, MUX_BASE_URL: server.url };
    for (const name of ["MUX_AUTHORIZATION_TOKEN", "MUX_SIGNING_KEY", "MUX_PRIVATE_KEY"]) delete env[name];

    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/demo.ts"], { cwd: root, env });
    expect(stderr).toBe("");
    expect(stdout).toContain(`Target: the API at ${server.url} (from MUX_BASE_URL), with MUX_TOKEN_ID / MUX_TOKEN_SECRET`);
    expect(stdout).toContain(`Connect to ${server.url}`);
    expect(stdout).not.toContain("the real Mux API");
    expect(stdout).toContain("Rotate keys (dry run: other keys are left alone)");
    expect(stdout).toContain("Webhooks need a public URL: the demo polls the API instead");
    expect(stdout).toContain("Poll until the asset is ready");
    expect(stdout).toMatch(/playback URL: {2}https:\/\/stream\.mux\.com\//);
    expect(stdout).toMatch(/Demo finished in \d+ ms\./);
    expect(stdout).not.toMatch(/LS0tLS1CRUdJTi|BEGIN RSA PRIVATE KEY/);

    // Every key the demo did not create is still there, and every key it created is gone.
    expect(server.mock.signingKeys.list().map((k) => k.id).sort()).toEqual(others.map((k) => k.id).sort());
    const created = server.mock.requests.filter((r) => r.operationId === "create-signing-key" && r.status === 201);
    const deleted = server.mock.requests.filter((r) => r.operationId === "delete-signing-key").map((r) => r.params.SIGNING_KEY_ID);
    expect(created.length).toBeGreaterThan(0);
    expect(deleted).toHaveLength(created.length);
    expect(deleted).not.toContain("customer-key-old");
    expect(deleted).not.toContain("customer-key-new");
    // The video workflow made one upload, one asset and no webhook endpoint, and removed its asset.
    expect(server.mock.assets.list().map((a) => a.id)).toEqual([customerAssetId]);
    expect(server.mock.uploads.size).toBe(1);
    expect(server.mock.webhooks.endpoints()).toEqual([]);
    expect(server.mock.requests.filter((r) => r.method !== "GET" && r.path.includes(customerAssetId))).toEqual([]);
  } finally {
    await server.close();
  }
}, 60_000);

/** The environment without any MUX_* variable, plus `extra`. */
function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("MUX_")) delete env[name];
  return { ...env, ...extra };
}

it("stops with a clear message when only MUX_TOKEN_ID is set, instead of using the fake", async () => {
  const failure = await run(process.execPath, ["--import", "tsx", "src/demo.ts"], { cwd: root, env: envWith({ MUX_TOKEN_ID: "id-only" }) }).then(
    () => undefined,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain("Demo not started: MUX_TOKEN_ID is set but MUX_TOKEN_SECRET is not.");
  expect(failure?.stdout).not.toContain("[1/13]");
}, 60_000);

it("keeps its step numbers in order when a step fails, and pluralises counts", async () => {
  const { startMockMuxServer } = await import("@mux/testing/node");
  const readOnly = await startMockMuxServer({ tokens: [{ tokenId: "reader", tokenSecret: "reader-secret", permissions: ["system:read"] }] });
  try {
    const failure = await run(process.execPath, ["--import", "tsx", "src/demo.ts"], {
      cwd: root,
      env: envWith({ MUX_TOKEN_ID: "reader", MUX_TOKEN_SECRET: "reader-secret", MUX_BASE_URL: readOnly.url }),
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const numbers = [...(failure?.stdout ?? "").matchAll(/^\[(\d+)\/13\]/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 13]);
    expect(failure?.stdout).toContain("(steps 3-12 skipped)");
    expect(failure?.stdout).toContain("[13/13] Clean up");
    expect(failure?.stderr).toContain("the demo needs system:read and system:write");
  } finally {
    await readOnly.close();
  }

  const fresh = await startMockMuxServer();
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/demo.ts"], {
      cwd: root,
      env: envWith({ MUX_TOKEN_ID: fresh.tokenId, MUX_TOKEN_SECRET: fresh.tokenSecret, MUX_BASE_URL: fresh.url }),
    });
    expect(stdout).toContain("1 key on 1 page; the new key is listed");
    expect(stdout).not.toMatch(/\b1 keys\b|\b1 pages\b/);
  } finally {
    await fresh.close();
  }
}, 90_000);

// `pnpm demo`: the System workflows, then the video workflow, end to end, step by step, with timings.
// By default against the fake Mux API from @mux/testing (a real HTTP server on 127.0.0.1: no
// credentials, no network). With MUX_TOKEN_ID and MUX_TOKEN_SECRET (or MUX_AUTHORIZATION_TOKEN)
// set it talks to the API at MUX_BASE_URL, else https://api.mux.com, and touches only what it
// creates (rotation runs as a dry run there; webhooks would need a public URL, so the video workflow
// polls instead; MUX_DEMO_VIDEO names a real video file to upload). Half-set credentials stop it
// with a message.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { performance } from "node:perf_hooks";
import { verifyMuxToken } from "@mux/jwt";
import Mux, { type SigningKey } from "@mux/mux-node";
import { type MockMuxServer, startMockMuxServer } from "@mux/testing/node";
import { plural } from "./demo/plural.js";
import {
  addSignedPlaybackId,
  cleanUpVideo,
  createDirectUpload,
  putFile,
  readyByPolling,
  readyByWebhook,
  signTokens,
  subscribeToWebhooks,
  type VideoResources,
} from "./demo/video.js";
import { DemoSetupError, type DemoTarget, demoTarget, describeTarget } from "./demo/target.js";

let target: DemoTarget;
try {
  target = demoTarget(process.env);
} catch (error) {
  if (!(error instanceof DemoSetupError)) throw error;
  console.error(`Demo not started: ${error.message}`);
  process.exit(1);
}
const live = target.kind === "live";
const STEPS = 13;
let stepNumber = 0;
const started = performance.now();

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

function detail(text: string): void {
  console.log(`      ${text}`);
}

/** Runs step `at` (the next one by default; clean-up is always the last, even after a failure). */
async function step<T>(title: string, run: () => Promise<T>, at = stepNumber + 1): Promise<T> {
  if (at > stepNumber + 1) console.log(`\n(${at - stepNumber - 1 === 1 ? `step ${stepNumber + 1}` : `steps ${stepNumber + 1}-${at - 1}`} skipped)`);
  stepNumber = at;
  console.log(`\n[${stepNumber}/${STEPS}] ${title}`);
  const t = performance.now();
  try {
    const result = await run();
    console.log(`      ✔ done in ${ms(t)}`);
    return result;
  } catch (error) {
    console.log(`      ✘ failed after ${ms(t)}`);
    throw error;
  }
}

/** The public half of a key, for verification: from the fake's store, or derived from the private key. */
async function publicKeyOf(fake: MockMuxServer | undefined, key: { id: string; private_key: string }) {
  if (fake) return fake.mock.publicKeyFor(key.id);
  const pem = Buffer.from(key.private_key, "base64").toString("utf8");
  return createPublicKey(createPrivateKey(pem)).export({ type: "spki", format: "pem" }).toString();
}

async function main(): Promise<void> {
  let fake: MockMuxServer | undefined;
  const createdIds = new Set<string>();
  const video: VideoResources = {};
  let mux: Mux;

  console.log("Mux System API demo");
  console.log(describeTarget(target));

  try {
    mux = await step(target.kind === "live" ? `Connect to ${target.baseURL}` : "Start the fake Mux API and seed old keys", async () => {
      if (target.kind === "live") {
        detail(`using ${target.credentials}${target.fromEnv ? " and MUX_BASE_URL" : ""} from the environment`);
        return new Mux();
      }
      fake = await startMockMuxServer({
        identity: { organization_name: "Demo Org", environment_name: "Demo", environment_type: "development" },
        timings: { assetReadyMs: 1_500 },
      });
      const day = 24 * 60 * 60;
      const now = Math.floor(Date.now() / 1000);
      const seeded = await fake.mock.signingKeys.seed(
        Array.from({ length: 5 }, (_, i) => ({ id: `demo-old-key-${i + 1}`, created_at: now - (40 - i) * day })),
      );
      detail(`fake API listening at ${fake.url}`);
      detail(`seeded ${seeded.length} signing keys, 36 to 40 days old`);
      return new Mux({ baseURL: fake.url, tokenId: fake.tokenId, tokenSecret: fake.tokenSecret });
    });

    await step("Token health check (whoami + permissions)", async () => {
      const health = await mux.system.utilities.checkTokenHealth({ requiredPermissions: ["system:read", "system:write"] });
      if ("error" in health) throw health.error;
      detail(`token "${health.info.access_token_name}" in ${health.info.environment_name} (${health.info.organization_name})`);
      detail(`permissions: ${health.info.permissions.join(", ")}`);
      if (!health.ok) throw new Error(`The token lacks ${health.missing.join(", ")}; the demo needs system:read and system:write.`);
      detail("required system:read, system:write: present");
    });

    const key = await step("Create a signing key", async () => {
      const created = await mux.system.signingKeys.create();
      createdIds.add(created.id);
      detail(`id ${created.id}, created_at ${created.created_at}`);
      detail(`private key received (${created.private_key.length} base64 characters, not printed)`);
      return created;
    });

    await step("List all signing keys across pages (limit 2)", async () => {
      let pages = 0;
      const all: SigningKey[] = [];
      for await (const page of (await mux.system.signingKeys.list({ limit: 2 })).iterPages()) {
        pages += 1;
        all.push(...page.data);
        detail(`page ${pages}: ${page.data.map((k) => k.id).join(", ") || "(empty)"}`);
      }
      detail(`${plural(all.length, "key")} on ${plural(pages, "page")}; the new key is ${all.some((k) => k.id === key.id) ? "listed" : "NOT listed"}`);
    });

    await step("Sign a playback token with the new key and verify it", async () => {
      const signer = new Mux({ jwtSigningKey: key.id, jwtPrivateKey: key.private_key });
      const token = await signer.jwt.signPlaybackId("demo-playback-id", { expiration: "1h" });
      detail(`token: ${token.slice(0, 24)}… (${token.length} characters)`);
      const claims = await verifyMuxToken(token, await publicKeyOf(fake, key), {
        audience: "v",
        subject: "demo-playback-id",
        keyId: key.id,
      });
      detail(`verified against the key's public half: sub=${claims.sub} aud=${claims.aud} kid=${claims.kid}`);
    });

    await step(live ? "Rotate keys (dry run: other keys are left alone)" : "Rotate keys", async () => {
      const result = await mux.system.signingKeys.rotate({
        onCreated: (newKey) => {
          createdIds.add(newKey.id);
          detail(`new key ${newKey.id} stored (onCreated)`);
        },
        propagationMs: live ? 2_000 : 250,
        pageSize: 2,
        dryRun: live,
      });
      if (live) {
        detail(`dry run: ${plural(result.candidates.length, "older key")} would be deleted; none were`);
      } else {
        detail(`deleted ${plural(result.deleted.length, "older key")}: ${result.deleted.map((k) => k.id).join(", ") || "none"}`);
        for (const deleted of result.deleted) createdIds.delete(deleted.id);
      }
      detail(`kept ${result.kept.length} (not strictly older, by whole seconds): ${result.kept.map((k) => k.id).join(", ") || "none"}`);
      detail(`failed deletions: ${result.failed.length}`);
    });

    console.log("\nVideo: a direct upload becomes a ready asset with signed playback");
    await step(live ? "Webhooks need a public URL: the demo polls the API instead" : "Start a webhook receiver and register it with Mux", async () => {
      if (live) detail("Mux cannot reach a receiver on this machine; set up an endpoint on a public URL for webhooks");
      else await subscribeToWebhooks(mux, video, detail);
    });
    const upload = await step("Create a direct upload", () => createDirectUpload(mux, video, detail));
    await step("PUT a small file to the upload URL", () => putFile(upload.url ?? "", detail));
    const assetId = await step(live ? "Poll until the asset is ready" : "Receive video.asset.ready through the webhook", () =>
      video.receiver ? readyByWebhook(video.receiver, upload.id ?? "", video, detail) : readyByPolling(mux, upload.id ?? "", video, detail, 500),
    );
    const playbackId = await step("Add a signed playback ID", () => addSignedPlaybackId(mux, assetId, detail));
    await step("Sign playback and thumbnail tokens", () => signTokens(mux, playbackId, video, detail));
  } finally {
    await step("Clean up", async () => {
      for (const id of createdIds) {
        try {
          await mux.system.signingKeys.delete(id);
          detail(`deleted demo key ${id}`);
        } catch (error) {
          detail(`could not delete ${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (createdIds.size === 0) detail("no demo keys left to delete");
      await cleanUpVideo(mux, video, detail);
      if (fake) {
        detail(`${plural(fake.mock.requests.length, "request")} served; ${plural(fake.mock.signingKeys.size, "key")} left in the fake`);
        await fake.close();
        detail("fake API stopped");
      }
    }, STEPS).catch(() => {});
  }
  console.log(`\nDemo finished in ${ms(started)}.`);
}

main().catch((error: unknown) => {
  console.error(`\nDemo failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
});

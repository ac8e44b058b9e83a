// The README's example, type-checked with exactOptionalPropertyTypes on (tsconfig.exact.json):
// options straight from process.env must compile, as they do with the official SDK.
import Mux, { NotFoundError } from "@mux/mux-node";
import { expectTypeOf, test } from "vitest";

test("the README example", async () => {
  const mux = new Mux({
    tokenId: process.env.MUX_TOKEN_ID,
    tokenSecret: process.env.MUX_TOKEN_SECRET,
  });

  const key = await mux.system.signingKeys.create();
  const page = await mux.system.signingKeys.list();
  expectTypeOf(page.data[0]?.id).toEqualTypeOf<string | undefined>();
  for await (const k of mux.system.signingKeys.list({ limit: 100 })) expectTypeOf(k.id).toEqualTypeOf<string>();
  const info = await mux.system.utilities.whoami();
  expectTypeOf(info.permissions).toEqualTypeOf<string[]>();

  const signer = new Mux({ jwtSigningKey: key.id, jwtPrivateKey: key.private_key });
  const token = await signer.jwt.signPlaybackId("playback-id", { expiration: "1h" });
  expectTypeOf(token).toEqualTypeOf<string>();

  try {
    await mux.system.signingKeys.retrieve("gone");
  } catch (error) {
    if (error instanceof NotFoundError) expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
  }
});

test("every option can be an explicit undefined", async () => {
  const mux = new Mux({
    tokenId: process.env.MUX_TOKEN_ID,
    tokenSecret: process.env.MUX_TOKEN_SECRET,
    authorizationToken: process.env.MUX_AUTHORIZATION_TOKEN,
    baseURL: process.env.MUX_BASE_URL,
    jwtSigningKey: process.env.MUX_SIGNING_KEY,
    jwtPrivateKey: process.env.MUX_PRIVATE_KEY,
    timeout: undefined,
    maxRetries: undefined,
    logLevel: undefined,
  });
  await mux.jwt.signPlaybackId("playback-id", { keyId: process.env.MUX_SIGNING_KEY, keySecret: process.env.MUX_PRIVATE_KEY });
  await mux.system.signingKeys.rotate({
    onCreated: () => {},
    propagationMs: undefined,
    keep: undefined,
    dryRun: undefined,
    signal: undefined,
    pageSize: undefined,
  });
  await mux.system.utilities.checkTokenHealth({ requiredPermissions: undefined, timeout: undefined });
  await mux.system.signingKeys.retrieve("k", { signal: undefined, headers: undefined });
});

test("several tokens are typed as the ones asked for", async () => {
  const mux = new Mux();
  const tokens = await mux.jwt.signPlaybackId("playback-id", { type: ["video", "thumbnail"] });
  expectTypeOf(tokens).toEqualTypeOf<{ "playback-token": string; "thumbnail-token": string }>();
});

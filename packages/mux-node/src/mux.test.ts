import { inspect } from "node:util";
import { verifyMuxToken } from "@mux/jwt";
import MuxDefault, {
  AuthenticationError,
  MissingCredentialsError,
  Mux,
  NotFoundError,
  type SigningKey,
  SigningKeys,
  System,
  Utilities,
  type UtilityWhoamiResponse,
} from "@mux/mux-node";
import { createMuxMock, DEFAULT_TOKEN } from "@mux/testing";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const { mock, server } = useMuxMock({ beforeAll, afterEach, afterAll }, { identity: { organization_name: "Acme" } });

const env = process.env;
function withEnv<T>(vars: Record<string, string>, run: () => T): T {
  process.env = { ...vars };
  try {
    return run();
  } finally {
    process.env = env;
  }
}

describe("Mux", () => {
  it("is the default export too", () => {
    expect(MuxDefault).toBe(Mux);
  });

  it("runs the official SDK's System calls", async () => {
    const mux = new Mux({ tokenId: DEFAULT_TOKEN.tokenId, tokenSecret: DEFAULT_TOKEN.tokenSecret });
    const signingKey = await mux.system.signingKeys.create();
    expect(signingKey.private_key).toBeTruthy();
    const signingKeys = await mux.system.signingKeys.list();
    expect(signingKeys.data.length).toBe(1);
    const key: SigningKey = await mux.system.signingKeys.retrieve(signingKey.id);
    expect(key.id).toBe(signingKey.id);
    await mux.system.signingKeys.delete(signingKey.id);
    await expect(mux.system.signingKeys.retrieve(signingKey.id)).rejects.toBeInstanceOf(NotFoundError);
    const info: UtilityWhoamiResponse = await mux.system.utilities.whoami();
    expect(info.organization_name).toBe("Acme");
  });

  it("builds each resource once, on first access", () => {
    const mux = new Mux({ tokenId: "id", tokenSecret: "secret" });
    expect(mux.system).toBeInstanceOf(System);
    expect(mux.system).toBe(mux.system);
    expect(mux.system.signingKeys).toBeInstanceOf(SigningKeys);
    expect(mux.system.signingKeys).toBe(mux.system.signingKeys);
    expect(mux.system.utilities).toBeInstanceOf(Utilities);
    expect(mux.jwt).toBe(mux.jwt);
    expect(mux.webhooks).toBe(mux.webhooks);
    expect(Object.keys(mux)).toEqual([]);
  });

  it("falls back to MUX_TOKEN_ID / MUX_TOKEN_SECRET, read at the first request", async () => {
    const mux = withEnv({}, () => new Mux());
    process.env = { MUX_TOKEN_ID: DEFAULT_TOKEN.tokenId, MUX_TOKEN_SECRET: DEFAULT_TOKEN.tokenSecret };
    try {
      await expect(mux.system.utilities.whoami()).resolves.toMatchObject({ organization_name: "Acme" });
    } finally {
      process.env = env;
    }
  });

  it("constructs without credentials and rejects the first API call with MissingCredentialsError", async () => {
    process.env = {};
    try {
      const mux = new Mux();
      const promise = mux.system.signingKeys.create();
      await expect(promise).rejects.toBeInstanceOf(MissingCredentialsError);
      await expect(mux.system.signingKeys.list()).rejects.toBeInstanceOf(Mux.MissingCredentialsError);
    } finally {
      process.env = env;
    }
    expect(mock.requests).toHaveLength(0);
  });

  it("maps API errors to the error classes, also reachable as statics", async () => {
    const mux = new Mux({ tokenId: "nobody", tokenSecret: "wrong", maxRetries: 0 });
    const error = await mux.system.utilities.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(Mux.AuthenticationError);
    expect(error).toBeInstanceOf(Mux.APIError);
    expect(error).toBeInstanceOf(Mux.MuxError);
  });

  it("passes core options through (baseURL, defaultHeaders, authorizationToken)", async () => {
    const prefixed = createMuxMock({ baseURL: "https://mux.example/proxy", tokens: [{ authorizationToken: "bearer-1" }] });
    server.use(...prefixed.handlers);
    const mux = new Mux({
      baseURL: "https://mux.example/proxy",
      authorizationToken: "bearer-1",
      defaultHeaders: { "x-demo": "yes" },
    });
    await mux.system.utilities.whoami();
    expect(prefixed.requests[0]?.auth.scheme).toBe("bearer");
    expect(prefixed.requests[0]?.headers["x-demo"]).toBe("yes");
  });

  it("signs playback tokens with jwtSigningKey / jwtPrivateKey", async () => {
    const mux = new Mux(DEFAULT_TOKEN);
    const key = await mux.system.signingKeys.create();
    const signer = new Mux({ jwtSigningKey: key.id, jwtPrivateKey: key.private_key });
    const token = await signer.jwt.signPlaybackId("playback-1");
    const claims = await verifyMuxToken(token, await mock.publicKeyFor(key.id), { audience: "v", subject: "playback-1" });
    expect(claims.kid).toBe(key.id);
  });

  it("falls back to MUX_SIGNING_KEY / MUX_PRIVATE_KEY for jwt", async () => {
    const [seeded] = await mock.signingKeys.seed(1);
    const id = seeded!.id;
    const privateKey = await mock.privateKeyFor(id);
    process.env = { MUX_SIGNING_KEY: id, MUX_PRIVATE_KEY: privateKey };
    let token: string;
    try {
      token = await new Mux().jwt.signPlaybackId("playback-2", { type: "thumbnail" });
    } finally {
      process.env = env;
    }
    await expect(verifyMuxToken(token, await mock.publicKeyFor(id), { audience: "t" })).resolves.toMatchObject({
      kid: id,
    });
  });

  it("never shows secrets when inspected or serialised", async () => {
    const secrets = ["the-token-secret", "the-bearer", "the-private-key", "the-webhook-secret"];
    const mux = new Mux({
      tokenId: "the-token-id",
      tokenSecret: secrets[0],
      authorizationToken: secrets[1],
      jwtSigningKey: "kid",
      jwtPrivateKey: secrets[2],
      webhookSecret: secrets[3],
    });
    void mux.system.signingKeys;
    void mux.jwt;
    void mux.webhooks;
    const outputs = [
      inspect(mux, { depth: 10, showHidden: true }),
      JSON.stringify(mux),
      inspect(mux.system, { depth: 10, showHidden: true }),
      inspect(mux.system.signingKeys, { depth: 10, showHidden: true }),
      inspect(mux.jwt, { depth: 10, showHidden: true }),
      inspect(mux.webhooks, { depth: 10, showHidden: true }),
      JSON.stringify(mux.webhooks),
    ];
    for (const output of outputs) for (const secret of secrets) expect(output).not.toContain(secret);
    expect(inspect(mux)).toBe("Mux { video, data, system, robots, jwt, webhooks }");
  });
});

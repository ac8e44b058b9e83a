import { AuthenticationError } from "@mux/errors";
import { Utilities, type Whoami, whoami } from "@mux/utilities";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll }, {
  identity: { organization_name: "Acme", environment_name: "Production", environment_type: "production" },
  tokens: [{ tokenId: "video-only", tokenSecret: "s3cret", permissions: ["video:read", "video:write"] }],
});
const client = fake.client({ maxRetries: 0, tokenId: "video-only", tokenSecret: "s3cret" });

describe("whoami", () => {
  it("describes the calling token", async () => {
    const info: Whoami = await whoami(client);
    expect(info).toMatchObject({
      organization_name: "Acme",
      environment_name: "Production",
      environment_type: "production",
      permissions: ["video:read", "video:write"],
    });
    expect(fake.mock.requests[0]).toMatchObject({ operationId: "get-whoami", method: "GET" });
  });

  it("rejects with AuthenticationError for a wrong secret", async () => {
    await expect(whoami(fake.client({ maxRetries: 0, tokenId: "video-only", tokenSecret: "nope" }))).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });
});

describe("Utilities", () => {
  it("binds whoami and checkTokenHealth to a client", async () => {
    const utilities = new Utilities(client);
    await expect(utilities.whoami()).resolves.toMatchObject({ organization_name: "Acme" });
    await expect(utilities.checkTokenHealth({ requiredPermissions: ["video"] })).resolves.toMatchObject({
      ok: true,
      missing: [],
    });
    expect(Object.keys(utilities)).toEqual([]);
  });
});

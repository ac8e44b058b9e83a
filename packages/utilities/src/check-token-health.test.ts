import { APIConnectionError, AuthenticationError, InternalServerError, InvalidResponseError, PermissionDeniedError } from "@mux/errors";
import { checkTokenHealth } from "@mux/utilities";
import { HttpResponse, http } from "msw";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll }, {
  tokens: [
    { tokenId: "full", tokenSecret: "full-secret" },
    { tokenId: "video", tokenSecret: "video-secret", permissions: ["video:read"] },
  ],
});
const full = fake.client({ maxRetries: 0, tokenId: "full", tokenSecret: "full-secret" });
const videoOnly = fake.client({ maxRetries: 0, tokenId: "video", tokenSecret: "video-secret" });

describe("checkTokenHealth", () => {
  it("is ok when every required permission is granted", async () => {
    const health = await checkTokenHealth(full, { requiredPermissions: ["video", "data", "system:write"] });
    expect(health.ok).toBe(true);
    if ("error" in health) throw new Error("unexpected failure");
    expect(health.missing).toEqual([]);
    expect(health.info.permissions).toContain("system:write");
  });

  it("reports the missing permissions", async () => {
    const health = await checkTokenHealth(videoOnly, { requiredPermissions: ["video", "video:write", "data"] });
    expect(health).toMatchObject({ ok: false, missing: ["video:write", "data"] });
  });

  it("needs nothing without requiredPermissions", async () => {
    await expect(checkTokenHealth(videoOnly)).resolves.toMatchObject({ ok: true, missing: [] });
  });

  it("resolves with the error for a rejected token (401)", async () => {
    const health = await checkTokenHealth(fake.client({ maxRetries: 0, tokenId: "full", tokenSecret: "wrong" }), {
      requiredPermissions: ["video"],
    });
    expect(health.ok).toBe(false);
    expect("error" in health && health.error).toBeInstanceOf(AuthenticationError);
  });

  it("resolves with the error for a forbidden token (403)", async () => {
    fake.mock.faults.add({ operation: "get-whoami", status: 403 });
    const health = await checkTokenHealth(full);
    expect("error" in health && health.error).toBeInstanceOf(PermissionDeniedError);
  });

  it("resolves with the error when Mux cannot be reached", async () => {
    fake.mock.faults.add({ operation: "get-whoami", networkError: true });
    const health = await checkTokenHealth(full);
    expect("error" in health && health.error).toBeInstanceOf(APIConnectionError);
  });

  it("rejects for other failures", async () => {
    fake.server.use(http.get("https://api.mux.com/system/v1/whoami", () => HttpResponse.json({}, { status: 500 })));
    await expect(checkTokenHealth(full)).rejects.toBeInstanceOf(InternalServerError);
  });

  it("rejects for an answer that is not a whoami", async () => {
    fake.mock.faults.add({ operation: "get-whoami", status: 200, body: "<html>" });
    await expect(checkTokenHealth(full)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("validates requiredPermissions and the options, before any request", async () => {
    await expect(checkTokenHealth(full, { requiredPermissions: [""] })).rejects.toMatchObject({
      argument: "requiredPermissions",
    });
    for (const options of [null, "video", 5]) {
      await expect(checkTokenHealth(full, options as never)).rejects.toMatchObject({ name: "InvalidArgumentError", argument: "options" });
    }
    expect(fake.mock.requests).toEqual([]);
  });
});

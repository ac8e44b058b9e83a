import { describe, expect, it } from "vitest";
import { useFakeMux } from "./test-support/fake-mux.js";

const { mock, output, errors } = useFakeMux();
const ids = () => mock.signingKeys.list().map((k) => k.id);
const old = (n: number, prefix = "old") =>
  mock.signingKeys.seed(Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, created_at: 1_600_000_000 + i })));

describe("signing-keys-basics", () => {
  it("creates, lists, retrieves and deletes", async () => {
    const { signingKeyBasics } = await import("./signing-keys-basics.js");
    await old(1);
    const result = await signingKeyBasics("old-0");
    expect(ids()).toEqual([result.created.id]);
    expect(result.listed).toBe(2);
    expect(result.retrieved).toEqual({ id: result.created.id, created_at: result.created.created_at });
    expect(process.env.MUX_PRIVATE_KEY).toBe(await mock.privateKeyFor(result.created.id));
    expect(output()).toContain(`New signing key ID: ${result.created.id}`);
    expect(output()).toContain("Total signing keys: 2");
  });
});

describe("whoami", () => {
  it("prints the token's identity and finds video access", async () => {
    const { showTokenInfo } = await import("./whoami.js");
    const { info, videoAccess } = await showTokenInfo();
    expect(videoAccess).toBe(true);
    expect(info.environment_name).toBe("Staging");
    expect(output()).toContain("Environment: Staging");
    expect(output()).toContain("Token has video access");
  });
});

describe("rotate-signing-key", () => {
  it("deletes every older key across pages and keeps the new one", async () => {
    const { rotateSigningKey, configuration } = await import("./rotate-signing-key.js");
    await old(30);
    const { newKeyId, deleted } = await rotateSigningKey();
    expect(deleted).toHaveLength(30);
    expect(ids()).toEqual([newKeyId]);
    expect(configuration.MUX_SIGNING_KEY).toBe(newKeyId);
    expect(configuration.MUX_PRIVATE_KEY).toBe(await mock.privateKeyFor(newKeyId));
    expect(output()).toContain(`Signing key rotation complete. New key ID: ${newKeyId}`);
  });
});

describe("rotate-with-helper", () => {
  it("stores the key, keeps `keep` and deletes the rest", async () => {
    const { rotateWithHelper, secrets } = await import("./rotate-with-helper.js");
    await old(3);
    const result = await rotateWithHelper({ keep: ["old-1"], propagationMs: 0 });
    expect(secrets.get("MUX_SIGNING_KEY")).toBe(result.created.id);
    expect(ids().sort()).toEqual([result.created.id, "old-1"].sort());
    expect(output()).toContain("Deleted old signing key: old-0");
  });

  it("deletes nothing in a dry run", async () => {
    const { rotateWithHelper } = await import("./rotate-with-helper.js");
    await old(2);
    const result = await rotateWithHelper({ dryRun: true, propagationMs: 0 });
    expect(ids()).toHaveLength(3);
    expect(output()).toContain("Dry run: would delete old-1, old-0");
    expect(result.deleted).toEqual([]);
  });

  it("reports the new key when storing it fails", async () => {
    const { rotateWithHelper, secrets } = await import("./rotate-with-helper.js");
    await old(1);
    const set = secrets.set.bind(secrets);
    secrets.set = () => {
      throw new Error("secret store unavailable");
    };
    try {
      await expect(rotateWithHelper({ propagationMs: 0 })).rejects.toThrow(/onCreated failed/);
    } finally {
      secrets.set = set;
    }
    expect(ids()).toContain("old-0");
    expect(errors()).toMatch(/Rotation stopped at onCreated; new key .+ was kept/);
  });
});

describe("token-health", () => {
  it("passes for a token with video and data access", async () => {
    const { monitorTokenHealth } = await import("./token-health.js");
    await expect(monitorTokenHealth()).resolves.toBe(true);
    expect(output()).toContain("Token health check passed for Staging");
    expect(output()).toContain("Organization: Acme Video");
  });

  it("logs and carries on when the token is rejected", async () => {
    const { monitorTokenHealth } = await import("./token-health.js");
    mock.faults.add({ operation: "get-whoami", status: 401 });
    await expect(monitorTokenHealth()).resolves.toBe(false);
    expect(errors()).toContain("Token health check failed");
  });

  it("checkTokenHealth names what is missing", async () => {
    const { checkHealth } = await import("./token-health.js");
    const health = await checkHealth(["video", "system:write", "billing"]);
    expect(health).toMatchObject({ ok: false, missing: ["billing"] });
    expect(errors()).toContain("Token missing required permissions: billing");
  });
});

describe("environment-keys", () => {
  it("creates one key per environment and never prints a private key", async () => {
    const { setupEnvironmentKeys } = await import("./environment-keys.js");
    const secrets = await setupEnvironmentKeys();
    expect([...secrets.keys()]).toEqual(["development", "staging", "production"]);
    expect(mock.signingKeys.size).toBe(3);
    for (const { MUX_SIGNING_KEY, MUX_PRIVATE_KEY } of secrets.values()) {
      expect(MUX_PRIVATE_KEY).toBe(await mock.privateKeyFor(MUX_SIGNING_KEY));
      expect(output()).toContain(`Set MUX_SIGNING_KEY=${MUX_SIGNING_KEY}`);
      expect(output()).not.toContain(MUX_PRIVATE_KEY);
    }
  });
});

describe("emergency-key-recovery", () => {
  it("creates a key and lists every key for review", async () => {
    const { emergencyKeyRecovery, emergencySecrets } = await import("./emergency-key-recovery.js");
    await old(27);
    const result = await emergencyKeyRecovery();
    expect(result?.keyIds).toHaveLength(28);
    expect(emergencySecrets.has(result?.emergencyKeyId ?? "")).toBe(true);
    expect(output()).toContain("Found 28 total signing keys");
    expect(ids()).toHaveLength(28);
  });

  it("stops before creating anything when the token is invalid", async () => {
    const { emergencyKeyRecovery } = await import("./emergency-key-recovery.js");
    mock.faults.add({ operation: "get-whoami", status: 401 });
    await expect(emergencyKeyRecovery()).resolves.toBeUndefined();
    expect(mock.signingKeys.size).toBe(0);
    expect(errors()).toContain("manual intervention required");
  });
});

describe("error-handling", () => {
  it("succeeds without faults", async () => {
    const { handleSystemOperationErrors } = await import("./error-handling.js");
    await expect(handleSystemOperationErrors()).resolves.toEqual(["created", "whoami"]);
  });

  it.each([
    [401, "authentication", "Authentication failed - check token credentials"],
    [403, "permission", "Insufficient permissions to create signing keys"],
    [400, "unexpected", "Unexpected error:"],
  ])("tells a %i on create apart", async (status, outcome, message) => {
    const { handleSystemOperationErrors } = await import("./error-handling.js");
    mock.faults.add({ operation: "create-signing-key", status });
    const outcomes = await handleSystemOperationErrors();
    expect(outcomes[0]).toBe(outcome);
    expect(errors()).toContain(message);
  });

  it("recognises NotFoundError from whoami", async () => {
    const { handleSystemOperationErrors } = await import("./error-handling.js");
    mock.faults.add({ operation: "get-whoami", status: 404 });
    await expect(handleSystemOperationErrors()).resolves.toEqual(["created", "not-found"]);
    expect(errors()).toContain("Token not found or invalid");
  });
});

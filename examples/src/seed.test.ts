import { describe, expect, it } from "vitest";
import { useFakeMux } from "./test-support/fake-mux.js";

// The official docs' code, unchanged apart from the import and client options (src/seed/).
const { mock, output, errors } = useFakeMux();

describe("the official SDK's System calls, verbatim", () => {
  it("signing key usage", async () => {
    const { signingKeyUsage } = await import("./seed/system-operations.js");
    await mock.signingKeys.seed([{ id: "signing-key-id" }, { id: "old-signing-key-id" }]);
    const { signingKey, key } = await signingKeyUsage();
    expect(key.id).toBe("signing-key-id");
    expect(mock.signingKeys.get("old-signing-key-id")).toBeUndefined();
    expect(mock.signingKeys.get(signingKey.id)).toBeDefined();
    expect(output()).toContain("Total signing keys: 3");
  });

  it("whoami usage", async () => {
    const { whoamiUsage } = await import("./seed/system-operations.js");
    const info = await whoamiUsage();
    expect(output()).toContain(`Organization ID: ${info.organization_id}`);
    // Mux permissions look like "video:read", so the docs' includes('video') check is false.
    expect(output()).not.toContain("Token has video access");
  });

  it("documented shapes", async () => {
    const { documentedShapes } = await import("./seed/system-operations.js");
    const [key, info] = await documentedShapes();
    expect(typeof key.private_key).toBe("string");
    expect(info.permissions.length).toBeGreaterThan(0);
  });

  it("token health monitoring", async () => {
    const { monitorTokenHealth } = await import("./seed/system-operations.js");
    await monitorTokenHealth();
    expect(output()).toContain("Token health check passed for Staging");
    // Same permission-string mismatch: the docs' check reports missing permissions.
    expect(errors()).toContain("Token missing required permissions");
  });

  it("one key per environment", async () => {
    const { setupEnvironmentKeys } = await import("./seed/system-operations.js");
    await setupEnvironmentKeys();
    expect(mock.signingKeys.size).toBe(3);
    expect(output()).toContain("PRODUCTION signing key created:");
  });

  it("emergency key recovery", async () => {
    const { emergencyKeyRecovery } = await import("./seed/system-operations.js");
    await emergencyKeyRecovery();
    expect(mock.signingKeys.size).toBe(1);
    expect(output()).toContain("Found 1 total signing keys");
  });

  it("error handling", async () => {
    const { handleSystemOperationErrors } = await import("./seed/system-operations.js");
    mock.faults.add({ operation: "create-signing-key", status: 403 });
    mock.faults.add({ operation: "get-whoami", status: 404 });
    await handleSystemOperationErrors();
    expect(errors()).toContain("Insufficient permissions to create signing keys");
    expect(errors()).toContain("Token not found or invalid");
  });
});

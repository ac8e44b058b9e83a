import { hasPermission, missingPermissions } from "@mux/utilities";
import { describe, expect, it } from "vitest";

describe("hasPermission", () => {
  const granted = ["video:read", "system:write"];

  it("accepts an area for any permission in it", () => {
    expect(hasPermission(granted, "video")).toBe(true);
    expect(hasPermission(granted, "system")).toBe(true);
    expect(hasPermission(granted, "data")).toBe(false);
  });

  it("needs an exact match for a permission with a colon", () => {
    expect(hasPermission(granted, "video:read")).toBe(true);
    expect(hasPermission(granted, "video:write")).toBe(false);
    expect(hasPermission(granted, "system:read")).toBe(false);
  });

  it("does not treat a prefix of an area name as the area", () => {
    expect(hasPermission(["videos:read"], "video")).toBe(false);
    expect(hasPermission(["video"], "video")).toBe(true);
  });
});

describe("missingPermissions", () => {
  it("lists what is missing in the order asked", () => {
    expect(missingPermissions(["video:read"], ["data", "video", "system:write"])).toEqual(["data", "system:write"]);
  });
});

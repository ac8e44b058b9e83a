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

describe("bad input", () => {
  it("rejects a granted list, a required list or a permission that is not what it should be, naming it", () => {
    expect(() => hasPermission(undefined as never, "video")).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "granted" }));
    expect(() => hasPermission(["video:read", 5] as never, "video")).toThrow(expect.objectContaining({ argument: "granted" }));
    // What was granted may hold an empty string: it satisfies nothing, and is no error.
    expect(hasPermission(["", "video:read"], "video")).toBe(true);
    expect(() => hasPermission(["video:read"], "")).toThrow(expect.objectContaining({ argument: "required" }));
    expect(() => hasPermission(["video:read"], null as never)).toThrow(expect.objectContaining({ argument: "required" }));
    expect(() => missingPermissions(null as never, ["video"])).toThrow(expect.objectContaining({ argument: "granted" }));
    expect(() => missingPermissions(["video:read"], "video" as never)).toThrow(
      expect.objectContaining({ argument: "required", message: "required must be an array of non-empty strings." }),
    );
  });
});

import * as utilities from "@mux/utilities";
import { expect, it } from "vitest";

it("exports exactly the public API", () => {
  expect(Object.keys(utilities).sort()).toEqual([
    "Utilities",
    "checkTokenHealth",
    "hasPermission",
    "missingPermissions",
    "whoami",
  ]);
});

import * as errors from "@mux/errors";
import * as umbrella from "@mux/mux-node";
import { Mux } from "@mux/mux-node";
import { expect, it } from "vitest";
import * as tree from "./generated/tree.js";

const errorNames = Object.keys(errors).filter((name) => /Error$/.test(name) && typeof (errors as Record<string, unknown>)[name] === "function");

it("exports every @mux/errors class by name and as a static of Mux", () => {
  expect(errorNames.length).toBeGreaterThanOrEqual(17);
  for (const name of errorNames) {
    const cls = (errors as Record<string, unknown>)[name];
    expect((umbrella as Record<string, unknown>)[name], name).toBe(cls);
    expect((Mux as unknown as Record<string, unknown>)[name], `Mux.${name}`).toBe(cls);
  }
});

it("exports exactly the public runtime API", () => {
  expect(Object.keys(umbrella).sort()).toEqual(
    [
      ...errorNames,
      ...Object.keys(tree),
      "Mux",
      "default",
      "SigningKeys",
      "SigningKeyRotationError",
      "Utilities",
      "Webhooks",
      "hasPermission",
      "missingPermissions",
    ].sort(),
  );
});

it("exports a class for every node of the official SDK's tree", () => {
  expect(Object.keys(tree).sort()).toEqual(
    ["Data", "DataEngagement", "DataMonitoring", "Robots", "RobotsDirectives", "RobotsJobs", "System", "Video"].sort(),
  );
});

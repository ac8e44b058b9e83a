import { describe, expect, it } from "vitest";
import { installPlan, renderInstructions } from "./install-plan.mjs";

const packed = [
  { name: "@mux/errors", tarball: "/repo/packed/mux-errors-0.1.0.tgz" },
  { name: "@mux/core", tarball: "/repo/packed/mux-core-0.1.0.tgz" },
  { name: "@mux/testing", tarball: "/repo/packed/mux-testing-0.1.0.tgz" },
];

describe("installPlan", () => {
  it("depends on the wanted packages and overrides every packed one, sorted", () => {
    const plan = installPlan(packed, ["@mux/core"]);
    expect(plan.dependencies).toEqual({ "@mux/core": "file:/repo/packed/mux-core-0.1.0.tgz" });
    expect(Object.keys(plan.overrides)).toEqual(["@mux/core", "@mux/errors", "@mux/testing"]);
    expect(plan.overrides["@mux/errors"]).toBe("file:/repo/packed/mux-errors-0.1.0.tgz");
    expect(plan.devDependencies).toEqual({});
    expect(plan.needsMswBuildDecision).toBe(false);
  });

  it("puts @mux/testing and its msw peer in devDependencies, and rejects a name that was not packed", () => {
    const plan = installPlan(packed, ["@mux/core", "@mux/testing"]);
    expect(plan.dependencies).toEqual({ "@mux/core": "file:/repo/packed/mux-core-0.1.0.tgz" });
    expect(plan.devDependencies).toEqual({ "@mux/testing": "file:/repo/packed/mux-testing-0.1.0.tgz", msw: "^2.11.0" });
    expect(plan.needsMswBuildDecision).toBe(true);
    expect(() => installPlan(packed, ["@mux/nope"])).toThrow(/@mux\/nope is not one of the packed packages/);
  });
});

describe("renderInstructions", () => {
  it("prints npm overrides, pnpm-workspace.yaml overrides and yarn resolutions", () => {
    const text = renderInstructions(installPlan(packed, ["@mux/testing"]));
    expect(JSON.parse(text.npm.slice(text.npm.indexOf("{")))).toEqual({
      devDependencies: { "@mux/testing": "file:/repo/packed/mux-testing-0.1.0.tgz", msw: "^2.11.0" },
      overrides: {
        "@mux/core": "file:/repo/packed/mux-core-0.1.0.tgz",
        "@mux/errors": "file:/repo/packed/mux-errors-0.1.0.tgz",
        "@mux/testing": "file:/repo/packed/mux-testing-0.1.0.tgz",
      },
    });
    expect(text.pnpm).toContain('overrides:\n  "@mux/core": "file:/repo/packed/mux-core-0.1.0.tgz"\n');
    expect(text.pnpm).toContain("allowBuilds:\n  msw: false");
    expect(text.yarn).toContain('"resolutions": {');
  });
});

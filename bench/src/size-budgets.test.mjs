/**
 * CI size budgets (issue 9): bundles each package entry and each app built
 * from our packages with esbuild, and fails when a gzip size exceeds its
 * budget in size-budgets.json or one of the hard limits.
 * Needs our packages built (`turbo run build` runs before `test`).
 */
import { describe, expect, it } from "vitest";
import { budgetedBundles, readBudgets } from "./lib/budgets.mjs";
import { APPS, appPath, isBuilt, measureBundle } from "./lib/bundle.mjs";

const { budgets, hardLimits } = readBudgets();

describe("size budgets", () => {
  for (const bundle of budgetedBundles()) {
    it(`${bundle.key} stays within its gzip budget`, async () => {
      const unbuilt = bundle.needs.filter((n) => !isBuilt(n));
      expect(unbuilt, `build first: ${unbuilt.join(", ")}`).toEqual([]);
      const budget = budgets[bundle.key]?.gzip;
      expect(budget, `no budget for ${bundle.key}; run pnpm --filter @mux/bench size:update`).toBeTypeOf("number");
      const { gzip } = await measureBundle(bundle.entry, bundle.platform);
      const capped = hardLimits[bundle.key] === budget ? " (the issue 9 hard limit)" : "";
      expect(gzip, `${bundle.key}: ${gzip} B gzip > budget ${budget} B${capped}`).toBeLessThanOrEqual(budget);
      if (hardLimits[bundle.key] !== undefined) {
        expect(gzip, `${bundle.key}: ${gzip} B gzip > hard limit ${hardLimits[bundle.key]} B (issue 9)`).toBeLessThanOrEqual(
          hardLimits[bundle.key],
        );
      }
    });
  }

  it("the signing-keys app is at most a quarter of the official SDK's", async () => {
    const ours = APPS.find((a) => a.id === "signing-keys" && a.contender === "ours");
    const official = APPS.find((a) => a.id === "signing-keys" && a.contender === "official");
    const [a, b] = await Promise.all([measureBundle(appPath(ours), "browser"), measureBundle(appPath(official), "browser")]);
    expect(a.gzip / b.gzip, `signing-keys app ${a.gzip} B gzip vs official ${b.gzip} B`).toBeLessThanOrEqual(0.25);
  });
});

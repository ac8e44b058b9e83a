/**
 * CI size budgets: bundles (with code splitting, as apps do) each package entry, each app built from our packages (one feature
 * each, ours and through the umbrella) and one app per resource package (found from the
 * packages) with esbuild, and fails when a gzip size exceeds its budget in size-budgets.json
 * (measured + 10 %) or one of the issues' hard limits that are met today (HARD_LIMITS in
 * src/lib/budgets.mjs: the JWT-only app <= 6,500 B, the webhook-only app <= 3,000 B, the
 * signing-keys-only and whoami-only apps within +5 % of their size before the whole API), and when an app through
 * the umbrella loads more than the same app on the official SDK. Targets not met (issue 15's
 * 6,500 B apps) are reported by `pnpm bench`.
 * Needs our packages built (`turbo run build` runs before `test`).
 */
import { describe, expect, it } from "vitest";
import { HARD_LIMITS, budgetedBundles, readBudgets } from "./lib/budgets.mjs";
import { APPS, appPath, isBuilt, measureBundle } from "./lib/bundle.mjs";

// Hard limits come from the code, not the JSON file, so editing size-budgets.json cannot loosen them.
const { budgets } = readBudgets();
const hardLimits = HARD_LIMITS;

describe("size budgets", () => {
  for (const bundle of budgetedBundles()) {
    it(`${bundle.key} stays within its gzip budget`, async () => {
      const unbuilt = bundle.needs.filter((n) => !isBuilt(n));
      expect(unbuilt, `build first: ${unbuilt.join(", ")}`).toEqual([]);
      const budget = budgets[bundle.key]?.gzip;
      expect(budget, `no budget for ${bundle.key}; run pnpm --filter @mux/bench size:update`).toBeTypeOf("number");
      const { gzip, lazyGzip } = await measureBundle(bundle.entry, bundle.platform);
      const capped = hardLimits[bundle.key] === budget ? " (a hard limit)" : "";
      expect(gzip, `${bundle.key}: ${gzip} B gzip > budget ${budget} B${capped}`).toBeLessThanOrEqual(budget);
      // Code loaded on first use (the umbrella's mux.jwt / mux.webhooks) is held to a budget too.
      const lazyBudget = budgets[bundle.key]?.lazyGzip ?? 0;
      expect(lazyGzip, `${bundle.key}: ${lazyGzip} B gzip in lazily loaded chunks > budget ${lazyBudget} B`).toBeLessThanOrEqual(lazyBudget);
      if (hardLimits[bundle.key] !== undefined) {
        expect(gzip, `${bundle.key}: ${gzip} B gzip > hard limit ${hardLimits[bundle.key]} B`).toBeLessThanOrEqual(
          hardLimits[bundle.key],
        );
      }
    });
  }
});

// Issues 12 and 15: an app that calls one method through the umbrella loads no more than the same
// app on the official SDK (both bundled here, in the same run, the same way).
describe("the umbrella against the official SDK", () => {
  for (const app of APPS.filter((a) => a.contender === "ours (umbrella)")) {
    const official = APPS.find((a) => a.id === app.id && a.contender === "official");
    it(`${app.id} app through the umbrella loads at most the official SDK's app`, async () => {
      expect(app.needs.every(isBuilt), `build first: ${app.needs.join(", ")}`).toBe(true);
      const ours = await measureBundle(appPath(app), "browser");
      const theirs = await measureBundle(appPath(official), "browser");
      expect(ours.gzip, `${ours.gzip} B gzip up front against the official ${theirs.gzip} B`).toBeLessThanOrEqual(theirs.gzip);
    });
  }
});
